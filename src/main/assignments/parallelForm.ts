import { skills as allSkills, type Skill } from '../../shared/items.ts';
import type { BankItem } from '../quiz/bankItems.ts';
import { shuffled } from '../quiz/shuffle.ts';

// A parallel form of a pre-test: as many items of each skill × difficulty as the pre-test asked, none of its
// items. Inside a cell the clean/flawed mix of the pre-test is matched when the cell allows it, so a student who
// answers "unreliable" to everything gains nothing from the post-test either. A cell the sets cannot fill exactly
// borrows from the nearest difficulty of the same skill (1 away, then 2), but only after every cell has taken its
// own items, so borrowing never empties a cell that could have been filled exactly. What cannot be filled at all is
// reported per skill.

export interface ParallelForm {
  /** The items chosen, sorted by id. */
  items: BankItem[];
  /** Per skill, how many items could not be found (none when the form is complete). */
  missing: { skill: Skill; count: number }[];
}

interface Cell {
  skill: Skill;
  difficulty: number;
  wanted: number;
  clean: number;
  taken: BankItem[];
}

export function parallelForm(
  pool: readonly BankItem[],
  preItems: readonly BankItem[],
  random: () => number,
): ParallelForm {
  const preIds = new Set(preItems.map(({ item }) => item.id));
  // One seeded shuffle of the candidates (put in id order first), then taken in that order: reproducible.
  const free = shuffled(
    pool.filter(({ item }) => !preIds.has(item.id)).sort((a, b) => compareIds(a.item.id, b.item.id)),
    random,
  );
  const used = new Set<string>();
  const take = (cell: Cell, fits: (entry: BankItem) => boolean, count: number): void => {
    for (const entry of free) {
      if (cell.taken.length >= cell.wanted || count <= 0) return;
      if (used.has(entry.item.id) || !fits(entry)) continue;
      used.add(entry.item.id);
      cell.taken.push(entry);
      count -= 1;
    }
  };

  const cells = cellsOf(preItems);
  for (const cell of cells) {
    const sameCell = (entry: BankItem): boolean =>
      entry.item.skill === cell.skill && entry.item.difficulty === cell.difficulty;
    take(cell, (entry) => sameCell(entry) && entry.item.clean, cell.clean);
    take(cell, (entry) => sameCell(entry) && !entry.item.clean, cell.wanted - cell.clean);
    take(cell, sameCell, cell.wanted);
  }
  for (const distance of [1, 2]) {
    for (const cell of cells) {
      take(
        cell,
        (entry) => entry.item.skill === cell.skill && Math.abs(entry.item.difficulty - cell.difficulty) === distance,
        cell.wanted,
      );
    }
  }

  const missing = allSkills
    .map((skill) => ({
      skill,
      count: cells
        .filter((cell) => cell.skill === skill)
        .reduce((sum, cell) => sum + cell.wanted - cell.taken.length, 0),
    }))
    .filter(({ count }) => count > 0);
  const items = cells.flatMap((cell) => cell.taken).sort((a, b) => compareIds(a.item.id, b.item.id));
  return { items, missing };
}

/** The pre-test's skill × difficulty cells, in the app's skill order then by difficulty. */
function cellsOf(preItems: readonly BankItem[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const { item } of preItems) {
    const key = `${item.skill}/${item.difficulty}`;
    const cell = cells.get(key) ?? { skill: item.skill, difficulty: item.difficulty, wanted: 0, clean: 0, taken: [] };
    cell.wanted += 1;
    if (item.clean) cell.clean += 1;
    cells.set(key, cell);
  }
  return [...cells.values()].sort(
    (a, b) => allSkills.indexOf(a.skill) - allSkills.indexOf(b.skill) || a.difficulty - b.difficulty,
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

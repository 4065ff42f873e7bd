import { skills as allSkills, type Skill } from '../../shared/items.ts';
import type { BankItem } from './bankItems.ts';
import { fairShares } from './fairShares.ts';
import { shuffled } from './shuffle.ts';

// Which items a session asks, and in what order. Balanced twice over, because a student who answers "unreliable"
// to everything must not do well: the count is split evenly between the skills asked for, and each skill's share
// evenly between clean and flawed cases; a group too small to fill its share passes the rest to the others.
// Inside each group the items are spread over formats and sets in turn, so one kind of item cannot crowd out the
// rest. No item is taken twice. Everything random comes from the seeded `random`, and the bank is first put in
// id order, so the same seed and the same item files give the same items in the same order.

export function selectItems(
  pool: readonly BankItem[],
  wanted: readonly Skill[],
  count: number,
  random: () => number,
): BankItem[] {
  const ordered = [...pool].sort((a, b) => compareIds(a.item.id, b.item.id));
  // Canonical order: asking for ["evidence", "compare"] or ["compare", "evidence"] draws the same items.
  const bySkill = allSkills
    .filter((skill) => wanted.includes(skill))
    .map((skill) => ordered.filter(({ item }) => item.skill === skill));
  const skillShares = fairShares(
    count,
    bySkill.map((items) => items.length),
    random,
  );
  const chosen = bySkill.flatMap((items, at) => {
    const sides = [items.filter(({ item }) => item.clean), items.filter(({ item }) => !item.clean)];
    const sideShares = fairShares(
      skillShares[at] ?? 0,
      sides.map((side) => side.length),
      random,
    );
    return sides.flatMap((side, sideAt) => spreadPick(side, sideShares[sideAt] ?? 0, random));
  });
  return shuffled(chosen, random);
}

/** `count` items taking turns between (set, format) groups, each group shuffled and the turn order too. */
function spreadPick(items: readonly BankItem[], count: number, random: () => number): BankItem[] {
  const groups = new Map<string, BankItem[]>();
  for (const entry of items) {
    const key = `${entry.setId}\u0000${entry.item.format}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const queues = shuffled([...groups.keys()].sort(), random).map((key) => shuffled(groups.get(key) ?? [], random));
  const picked: BankItem[] = [];
  while (picked.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

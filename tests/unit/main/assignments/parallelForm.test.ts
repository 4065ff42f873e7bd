import { describe, expect, it } from 'vitest';
import { parallelForm } from '../../../../src/main/assignments/parallelForm.ts';
import type { BankItem } from '../../../../src/main/quiz/bankItems.ts';
import { mulberry32 } from '../../../../src/main/quiz/mulberry32.ts';
import type { Assignment } from '../../../../src/shared/assignments.ts';
import type { Item, Skill } from '../../../../src/shared/items.ts';
import { seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk } from '../quiz/support/seedItems.ts';
import { allSeedItems, createAssignment, openComputer, seedItem } from './support/assignmentComputer.ts';

// The post-test is a parallel form of the pre-test: the same skill × difficulty mix, none of the same items. Every
// expected count here is worked out from the seed set's items file, not written down.

const tempDir = useTempDir('crossread-parallel-form-');
const pool: BankItem[] = allSeedItems.map((item) => ({ setId: seedSetId, item }));
const cellOf = (item: Item): string => `${item.skill}/${item.difficulty}`;

function cellCounts(items: readonly Item[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(cellOf(item), (counts.get(cellOf(item)) ?? 0) + 1);
  return counts;
}

function ofSkill(skill: Skill, difficulty?: number): Item[] {
  return allSeedItems.filter(
    (item) => item.skill === skill && (difficulty === undefined || item.difficulty === difficulty),
  );
}

describe('parallelForm', () => {
  it('matches every skill × difficulty cell, and the clean/flawed mix, when the set allows it', () => {
    // One item of each cell the set holds at least two of: every cell can then be matched exactly.
    const cells = cellCounts(allSeedItems);
    const pre = [...cells.entries()]
      .filter(([, count]) => count >= 2)
      .map(([cell]) => pool.find(({ item }) => cellOf(item) === cell) as BankItem);
    expect(pre.length).toBeGreaterThan(4);
    const form = parallelForm(pool, pre, mulberry32(7));
    expect(form.missing).toEqual([]);
    const post = form.items.map(({ item }) => item);
    expect(cellCounts(post)).toEqual(cellCounts(pre.map(({ item }) => item)));
    expect(post.some((item) => pre.some((entry) => entry.item.id === item.id))).toBe(false);
    for (const entry of pre) {
      const cleanLeft = pool.some(
        ({ item }) =>
          cellOf(item) === cellOf(entry.item) && item.clean === entry.item.clean && item.id !== entry.item.id,
      );
      const match = post.find((item) => cellOf(item) === cellOf(entry.item));
      if (cleanLeft) expect(match?.clean).toBe(entry.item.clean);
    }
    // Reproducible from the seed.
    expect(parallelForm(pool, pre, mulberry32(7)).items).toEqual(form.items);
  });

  it('borrows from the nearest difficulty of the same skill when a cell runs out', () => {
    // The pre-test takes every compare item of one difficulty: the post-test must take that many from the nearest.
    const compare = ofSkill('compare');
    const difficulties = [...new Set(compare.map((item) => item.difficulty))].sort();
    const emptied = difficulties[difficulties.length - 1] as number;
    const pre = ofSkill('compare', emptied).map((item) => ({ setId: seedSetId, item }));
    const nearest = Math.max(...difficulties.filter((difficulty) => difficulty < emptied));
    expect(ofSkill('compare', nearest).length).toBeGreaterThanOrEqual(pre.length);
    const form = parallelForm(pool, pre, mulberry32(3));
    expect(form.missing).toEqual([]);
    expect(form.items.map(({ item }) => cellOf(item))).toEqual(pre.map(() => `compare/${nearest}`));
  });

  it('says per skill how many items are missing when the skill has run out', () => {
    // More than half of the compare items in the pre-test: the rest cannot make a parallel form.
    const compare = ofSkill('compare');
    const taken = Math.ceil(compare.length / 2) + 1;
    const pre = compare.slice(0, taken).map((item) => ({ setId: seedSetId, item }));
    const form = parallelForm(pool, pre, mulberry32(1));
    expect(form.missing).toEqual([{ skill: 'compare', count: taken - (compare.length - taken) }]);
  });
});

describe('makePostTest', () => {
  it('makes a post-test with the pre-test settings, the same mix and none of its items', async () => {
    const computer = await openComputer(await tempDir());
    const pre = await createAssignment(
      computer,
      { count: 12, mode: 'practice', feedback: 'during', timeLimitMinutes: 25 },
      true,
    );
    const post = await callOk<Assignment>(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: pre.id,
      name: 'Week 9: sources again',
    });
    expect(post).toMatchObject({
      name: 'Week 9: sources again',
      setIds: pre.setIds,
      skills: pre.skills,
      mode: 'practice',
      feedback: 'during',
      timeLimitMinutes: 25,
      form: { role: 'post', preId: pre.id },
    });
    expect(post.id).not.toBe(pre.id);
    expect(post.itemIds).toHaveLength(pre.itemIds.length);
    expect(post.itemIds).toEqual([...post.itemIds].sort());
    expect(post.itemIds.filter((id) => pre.itemIds.includes(id))).toEqual([]);
    const preItems = pre.itemIds.map(seedItem);
    const postItems = post.itemIds.map(seedItem);
    for (const skill of pre.skills) {
      expect(postItems.filter((item) => item.skill === skill)).toHaveLength(
        preItems.filter((item) => item.skill === skill).length,
      );
    }
    // Exact cells wherever the set holds twice what the pre-test took of the cell (otherwise the nearest difficulty).
    const all = cellCounts(allSeedItems);
    const wanted = cellCounts(preItems);
    const got = cellCounts(postItems);
    for (const [cell, count] of wanted) {
      if ((all.get(cell) ?? 0) >= 2 * count) expect(got.get(cell) ?? 0).toBeGreaterThanOrEqual(count);
    }
    if ([...wanted].every(([cell, count]) => (all.get(cell) ?? 0) >= 2 * count)) expect(got).toEqual(wanted);
  });

  it('refuses a pre-test the set cannot match, naming the skill and how many are missing', async () => {
    const computer = await openComputer(await tempDir());
    const compare = ofSkill('compare').length;
    const pre = await createAssignment(computer, { skills: ['compare'], count: compare - 1 }, true);
    const before = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    const error = await callFails(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: pre.id,
      name: 'Post',
    });
    expect(error.code).toBe('NO_ITEMS');
    expect(error.message).toContain(`${compare - 1 - 1} compare items short`);
    const after = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    expect(after).toEqual(before);
  });

  it('refuses an assignment that is not a pre-test, an unknown one, and no teacher token', async () => {
    const computer = await openComputer(await tempDir());
    const plain = await createAssignment(computer);
    const notPre = await callFails(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: plain.id,
      name: 'Post',
    });
    expect(notPre.code).toBe('BAD_ARGUMENT');
    expect(notPre.message).toContain('not made as a pre-test');
    const unknown = await callFails(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: 'Zz0123456789abcdefghij',
      name: 'Post',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    const locked = await callFails(computer.handlers, 'makePostTest', {
      token: 'x'.repeat(43),
      preId: plain.id,
      name: 'Post',
    });
    expect(locked.code).toBe('TEACHER_LOCKED');
  });
});

import { randomInt } from 'node:crypto';
import type { Assignment, MakePostTestArgs } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ItemBank } from '../quiz/itemBank.ts';
import { mulberry32 } from '../quiz/mulberry32.ts';
import { assignmentPool } from './assignmentPool.ts';
import { newAssignmentId } from './newAssignmentId.ts';
import { parallelForm } from './parallelForm.ts';

/**
 * The post-test of a pre-test: the same sets, skills, mode, feedback, time limit and number of items, drawn as a
 * parallel form (parallelForm.ts). Not stored here: the caller stores it.
 */
export async function makePostTest(
  bank: ItemBank,
  pre: Assignment,
  args: MakePostTestArgs,
  now: number,
): Promise<Result<Assignment>> {
  if (pre.form?.role !== 'pre') {
    return fail(
      'BAD_ARGUMENT',
      `"${pre.name}" was not made as a pre-test, so it has no post-test; make a new assignment as a pre-test first.`,
    );
  }
  const pool = await assignmentPool(bank, pre.setIds, pre.skills);
  if (!pool.ok) return pool;
  const byId = new Map(pool.value.map((entry) => [entry.item.id, entry]));
  const preItems = pre.itemIds.flatMap((id) => byId.get(id) ?? []);
  if (preItems.length < pre.itemIds.length) {
    return fail(
      'NOT_FOUND',
      `${pre.itemIds.length - preItems.length} of the items of "${pre.name}" are no longer in ${pre.setIds.join(', ')} ` +
        '(the items were generated again), so a matching post-test cannot be drawn; make a new pre-test.',
    );
  }
  const seed = randomInt(0, 2 ** 32);
  const form = parallelForm(pool.value, preItems, mulberry32(seed));
  if (form.missing.length > 0) {
    const shortfall = form.missing.map(({ skill, count }) => `${count} ${skill} ${count === 1 ? 'item' : 'items'}`);
    return fail(
      'NO_ITEMS',
      `${pre.setIds.join(', ')} ${pre.setIds.length === 1 ? 'does' : 'do'} not hold enough items that "${pre.name}" ` +
        `did not ask: ${shortfall.join(' and ')} short of a post-test; generate items for another set and make the ` +
        'pre-test over both.',
    );
  }
  return ok({
    id: newAssignmentId(),
    name: args.name,
    setIds: [...pre.setIds],
    skills: [...pre.skills],
    mode: pre.mode,
    feedback: pre.feedback,
    ...(pre.timeLimitMinutes === undefined ? {} : { timeLimitMinutes: pre.timeLimitMinutes }),
    seed,
    itemIds: form.items.map(({ item }) => item.id),
    form: { role: 'post', preId: pre.id },
    createdAt: now,
  });
}

import { randomInt } from 'node:crypto';
import type { Assignment, CreateAssignmentArgs } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ItemBank } from '../quiz/itemBank.ts';
import { mulberry32 } from '../quiz/mulberry32.ts';
import { selectItems } from '../quiz/selectItems.ts';
import { assignmentPool } from './assignmentPool.ts';
import { newAssignmentId } from './newAssignmentId.ts';

/**
 * A new assignment from the teacher's spec: `count` items drawn once, with the same balanced draw a session uses
 * (skills evenly, clean and flawed cases evenly, formats and sets in turn), from a fresh seed. The assignment is not
 * stored here: the caller stores it.
 */
export async function createAssignment(
  bank: ItemBank,
  args: CreateAssignmentArgs,
  now: number,
): Promise<Result<Assignment>> {
  const { spec } = args;
  const pool = await assignmentPool(bank, spec.setIds, spec.skills);
  if (!pool.ok) return pool;
  if (pool.value.length < spec.count) {
    return fail(
      'NO_ITEMS',
      `${spec.setIds.join(', ')} ${spec.setIds.length === 1 ? 'holds' : 'hold'} only ${pool.value.length} ` +
        `${spec.skills.join(' or ')} items, fewer than the ${spec.count} asked for; ask for at most ` +
        `${pool.value.length}, or add another set.`,
    );
  }
  const seed = randomInt(0, 2 ** 32);
  const drawn = selectItems(pool.value, spec.skills, spec.count, mulberry32(seed));
  return ok({
    id: newAssignmentId(),
    name: spec.name,
    setIds: [...spec.setIds],
    skills: [...spec.skills],
    mode: spec.mode,
    feedback: spec.feedback,
    ...(spec.timeLimitMinutes === undefined ? {} : { timeLimitMinutes: spec.timeLimitMinutes }),
    seed,
    itemIds: drawn.map(({ item }) => item.id).sort(),
    ...(args.preTest ? { form: { role: 'pre' as const } } : {}),
    createdAt: now,
  });
}

import type { SessionView, StartSessionArgs } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { loadBankItems, type BankItem } from './bankItems.ts';
import { mulberry32 } from './mulberry32.ts';
import type { QuizDeps } from './quizDeps.ts';
import { selectItems } from './selectItems.ts';
import { shuffled } from './shuffle.ts';
import type { SessionAssignment, SessionState } from './sessionState.ts';
import { sessionView } from './sessionView.ts';

/**
 * Draws the session's items from the chosen sets (balanced, no repeats, reproducible from the seed), stores the
 * new session (for a stored student only: UNKNOWN_STUDENT otherwise) and returns it with public items only. A set without a usable items file fails the whole start
 * with that file's error: a session quietly missing a set the teacher chose would be worse. With `itemIds` (to
 * practise the items a student missed, or an assignment's fixed items) the session asks exactly those items, in an
 * order drawn from the seed. `assignment` is given only by startAssignment: the session then keeps the assignment's
 * id, feedback timing and time limit.
 */
export async function startSession(
  deps: QuizDeps,
  args: StartSessionArgs,
  assignment?: SessionAssignment,
): Promise<Result<SessionView>> {
  const bank = await loadBankItems(deps.bank, args.setIds);
  if (!bank.ok) return bank;
  const pool = bank.value.filter(({ item }) => args.skills.includes(item.skill));
  if (pool.length === 0) {
    return fail(
      'NO_ITEMS',
      `${args.setIds.join(', ')} ${args.setIds.length === 1 ? 'has' : 'have'} no ${args.skills.join(' or ')} items; ` +
        'choose other skills or another set.',
    );
  }
  const seed = args.seed ?? deps.drawSeed();
  const drawn = args.itemIds
    ? namedItems(bank.value, args, seed)
    : ok(selectItems(pool, args.skills, args.count, mulberry32(seed)));
  if (!drawn.ok) return drawn;
  const chosen = drawn.value;
  const state: SessionState = {
    version: 1,
    id: deps.newSessionId(),
    mode: args.mode,
    seed,
    setIds: [...args.setIds],
    skills: [...args.skills],
    requestedCount: args.count,
    ...(args.studentId === undefined ? {} : { studentId: args.studentId }),
    items: chosen.map(({ item }) => ({ id: item.id, skill: item.skill })),
    answers: [],
    startedAt: deps.clock.now(),
    ...(assignment === undefined ? {} : { assignment }),
  };
  const stored = deps.store.create(state);
  if (!stored.ok) return stored;
  return ok(sessionView(state, chosen));
}

/**
 * The items named by `itemIds`, shuffled by the seed after sorting by id, so the order depends on the seed alone and
 * not on the order the ids were sent in. An id the sets do not hold, or an item of a skill the session does not
 * ask for (its results would have no line to go in), fails the start with the id named.
 */
function namedItems(bank: readonly BankItem[], args: StartSessionArgs, seed: number): Result<BankItem[]> {
  const byId = new Map(bank.map((entry) => [entry.item.id, entry]));
  const named: BankItem[] = [];
  for (const id of [...(args.itemIds ?? [])].sort()) {
    const entry = byId.get(id);
    if (!entry) {
      return fail(
        'NOT_FOUND',
        `Item ${id} is not among the items of ${args.setIds.join(', ')}; the items may have been regenerated, so ` +
          'start a new session from the home screen.',
      );
    }
    if (!args.skills.includes(entry.item.skill)) {
      return fail(
        'BAD_ARGUMENT',
        `Item ${id} is a ${entry.item.skill} item, but the session asks only for ${args.skills.join(', ')}; ` +
          'add its skill to the session.',
      );
    }
    named.push(entry);
  }
  return ok(shuffled(named, mulberry32(seed)));
}

import type { SessionIdArgs, SessionResults } from '../../shared/quiz.ts';
import { ok, type Result } from '../../shared/result.ts';
import { findOpenSession } from './findSession.ts';
import type { QuizDeps } from './quizDeps.ts';
import { loadSessionItems } from './sessionItems.ts';
import { sessionResults } from './sessionResults.ts';

/**
 * Closes the session and returns its results, keys and explanations included. Items left unanswered score 0
 * (a test handed in early). A finished session stays readable through getSession but takes no more answers.
 */
export async function finishSession(deps: QuizDeps, args: SessionIdArgs): Promise<Result<SessionResults>> {
  const before = findOpenSession(deps, args.sessionId);
  if (!before.ok) return before;
  const items = await loadSessionItems(deps.bank, before.value);
  if (!items.ok) return items;
  // Read again after the await, and write with nothing in between: a second finish or a late answer cannot slip in.
  const current = findOpenSession(deps, args.sessionId);
  if (!current.ok) return current;
  const finishedAt = deps.clock.now();
  const stored = deps.store.finish(args.sessionId, finishedAt);
  if (!stored.ok) return stored;
  const state = { ...current.value, finishedAt };
  return ok(
    sessionResults(
      state,
      items.value.map(({ item }) => item),
      finishedAt,
    ),
  );
}

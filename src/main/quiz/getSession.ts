import type { SessionIdArgs, SessionView } from '../../shared/quiz.ts';
import { ok, type Result } from '../../shared/result.ts';
import { findSession } from './findSession.ts';
import type { QuizDeps } from './quizDeps.ts';
import { loadSessionItems } from './sessionItems.ts';
import { sessionView } from './sessionView.ts';

/** A session to resume: its public items, the answers so far and where to carry on; results too once finished. */
export async function getSession(deps: QuizDeps, args: SessionIdArgs): Promise<Result<SessionView>> {
  const found = findSession(deps, args.sessionId);
  if (!found.ok) return found;
  const items = await loadSessionItems(deps.bank, found.value);
  if (!items.ok) return items;
  return ok(sessionView(found.value, items.value));
}

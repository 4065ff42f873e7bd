import type { SubmitAnswerArgs, SubmitAnswerResult } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { checkResponse } from './checkResponse.ts';
import { findOpenSession } from './findSession.ts';
import type { QuizDeps } from './quizDeps.ts';
import { scoreResponse } from './scoreResponse.ts';
import { loadSessionItems } from './sessionItems.ts';
import { answerTo, holdsItem, type AnswerRecord, type SessionState } from './sessionState.ts';
import { itemOutcome, showsFeedbackNow } from './sessionView.ts';

/**
 * Scores one answer in main and stores it (committed before this returns). Practice mode answers with the score and the feedback at once; test
 * mode only acknowledges, and the scores and keys wait for finishSession. Each item is answered once.
 */
export async function submitAnswer(deps: QuizDeps, args: SubmitAnswerArgs): Promise<Result<SubmitAnswerResult>> {
  const before = acceptingAnswer(deps, args);
  if (!before.ok) return before;
  const items = await loadSessionItems(deps.bank, before.value);
  if (!items.ok) return items;
  const item = items.value.find((candidate) => candidate.item.id === args.itemId)?.item;
  if (!item) return notInSession(args);
  const response = checkResponse(item, args.response);
  if (!response.ok) return response;

  // Read again: another call for this session may have been answered while the items loaded. From here to the
  // write nothing awaits, so no other call can come in between; the write is this one answer, nothing else.
  const current = acceptingAnswer(deps, args);
  if (!current.ok) return current;
  const answer: AnswerRecord = {
    itemId: item.id,
    skill: item.skill,
    response: response.value,
    answeredAt: deps.clock.now(),
    ...scoreResponse(item, response.value),
  };
  const stored = deps.store.addAnswer(args.sessionId, answer);
  if (!stored.ok) return stored;

  const answered = current.value.answers.length + 1;
  const progress = { answered, remaining: current.value.items.length - answered };
  return ok(
    showsFeedbackNow(current.value)
      ? { mode: 'practice', outcome: itemOutcome(answer, item), ...progress }
      : { mode: current.value.mode, itemId: item.id, ...progress },
  );
}

/** The session, if it exists, is not finished, holds the item and has no answer to it yet. */
function acceptingAnswer(deps: QuizDeps, args: SubmitAnswerArgs): Result<SessionState> {
  const found = findOpenSession(deps, args.sessionId);
  if (!found.ok) return found;
  if (!holdsItem(found.value, args.itemId)) return notInSession(args);
  if (answerTo(found.value, args.itemId)) {
    return fail(
      'ALREADY_ANSWERED',
      `Item ${args.itemId} has already been answered in this session; each item counts once.`,
    );
  }
  return found;
}

function notInSession(args: SubmitAnswerArgs): Result<never> {
  return fail('ITEM_NOT_IN_SESSION', `Item ${args.itemId} is not one of the items of session ${args.sessionId}.`);
}

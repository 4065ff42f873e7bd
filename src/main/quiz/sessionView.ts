import type { Item } from '../../shared/items.ts';
import type { AnswerView, ItemOutcome, SessionView } from '../../shared/quiz.ts';
import type { BankItem } from './bankItems.ts';
import { feedbackFor } from './feedback.ts';
import { toPublicItem } from './publicItem.ts';
import { sessionResults } from './sessionResults.ts';
import { feedbackTiming, sessionEndsAt, type AnswerRecord, type SessionState } from './sessionState.ts';

// A session as the renderer may see it. While a test runs (or an assignment that keeps feedback for the end),
// answers come back without scores or keys; in practice mode each answer carries the feedback the student already
// saw; once finished, the results are attached.

export function sessionView(state: SessionState, entries: readonly BankItem[]): SessionView {
  const items = entries.map(({ item }) => item);
  const byId = new Map(items.map((item) => [item.id, item]));
  const answered = new Set(state.answers.map((answer) => answer.itemId));
  const position = state.items.findIndex(({ id }) => !answered.has(id));
  const endsAt = sessionEndsAt(state);
  return {
    sessionId: state.id,
    mode: state.mode,
    seed: state.seed,
    setIds: [...state.setIds],
    skills: [...state.skills],
    ...(state.studentId === undefined ? {} : { studentId: state.studentId }),
    requestedCount: state.requestedCount,
    items: entries.map(toPublicItem),
    answers: state.answers.map((answer) => answerView(state, answer, byId.get(answer.itemId))),
    position: position === -1 ? state.items.length : position,
    startedAt: state.startedAt,
    feedback: feedbackTiming(state),
    ...(endsAt === undefined ? {} : { endsAt }),
    ...(state.assignment === undefined ? {} : { assignmentId: state.assignment.id }),
    ...(state.finishedAt === undefined
      ? {}
      : { finishedAt: state.finishedAt, results: sessionResults(state, items, state.finishedAt) }),
  };
}

function answerView(state: SessionState, answer: AnswerRecord, item: Item | undefined): AnswerView {
  const view = { itemId: answer.itemId, response: answer.response, answeredAt: answer.answeredAt };
  return showsFeedbackNow(state) && item ? { ...view, outcome: itemOutcome(answer, item) } : view;
}

/** Feedback after each answer: practice sessions, unless their assignment keeps it for the end. */
export function showsFeedbackNow(state: Pick<SessionState, 'mode' | 'assignment'>): boolean {
  return state.mode === 'practice' && feedbackTiming(state) === 'during';
}

export function itemOutcome(answer: AnswerRecord, item: Item): ItemOutcome {
  return { itemId: item.id, score: answer.score, tally: answer.tally, feedback: feedbackFor(item) };
}

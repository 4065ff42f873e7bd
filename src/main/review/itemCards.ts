import type { Skill } from '../../shared/items.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { nextBox, restMs, type Box } from './leitner.ts';

// A student's schedule is not stored: it is replayed from their stored answers, oldest first, every time it is
// asked for. So it can never disagree with the answers, and results imported from another computer move the
// schedule the same way answers given here do.

/** Where one item the student has answered stands. */
export interface ItemCard {
  itemId: string;
  skill: Skill;
  box: Box;
  lastAnsweredAt: number;
  /** When it is due again (ms since 1970): the last answer plus its box's rest. */
  dueAt: number;
}

/** One answer as the schedule sees it. */
export interface ScheduledAnswer {
  itemId: string;
  skill: Skill;
  score: number;
  answeredAt: number;
}

/** Every answer of the sessions, oldest first (ties keep the order the sessions gave them in). */
export function answersInOrder(sessions: readonly SessionState[]): ScheduledAnswer[] {
  const answers = sessions.flatMap((session) =>
    session.answers.map(({ itemId, skill, score, answeredAt }) => ({ itemId, skill, score, answeredAt })),
  );
  // Array.prototype.sort is stable, so answers given at the same millisecond keep their stored order.
  return answers.sort((a, b) => a.answeredAt - b.answeredAt);
}

/** Moves the cards on by one answer (mutates `cards`: replaying thousands of answers should not copy the map). */
export function applyAnswer(cards: Map<string, ItemCard>, answer: ScheduledAnswer): void {
  const box = nextBox(cards.get(answer.itemId)?.box ?? 1, answer.score);
  cards.set(answer.itemId, {
    itemId: answer.itemId,
    skill: answer.skill,
    box,
    lastAnsweredAt: answer.answeredAt,
    dueAt: answer.answeredAt + restMs[box],
  });
}

/** The cards after replaying the answers given (already oldest first). */
export function replayAnswers(answers: readonly ScheduledAnswer[]): Map<string, ItemCard> {
  const cards = new Map<string, ItemCard>();
  for (const answer of answers) applyAnswer(cards, answer);
  return cards;
}

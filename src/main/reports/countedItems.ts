import type { Skill } from '../../shared/items.ts';
import type { ItemResponse, Tally } from '../../shared/quiz.ts';
import type { SessionState } from '../quiz/sessionState.ts';

// Which items a session's figures count, by the rule of the session results: a finished session counts every
// item it asked (one left unanswered scores 0 and adds no decisions); an unfinished one counts only the items
// answered so far, since the rest may still be answered. Every report and the CSV start from this list, so their
// figures add up to the same totals.

export interface CountedItem {
  itemId: string;
  skill: Skill;
  score: number;
  /** null: left unanswered in a finished session. */
  tally: Tally | null;
  answeredAt: number | null;
  response: ItemResponse | null;
}

/** The session's counted items, in the order they were asked. */
export function countedItems(session: SessionState): CountedItem[] {
  const answers = new Map(session.answers.map((answer) => [answer.itemId, answer]));
  const counted: CountedItem[] = [];
  for (const item of session.items) {
    const answer = answers.get(item.id);
    if (answer) {
      counted.push({
        itemId: item.id,
        skill: item.skill,
        score: answer.score,
        tally: answer.tally,
        answeredAt: answer.answeredAt,
        response: answer.response,
      });
    } else if (session.finishedAt !== undefined) {
      counted.push({ itemId: item.id, skill: item.skill, score: 0, tally: null, answeredAt: null, response: null });
    }
  }
  return counted;
}

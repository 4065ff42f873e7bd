import { skills as allSkills, type Item } from '../../shared/items.ts';
import type { ItemResult, SessionResults, Tally, TotalResult } from '../../shared/quiz.ts';
import { feedbackFor } from './feedback.ts';
import type { SessionState } from './sessionState.ts';

// The results of a finished session: a total, one line per skill and one per item. Every item counts, answered or
// not: an unanswered item scores 0 out of 1 and adds no decision to the tallies (it was never judged, so it is
// neither a miss nor a correct rejection). Hits, misses, false alarms and correct rejections are reported beside
// the score because the score alone cannot tell a careful student from one who flags everything.

export function sessionResults(state: SessionState, items: readonly Item[], finishedAt: number): SessionResults {
  const itemResults = items.map((item) => itemResult(state, item));
  return {
    sessionId: state.id,
    mode: state.mode,
    ...(state.studentId === undefined ? {} : { studentId: state.studentId }),
    startedAt: state.startedAt,
    finishedAt,
    timeSpentMs: Math.max(0, finishedAt - state.startedAt),
    total: summarise(itemResults),
    perSkill: allSkills
      .filter((skill) => state.skills.includes(skill))
      .map((skill) => ({ skill, ...summarise(itemResults.filter((result) => result.skill === skill)) })),
    items: itemResults,
  };
}

function itemResult(state: SessionState, item: Item): ItemResult {
  const at = state.answers.findIndex((a) => a.itemId === item.id);
  const answer = state.answers[at];
  return {
    itemId: item.id,
    skill: item.skill,
    format: item.format,
    response: answer?.response ?? null,
    answeredAt: answer?.answeredAt ?? null,
    timeSpentMs: answer ? Math.max(0, answer.answeredAt - turnedToItemAt(state, at)) : null,
    score: answer?.score ?? 0,
    tally: answer?.tally ?? null,
    feedback: feedbackFor(item),
  };
}

/** When the student turned to the item of answer `at`: the answer given just before it, or the start. */
function turnedToItemAt(state: SessionState, at: number): number {
  return state.answers[at - 1]?.answeredAt ?? state.startedAt;
}

export function summarise(results: readonly Pick<ItemResult, 'score' | 'tally'>[]): TotalResult {
  const tally: Tally = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  let score = 0;
  let answered = 0;
  for (const result of results) {
    score += result.score;
    if (!result.tally) continue;
    answered += 1;
    tally.hits += result.tally.hits;
    tally.misses += result.tally.misses;
    tally.falseAlarms += result.tally.falseAlarms;
    tally.correctRejections += result.tally.correctRejections;
  }
  return {
    score,
    items: results.length,
    accuracy: results.length > 0 ? score / results.length : 0,
    answered,
    ...tally,
    hitRate: rate(tally.hits, tally.misses),
    falseAlarmRate: rate(tally.falseAlarms, tally.correctRejections),
  };
}

function rate(part: number, rest: number): number | null {
  return part + rest > 0 ? part / (part + rest) : null;
}

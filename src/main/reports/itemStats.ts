import type { ItemStat } from '../../shared/reports.ts';
import type { CountedItem } from './countedItems.ts';
import { itemText, type ItemTexts } from './itemTexts.ts';

// How hard each item was for the students in a report: the share of its counted answers that scored 1. An item
// left unanswered in a finished session counts as an answer that scored 0, as it does in every total, so the
// items' figures add up to the skills' figures.

export const mostMissedLimit = 10;

interface Tally {
  itemId: string;
  skill: CountedItem['skill'];
  answers: number;
  correct: number;
  score: number;
}

/** Every item answered in the report, hardest first (lowest share correct, then lowest mean score). */
export function itemStats(counted: Iterable<CountedItem>, texts: ItemTexts): ItemStat[] {
  const byItem = new Map<string, Tally>();
  for (const item of counted) {
    let tally = byItem.get(item.itemId);
    if (!tally) {
      tally = { itemId: item.itemId, skill: item.skill, answers: 0, correct: 0, score: 0 };
      byItem.set(item.itemId, tally);
    }
    tally.answers += 1;
    tally.score += item.score;
    if (item.score === 1) tally.correct += 1;
  }
  return [...byItem.values()]
    .map((tally): ItemStat => ({
      itemId: tally.itemId,
      skill: tally.skill,
      ...itemText(texts, tally.itemId),
      answers: tally.answers,
      shareCorrect: tally.correct / tally.answers,
      meanScore: tally.score / tally.answers,
      missed: tally.answers - tally.correct,
    }))
    .sort(
      (a, b) =>
        a.shareCorrect - b.shareCorrect ||
        a.meanScore - b.meanScore ||
        b.answers - a.answers ||
        compareIds(a.itemId, b.itemId),
    );
}

/** The items missed most often (scored below 1), most first; ties go to the harder item. */
export function mostMissed(stats: readonly ItemStat[], limit: number = mostMissedLimit): ItemStat[] {
  return stats
    .filter((stat) => stat.missed > 0)
    .sort(
      (a, b) =>
        b.missed - a.missed ||
        a.shareCorrect - b.shareCorrect ||
        a.meanScore - b.meanScore ||
        compareIds(a.itemId, b.itemId),
    )
    .slice(0, limit);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

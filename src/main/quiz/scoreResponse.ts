import type { Item } from '../../shared/items.ts';
import type { ItemResponse, Tally } from '../../shared/quiz.ts';

// How one answer is scored. Every item is worth 1 point; the response has already passed checkResponse.
//
// Single choice: 1 for the key, 0 for anything else. The item is one decision: on a flawed item (clean = false)
//   the right answer is a hit and a wrong one a miss; on a clean item the right answer is a correct rejection
//   (the student did not see a problem that is not there) and a wrong one a false alarm.
//
// Choose all and mark the lines: every option or line shown is one decision. A marked target is a hit, an
//   unmarked target a miss, a marked non-target a false alarm, an unmarked non-target a correct rejection.
//   - With targets: score = max(0, (hits - false alarms) / targets). Each false alarm cancels a hit, so marking
//     everything scores 0 whenever at most half of what is shown are targets, and always less than the key.
//   - With no target (a clean case, "there may be none"): score = correct rejections / options-or-lines shown,
//     the share left rightly unmarked: 1 for marking nothing, 0 for marking everything, and in between each
//     false alarm costs the same share. (hits - false alarms) / targets has no meaning without targets, and all
//     or nothing would score one slip like marking every line.

export interface ScoredResponse {
  score: number;
  tally: Tally;
}

export function scoreResponse(item: Item, response: ItemResponse): ScoredResponse {
  switch (item.format) {
    case 'single_choice': {
      const right = 'optionId' in response && response.optionId === item.key;
      return { score: right ? 1 : 0, tally: singleDecision(item.clean, right) };
    }
    case 'choose_all':
      return scoreMarks(
        item.options.map((option) => option.id),
        item.key,
        'optionIds' in response ? response.optionIds : [],
      );
    case 'mark_lines':
      return scoreMarks(
        item.lines.map((line) => line.line),
        item.key,
        'lines' in response ? response.lines : [],
      );
  }
}

function singleDecision(clean: boolean, right: boolean): Tally {
  return {
    hits: !clean && right ? 1 : 0,
    misses: !clean && !right ? 1 : 0,
    falseAlarms: clean && !right ? 1 : 0,
    correctRejections: clean && right ? 1 : 0,
  };
}

export function scoreMarks<T>(shown: readonly T[], targets: readonly T[], marked: readonly T[]): ScoredResponse {
  const isTarget = new Set(targets);
  const isMarked = new Set(marked);
  const tally: Tally = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  for (const choice of new Set(shown)) {
    if (isTarget.has(choice)) {
      if (isMarked.has(choice)) tally.hits += 1;
      else tally.misses += 1;
    } else if (isMarked.has(choice)) tally.falseAlarms += 1;
    else tally.correctRejections += 1;
  }
  const targetCount = tally.hits + tally.misses;
  const shownCount = targetCount + tally.falseAlarms + tally.correctRejections;
  const score =
    targetCount > 0
      ? Math.max(0, (tally.hits - tally.falseAlarms) / targetCount)
      : shownCount > 0
        ? tally.correctRejections / shownCount
        : 1;
  return { score, tally };
}

import type { Token } from './lineTokens.ts';
import { andAHalfAt, type Numeral } from './numberWords.ts';
import { hedgeBefore } from './hedges.ts';
import { minutesInUnit } from './durations.ts';

// A span of time told with an article instead of a figure: "about a minute and a half", "more than a day and a
// half", "banned for a year", "half a day". Reporters round a stopwatch's 94 seconds to these, so they must meet
// "about 90 seconds" and "31 hours". A bare "a day" is a span only after a hedge or a word that gives a length
// ("for", "within", "lasted", "took"): "twice a day", "a day after the vote" and "a year ago" are no lengths.

export interface SpelledSpan {
  numeral: Numeral;
  /** Token index of the unit of time, which follows the article. */
  unitAt: number;
  /** Token index of the span's last word ("half" in "a minute and a half"). */
  last: number;
}

const lengthLeads = new Set(['for', 'within', 'lasted', 'lasting', 'lasts', 'last', 'took', 'take', 'takes']);
const pointsInTime = new Set(['ago', 'later', 'earlier']);

/** The span of time told with "a", "an" or "half a" at token `at`, or undefined. */
export function spelledSpanAt(tokens: readonly Token[], at: number): SpelledSpan | undefined {
  const word = tokens[at]?.lower;
  const halfOf = word === 'half' && isArticle(tokens[at + 1]);
  const article = halfOf ? at + 1 : at;
  if (!isArticle(tokens[article])) return undefined;
  const unitAt = article + 1;
  const unit = tokens[unitAt]?.lower ?? '';
  // "a minute", not "a minutes"; an hour's parts are read with the other figures (numberMentions.ts).
  if (minutesInUnit(unit) === undefined || unit.endsWith('s') || (halfOf && minutesInUnit(unit) === 60)) {
    return undefined;
  }
  if (pointsInTime.has(tokens[unitAt + 1]?.lower ?? '')) return undefined;
  const andAHalf = !halfOf && andAHalfAt(tokens, unitAt + 1);
  const given = hedgeBefore(tokens, at).hedge !== 'none' || lengthLeads.has(tokens[at - 1]?.lower ?? '');
  if (!halfOf && !andAHalf && !given) return undefined;
  const value = halfOf ? 0.5 : andAHalf ? 1.5 : 1;
  return {
    numeral: { low: value, high: value, first: at, last: article, roundedTo: 0, decimals: 0, spelled: true },
    unitAt,
    last: andAHalf ? unitAt + 3 : unitAt,
  };
}

function isArticle(token: Token | undefined): boolean {
  return token?.lower === 'a' || token?.lower === 'an';
}

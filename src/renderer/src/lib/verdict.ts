import type { ItemFormat } from '../../../shared/items.ts';
import type { Tally } from '../../../shared/quiz.ts';

// How a score is said in words, so the result never rests on colour alone: "Right", "Partly right (0.5)",
// "Not quite". Scores are sums of item points that may be fractions; they are shown with at most two decimals
// and without trailing zeros ("7.5 of 10", not "7.50 of 10.00").

export type VerdictTone = 'right' | 'partly' | 'wrong';

export interface Verdict {
  tone: VerdictTone;
  words: string;
}

export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

export function verdictFor(score: number): Verdict {
  if (score >= 1) return { tone: 'right', words: 'Right' };
  if (score <= 0) return { tone: 'wrong', words: 'Not quite' };
  return { tone: 'partly', words: `Partly right (${formatPoints(score)})` };
}

export function scoreOutOf(score: number, items: number): string {
  return `${formatPoints(score)} of ${items}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * What a student did on an item with several decisions, in a sentence: what they found and what they flagged that
 * was fine. Single-choice items are one decision, already said by the verdict, so they get nothing.
 */
export function tallySentence(format: ItemFormat, tally: Tally): string | undefined {
  if (format === 'single_choice') return undefined;
  const lines = format === 'mark_lines';
  const targets = tally.hits + tally.misses;
  const found =
    targets === 0
      ? `There was nothing to ${lines ? 'mark' : 'choose'} here.`
      : `You found ${tally.hits} of ${targets}.`;
  if (tally.falseAlarms === 0) {
    return targets === 0 ? `${found} You rightly left every ${lines ? 'line' : 'option'} alone.` : found;
  }
  const flagged =
    tally.falseAlarms === 1
      ? `1 ${lines ? 'line you marked' : 'option you chose'} was fine (a false alarm).`
      : `${tally.falseAlarms} ${lines ? 'lines you marked' : 'options you chose'} were fine (false alarms).`;
  return `${found} ${flagged}`;
}

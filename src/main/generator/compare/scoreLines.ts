import type { Token } from './lineTokens.ts';
import { readNumeral } from './numberWords.ts';

// A vote or a match is told as two figures that stand together: "passed 9-5", "by nine votes to five", "a 3–1
// win", "rejected by 52 votes to 48". Each half alone is no count of anything; the pair is one value, and "9-5" and
// "eight votes to six" disagree even though both add up to 14.

export interface ScoreLine {
  /** The two figures in the order written. */
  score: readonly [number, number];
  first: number;
  last: number;
  /** Token index of the noun the figures count ("votes"), if written. */
  noun?: number;
}

// Nouns a side's share of a tally is counted in: "nine votes to five", "three goals to one". Not "points": "the
// index fell 20 points to 3,400" is a change.
const tallyNouns = new Set(['vote', 'votes', 'ballot', 'ballots', 'goal', 'goals']);
const dashes = new Set(['-', '–', '—']);
// "voted nine to five", "voted by 33 to 7": a verb of voting right before the figures stands in for the noun.
const votingVerbs = new Set(['voted', 'vote', 'votes', 'voting']);

/** The score line that starts at token `at`, if any. */
export function scoreLineAt(tokens: readonly Token[], at: number): ScoreLine | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  // "9-5" as one token: a range is always written low to high, so a higher figure first is a score.
  const joined = /^(\d{1,3})[-–—](\d{1,3})$/.exec(token.text);
  if (joined) {
    const score = [Number(joined[1]), Number(joined[2])] as const;
    return score[0] >= score[1] ? { score, first: at, last: at } : undefined;
  }
  if (token.kind === 'number' && /^\d{1,3}$/.test(token.text) && dashes.has(tokens[at + 1]?.text ?? '')) {
    const second = tokens[at + 2];
    if (second?.kind === 'number' && /^\d{1,3}$/.test(second.text)) {
      const score = [Number(token.text), Number(second.text)] as const;
      return score[0] >= score[1] ? { score, first: at, last: at + 2 } : undefined;
    }
  }
  // "nine votes to five", "52 votes to 48", "voted nine to five", "voted by 33 to 7"
  const first = readNumeral(tokens as Token[], at);
  if (!first || first.low !== first.high) return undefined;
  const noun = tallyNouns.has(tokens[first.last + 1]?.lower ?? '') ? first.last + 1 : undefined;
  const to = noun === undefined ? first.last + 1 : noun + 1;
  if (tokens[to]?.lower !== 'to') return undefined;
  const verb = tokens[at - 1]?.lower === 'by' ? at - 2 : at - 1;
  if (noun === undefined && !votingVerbs.has(tokens[verb]?.lower ?? '')) return undefined;
  const second = readNumeral(tokens as Token[], to + 1);
  if (!second || second.low !== second.high) return undefined;
  // "nine votes to five against": the noun may follow the second figure instead ("by nine to five votes").
  const last = tallyNouns.has(tokens[second.last + 1]?.lower ?? '') ? second.last + 1 : second.last;
  return { score: [first.low, second.low], first: at, last, ...(noun === undefined ? {} : { noun }) };
}

/** Whether two score lines give the same result, whichever side each names first. */
export function sameScore(a: readonly [number, number], b: readonly [number, number]): boolean {
  return Math.max(...a) === Math.max(...b) && Math.min(...a) === Math.min(...b);
}

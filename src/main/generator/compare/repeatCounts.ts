import type { Token } from './lineTokens.ts';

// "wrote twice to the roads directorate" / "had written to the NRD three times": how often a thing was done. The
// figure finder reads "three times" as a count of times; "twice" and "thrice" are that count in one word. Not a
// multiplier ("twice as many", "twice the size", "twice higher") nor a rate ("twice a day", "twice weekly", read
// by howOften.ts).
const repeatWords = new Map([
  ['twice', 2],
  ['thrice', 3],
]);

const notBefore = new Set(
  ['as', 'the', 'that', 'this', 'its', 'their', 'his', 'her', 'more', 'less', 'over', 'a', 'an', 'per', 'every'].concat(
    ['each', 'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'yearly', 'annually'],
  ),
);

/** How many times "once", "twice" or "thrice" at this token says a thing was done, if it is such a count. */
export function repeatCountAt(tokens: readonly Token[], index: number): number | undefined {
  if (tokens[index]?.lower === 'once') return doneOnce(tokens, index);
  const value = repeatWords.get(tokens[index]?.lower ?? '');
  if (value === undefined) return undefined;
  const next = tokens[index + 1];
  if (!next) return value;
  // "twice higher", "twice faster than wages": a comparison.
  const compared = next.pos === 'ADJ' || tokens[index + 2]?.lower === 'than';
  if (notBefore.has(next.lower) || compared) return undefined;
  return value;
}

const clauseOpeners = new Set(['when', 'while', 'after', 'before', 'because', 'until']);

// "The meeting was suspended once" / "halted twice": "once" right after the verb it counts, closing the clause. Not
// the "once" of "once the meeting began", "once a thriving town", "once again" or "once a week".
function doneOnce(tokens: readonly Token[], index: number): number | undefined {
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  if (before?.pos !== 'VERB') return undefined;
  const closes = next === undefined || ['PUNCT', 'SCONJ'].includes(next.pos) || clauseOpeners.has(next.lower);
  if (!closes && (next.pos !== 'ADP' || notBefore.has(next.lower))) return undefined;
  return 1;
}

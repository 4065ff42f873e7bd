// Whether two mentions in different articles are about the same fact is decided like the rest of the generator:
// small named rules each give a score and a reason; the pair is the same fact when the sum reaches a threshold.
// A rule may veto with -Infinity ("the figures are too far apart to be the same count"). Reasons are written only
// for the pairs that are reported, so scoring thousands of candidate pairs stays cheap.

export interface RuleVerdict {
  score: number;
  because: () => string;
}

export type PairRule<M> = (a: M, b: M) => RuleVerdict | undefined;

/** Sum of the rules that fire, in table order; stops at a veto. */
export function pairScore<M>(rules: readonly PairRule<M>[], a: M, b: M): number {
  let score = 0;
  for (const rule of rules) {
    const verdict = rule(a, b);
    if (!verdict) continue;
    score += verdict.score;
    if (verdict.score === -Infinity) break;
  }
  return score;
}

/** The reasons of the rules that fire, in table order, each with its points. */
export function pairReasons<M>(rules: readonly PairRule<M>[], a: M, b: M): string[] {
  const reasons: string[] = [];
  for (const rule of rules) {
    const verdict = rule(a, b);
    if (!verdict) continue;
    const points = verdict.score === -Infinity ? 'veto' : verdict.score.toFixed(2);
    reasons.push(`${verdict.because()} (${points})`);
    if (verdict.score === -Infinity) break;
  }
  return reasons;
}

/** A cache of pair scores keyed by the two mentions' reading order, so each pair is scored once. */
export function cachedPairScore<M extends { order: number }>(rules: readonly PairRule<M>[]): (a: M, b: M) => number {
  // Two levels of small-integer keys: far cheaper to hash than one large number or a string.
  const scores = new Map<number, Map<number, number>>();
  return (a, b) => {
    const [low, high] = a.order < b.order ? [a, b] : [b, a];
    let row = scores.get(low.order);
    if (!row) {
      row = new Map();
      scores.set(low.order, row);
    }
    let score = row.get(high.order);
    if (score === undefined) {
      score = pairScore(rules, low, high);
      row.set(high.order, score);
    }
    return score;
  };
}

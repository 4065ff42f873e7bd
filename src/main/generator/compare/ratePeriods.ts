import type { Token } from './lineTokens.ts';

// "$96 a year" and "$8 a month" are one rate told per different periods; "£40 a week" is "£2,080 a year". Each
// figure keeps the period it was told per, and two figures that both name a period are compared per year. A figure
// with no period ("a $96 rise") is compared as written: it may be the yearly sum, or a one-off.

/** How many of the period fit in a year. */
const periodsPerYear: Record<string, number> = {
  year: 1,
  annum: 1,
  month: 12,
  fortnight: 26,
  week: 52,
  day: 365,
  yr: 1,
  mo: 12,
  wk: 52,
};
const adverbs: Record<string, number> = {
  annually: 1,
  yearly: 1,
  monthly: 12,
  fortnightly: 26,
  weekly: 52,
  daily: 365,
};
const perWords = new Set(['a', 'an', 'per', 'each', 'every', '/']);

export interface RatePeriod {
  /** The period as written ("month"). */
  name: string;
  perYear: number;
  /** Token index of its last word. */
  last: number;
}

/** The period a figure is told per, in the words starting at `at`: "a year", "per month", "/week", "annually". */
export function periodAt(tokens: readonly Token[], at: number): RatePeriod | undefined {
  const word = tokens[at]?.lower ?? '';
  const adverb = adverbs[word];
  if (adverb !== undefined) return { name: word, perYear: adverb, last: at };
  if (!perWords.has(word)) return undefined;
  const period = (tokens[at + 1]?.lower ?? '').replace(/s$/u, '');
  const perYear = periodsPerYear[period];
  return perYear === undefined ? undefined : { name: period, perYear, last: at + 1 };
}

interface Rated {
  low: number;
  high: number;
  roundedTo: number;
  period?: { name: string; perYear: number };
}

/** Two figures on one footing: both per year when each names a period, as written otherwise. */
export function perSamePeriod<F extends Rated>(a: F, b: F): [F, F] {
  if (!a.period || !b.period || a.period.perYear === b.period.perYear) return [a, b];
  return [yearly(a), yearly(b)];
}

function yearly<F extends Rated>(figure: F): F {
  const times = figure.period?.perYear ?? 1;
  return {
    ...figure,
    low: Number((figure.low * times).toPrecision(12)),
    high: Number((figure.high * times).toPrecision(12)),
    roundedTo: figure.roundedTo * times,
    period: undefined,
  };
}

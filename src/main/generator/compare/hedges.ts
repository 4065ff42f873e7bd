import type { Token } from './lineTokens.ts';

// The words in front of a figure change what it claims: "up to 130,000" is a ceiling, "more than 20" a floor,
// "some 100,000" and "about 100,000" the same rounded figure. The table is read top to bottom, longest first.

export type Hedge = 'about' | 'at most' | 'at least' | 'exactly' | 'none';

export const hedgeTable: readonly { words: readonly string[]; hedge: Hedge }[] = [
  { words: ['as', 'many', 'as'], hedge: 'at most' },
  { words: ['as', 'much', 'as'], hedge: 'at most' },
  // "waves as high as 40ft", "queues as long as three hours": a ceiling, as "up to" is.
  ...['high', 'long', 'deep', 'tall', 'far', 'fast'].map((word) => ({
    words: ['as', word, 'as'],
    hedge: 'at most' as const,
  })),
  { words: ['no', 'more', 'than'], hedge: 'at most' },
  { words: ['not', 'more', 'than'], hedge: 'at most' },
  { words: ['a', 'maximum', 'of'], hedge: 'at most' },
  { words: ['no', 'fewer', 'than'], hedge: 'at least' },
  { words: ['no', 'less', 'than'], hedge: 'at least' },
  { words: ['a', 'minimum', 'of'], hedge: 'at least' },
  { words: ['in', 'excess', 'of'], hedge: 'at least' },
  { words: ['an', 'estimated'], hedge: 'about' },
  { words: ['close', 'to'], hedge: 'about' },
  { words: ['just', 'under'], hedge: 'about' },
  { words: ['just', 'over'], hedge: 'about' },
  { words: ['just', 'below'], hedge: 'about' },
  { words: ['just', 'above'], hedge: 'about' },
  { words: ['up', 'to'], hedge: 'at most' },
  { words: ['at', 'most'], hedge: 'at most' },
  { words: ['fewer', 'than'], hedge: 'at most' },
  { words: ['less', 'than'], hedge: 'at most' },
  { words: ['more', 'than'], hedge: 'at least' },
  { words: ['at', 'least'], hedge: 'at least' },
  { words: ['upwards', 'of'], hedge: 'at least' },
  { words: ['well', 'over'], hedge: 'at least' },
  { words: ['a', 'total', 'of'], hedge: 'exactly' },
  { words: ['approximately'], hedge: 'about' },
  { words: ['about'], hedge: 'about' },
  { words: ['around'], hedge: 'about' },
  { words: ['roughly'], hedge: 'about' },
  { words: ['some'], hedge: 'about' },
  { words: ['nearly'], hedge: 'about' },
  { words: ['almost'], hedge: 'about' },
  { words: ['barely'], hedge: 'about' },
  { words: ['scarcely'], hedge: 'about' },
  { words: ['estimated'], hedge: 'about' },
  { words: ['approx'], hedge: 'about' },
  { words: ['circa'], hedge: 'about' },
  { words: ['~'], hedge: 'about' },
  { words: ['over'], hedge: 'at least' },
  { words: ['above'], hedge: 'at least' },
  { words: ['under'], hedge: 'at most' },
  { words: ['below'], hedge: 'at most' },
  { words: ['exactly'], hedge: 'exactly' },
  { words: ['precisely'], hedge: 'exactly' },
];

/** The hedge written right before token `index`, with the index of its first word. */
export function hedgeBefore(tokens: readonly Token[], index: number): { hedge: Hedge; first: number } {
  for (const entry of hedgeTable) {
    const first = index - entry.words.length;
    if (first < 0) continue;
    if (entry.words.every((word, offset) => tokens[first + offset]?.lower === word)) {
      return { hedge: entry.hedge, first };
    }
  }
  return { hedge: 'none', first: index };
}

/** "or more" / "or so" written after the figure. */
export function hedgeAfter(tokens: Token[], index: number): { hedge: Hedge; last: number } | undefined {
  const next = tokens[index + 1]?.lower;
  const then = tokens[index + 2]?.lower;
  if (next !== 'or') return undefined;
  if (then === 'more') return { hedge: 'at least', last: index + 2 };
  if (then === 'so') return { hedge: 'about', last: index + 2 };
  if (then === 'fewer' || then === 'less') return { hedge: 'at most', last: index + 2 };
  return undefined;
}

// "nearly 40", "almost a thousand", "just under 500" fall short of the figure; "just over 40" passes it. Both are
// read as "about" the figure, but a precise figure on the other side of it ("41" / "nearly 40") is another figure.
const shortOf = /^(?:nearly|almost|just (?:under|below|short of)|not quite)\s/i;
const pastIt = /^just (?:over|above)\s/i;

/** Which side of its figure a hedged value as written stands: "nearly 40" below, "just over 40" above. */
export function sideOfFigure(written: string): 'below' | 'above' | undefined {
  if (shortOf.test(written)) return 'below';
  if (pastIt.test(written)) return 'above';
  return undefined;
}

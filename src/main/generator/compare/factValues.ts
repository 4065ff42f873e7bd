// How one fact told by several articles becomes findings. Values equal once normalised form a class. If two
// classes differ, the fact is a disagreement that lists each distinct value once (from the first article that
// gives it, so every listed value is a different claim); each class told by two or more articles is also an
// agreement. So "100,000 / 130,000 / 125,000 / 100,000 troops" gives one disagreement with three values and one
// agreement for the two articles that say 100,000. Values that are merely compatible (a rounded "1.2 million"
// and an exact "1,187,000") are neither: claiming either would teach the wrong lesson.

export type ValueMatch = 'same' | 'different' | 'compatible';

export interface ValueVerdict<M> {
  /** One mention per distinct value, in reading order; set when at least two of the values differ. */
  disagreement?: M[];
  /** Each group of mentions, from different articles, that give the same value. */
  agreements: M[][];
}

/** Splits one fact's mentions (one per article, in reading order) into disagreeing and agreeing values. */
export function judgeValues<M>(
  mentions: readonly M[],
  compare: (a: M, b: M) => ValueMatch,
  representative: (members: readonly M[]) => M = (members) => members[0] as M,
): ValueVerdict<M> {
  const classes: M[][] = [];
  for (const mention of mentions) {
    // Compared with the class's first value only: "same" is an equality after normalising.
    const home = classes.find((members) => members[0] !== undefined && compare(members[0], mention) === 'same');
    if (home) home.push(mention);
    else classes.push([mention]);
  }
  const agreements = classes.filter((members) => members.length >= 2);
  const leads = classes
    .map((members) => representative(members))
    .sort((a, b) => mentions.indexOf(a) - mentions.indexOf(b));
  const differs = leads.some((a, i) => leads.some((b, j) => j > i && compare(a, b) === 'different'));
  return differs ? { disagreement: leads, agreements } : { agreements };
}

import type { Fact, FactKind, LineRef } from '../../../shared/analysis.ts';
import type { SetIndex } from './setIndex.ts';

// One fact as the whole set tells it: every outlet's value (one per article) and which values are the same claim.
// The compare finder lists a disagreement's distinct values once each, and the outlets that give the same value
// as separate agreements; the items need both together, to name the real values of other outlets as distractors
// without ever offering a value that is in fact the same as the right one.

export interface ToldValue extends LineRef {
  /** Values with the same class say the same thing (the finder found them in one agreement). */
  sameAs: number;
}

export interface FactStory {
  fact: string;
  kind: FactKind;
  /** One value per article, in the set's file order. */
  told: ToldValue[];
  /** The disagreement's distinct values, when the outlets disagree. */
  disagreement: LineRef[] | undefined;
  /** Groups of outlets that give the same value. */
  agreements: LineRef[][];
}

const refKey = (ref: LineRef): string => `${ref.file}\u0000${ref.line}\u0000${ref.text}`;

const cache = new WeakMap<SetIndex, FactStory[]>();

/** The set's fact stories, worked out once per set however many builders ask. */
export function storiesOf(index: SetIndex): FactStory[] {
  let stories = cache.get(index);
  if (!stories) {
    stories = factStories(index.analysis.disagreements, index.analysis.agreements, index.files);
    cache.set(index, stories);
  }
  return stories;
}

interface Gathered {
  fact: string;
  kind: FactKind;
  disagreement: LineRef[] | undefined;
  agreements: LineRef[][];
}

export function factStories(
  disagreements: readonly Fact[],
  agreements: readonly Fact[],
  files: readonly string[],
): FactStory[] {
  const gathered: Gathered[] = [];
  // A fact's findings share its label and value references (the first "100,000" is in the disagreement and in
  // the agreement). Both must match: one long quotation can be the value of two different facts. A map from
  // reference to story finds the shared one without comparing every fact with every other.
  const storyByRef = new Map<string, Gathered>();
  const factKey = (fact: Fact, value: LineRef): string => `${fact.kind}\u0000${fact.fact}\u0000${refKey(value)}`;
  const storyOf = (fact: Fact): Gathered => {
    for (const value of fact.values) {
      const found = storyByRef.get(factKey(fact, value));
      if (found) return found;
    }
    const story: Gathered = { fact: fact.fact, kind: fact.kind, disagreement: undefined, agreements: [] };
    gathered.push(story);
    return story;
  };
  const file = (story: Gathered, fact: Fact): void => {
    for (const value of fact.values) {
      storyByRef.set(factKey(fact, value), story);
    }
  };
  for (const fact of disagreements) {
    const story = storyOf(fact);
    story.disagreement = [...(story.disagreement ?? []), ...fact.values];
    file(story, fact);
  }
  for (const fact of agreements) {
    const story = storyOf(fact);
    story.agreements.push(fact.values);
    file(story, fact);
  }
  const order = new Map(files.map((file, at) => [file, at]));
  return gathered.map((story) => ({
    fact: story.fact,
    kind: story.kind,
    told: toldValues(story).sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0)),
    disagreement: story.disagreement,
    agreements: story.agreements,
  }));
}

/** One value per article; values of one agreement share a class, every other value is a class of its own. */
function toldValues(story: Gathered): ToldValue[] {
  const classes = new Map<string, number>();
  story.agreements.forEach((group, at) => group.forEach((value) => classes.set(refKey(value), at)));
  let next = story.agreements.length;
  const told = new Map<string, ToldValue>();
  for (const value of [...(story.disagreement ?? []), ...story.agreements.flat()]) {
    if (told.has(value.file)) continue;
    told.set(value.file, { ...value, sameAs: classes.get(refKey(value)) ?? next++ });
  }
  return [...told.values()];
}

/** The size of a figure as written ("up to 130,000" -> 130000, "1.2 million" -> 1200000), for closeness only. */
export function figureSize(text: string): number | undefined {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|m|k)?\b/iu.exec(text);
  if (!match) return undefined;
  const base = Number((match[1] as string).replace(/,/g, ''));
  const scale: Record<string, number> = {
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    m: 1e6,
    billion: 1e9,
    bn: 1e9,
    trillion: 1e12,
  };
  return base * (scale[(match[2] ?? '').toLowerCase()] ?? 1);
}

/** Two values written the same once case and punctuation are set aside ("Friday" and "friday,"). */
export function sameWording(a: string, b: string): boolean {
  const norm = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

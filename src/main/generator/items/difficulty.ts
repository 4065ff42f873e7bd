import type { UnsupportedKind } from '../../../shared/analysis.ts';

// Difficulty 1–3 from features of the finding, never from how the wording came out: how explicit the cue is
// (clutter, evidence) and how close the values are (compare). Each function says in its name what it measures.

export type Difficulty = 1 | 2 | 3;

const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const readsLikeSentence = (text: string): boolean => /[.!?…]["'”’)\]]*$/u.test(text.trim());

/**
 * A clutter line that reads like a sentence of news (a teaser of another story) is hard to tell from the article;
 * a headline-length line is harder than a one- or two-word button.
 */
export function clutterLineDifficulty(text: string): Difficulty {
  const words = wordsIn(text);
  if (words >= 12 && readsLikeSentence(text)) return 3;
  if (words >= 5) return 2;
  return 1;
}

/** An article line that is short (a subheading, a headline) is the one students wrongly take for clutter. */
export function articleLineDifficulty(text: string): Difficulty {
  const words = wordsIn(text);
  if (words < 8 && !readsLikeSentence(text)) return 3;
  if (words < 12) return 2;
  return 1;
}

export function hardest(difficulties: readonly Difficulty[]): Difficulty {
  return difficulties.reduce<Difficulty>((max, d) => (d > max ? d : max), 1);
}

/**
 * "did not give proof" is spelt out in the article; an unnamed source needs the student to notice who is missing;
 * a guess ("could", "might") is the easiest to read past.
 */
export function evidenceCueDifficulty(kind: UnsupportedKind | 'supported', flagElsewhere = false): Difficulty {
  switch (kind) {
    case 'flagged':
      // "No proof was given" in the same sentence is plain; in a later paragraph the student has to read on.
      return flagElsewhere ? 2 : 1;
    case 'vague_attribution':
    case 'supported':
      return 2;
    case 'speculation':
      return 3;
  }
}

/** Figures far apart (100,000 against 130,000 is 23 %) are easy to see; within 10 % they are easy to miss. */
export function figureGapDifficulty(values: readonly number[]): Difficulty {
  const finite = values.filter((v) => Number.isFinite(v) && v !== 0);
  if (finite.length < 2) return 2;
  const low = Math.min(...finite.map(Math.abs));
  const high = Math.max(...finite.map(Math.abs));
  const gap = (high - low) / high;
  if (gap >= 0.25) return 1;
  if (gap >= 0.1) return 2;
  return 3;
}

/** A quotation that differs in many words is easy to spot; one changed word in a long quote is hard. */
export function quoteDriftDifficulty(changedWords: number, quoteWords: number): Difficulty {
  const share = quoteWords === 0 ? 1 : changedWords / quoteWords;
  if (share >= 0.3) return 1;
  if (share >= 0.1) return 2;
  return 3;
}

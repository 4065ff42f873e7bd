import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// How someone took news told to their face, a verdict, a defeat, a eulogy: without showing anything ("showed no
// reaction", "showed little emotion", "stood stony-faced", "remained impassive") or in tears ("wept", "sobbed",
// "broke down in tears"). One person at one moment is not both, so the two rule each other out (contraries.ts), as
// "resigned" and "was sacked" do.

/** The side "showed no emotion" stands for. */
export const showedNothing = senseFamily('impassive');
/** The side "wept" stands for. */
export const inTears = senseFamily('weep');

export interface Reaction {
  /** `showedNothing` or `inTears`. */
  side: string;
  /** Index of the last word of the phrase ("reaction" in "showed no visible reaction"). */
  last: number;
}

const weepingVerbs = new Set(['weep', 'sob']);
const showingVerbs = new Set(['show', 'display', 'betray']);
const feelingNouns = new Set(['emotion', 'reaction', 'feeling', 'sign', 'expression']);
const scarceWords = new Set(['no', 'little', 'few']);
// "stood stony-faced", "sat impassive", "remained expressionless", "looked unmoved".
const bearingVerbs = new Set(['stand', 'sit', 'remain', 'look', 'appear', 'stay', 'listen']);
const blankWords = new Set([
  'impassive',
  'impassively',
  'expressionless',
  'emotionless',
  'unmoved',
  'stoic',
  'stoically',
]);
const blankFaces = new Set(['stony', 'stone', 'poker', 'straight']);

/** The reaction a verb at `index` tells of, if any. */
export function reactionAt(tokens: readonly Token[], index: number): Reaction | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  if (weepingVerbs.has(token.lemma)) return { side: inTears, last: index };
  // "broke down in tears", "burst into tears", "was left in tears"; not "fought back tears".
  for (let at = index + 1; at <= index + 3; at += 1) {
    if (tokens[at]?.lower !== 'tears') continue;
    if (tokens.slice(index + 1, at).some((word) => word.lower === 'back' || word.pos === 'VERB')) break;
    return { side: inTears, last: at };
  }
  if (showingVerbs.has(token.lemma) && scarceWords.has(tokens[index + 1]?.lower ?? '')) {
    for (let at = index + 2; at <= index + 4; at += 1) {
      const word = tokens[at];
      if (!word || !['ADJ', 'NOUN'].includes(word.pos)) break;
      if (feelingNouns.has(word.lemma)) return { side: showedNothing, last: at };
    }
  }
  if (bearingVerbs.has(token.lemma)) {
    const next = tokens[index + 1];
    if (next && blankWords.has(next.lower)) return { side: showedNothing, last: index + 1 };
    if (next && blankFaces.has(next.lower) && tokens[index + 2]?.text === '-' && tokens[index + 3]?.lower === 'faced') {
      return { side: showedNothing, last: index + 3 };
    }
  }
  return undefined;
}

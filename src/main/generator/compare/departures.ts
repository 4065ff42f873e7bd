import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// How someone came to leave a room, a meeting or a team: of their own accord ("walked out", "stormed out") or made
// to ("was ordered out", "was told to leave", "was asked to leave by the chair", "was thrown out", "was expelled").
// The two rule each other out (contraries.ts), as "resigned" and "was sacked" do. A request from the chair or a
// referee to one person is a polite order, so "asked to leave" is on the made-to side here; what residents are
// "asked" to do in an emergency is advice, which directives.ts reads on its own. A manager or a chief who "left the
// club by mutual consent" neither resigned nor was sacked: the third way out of a post.

/** The side "walked out" stands for. */
export const leftOfOwnAccord = senseFamily('walkout');
/** The side "was ordered out" stands for. */
export const madeToLeave = senseFamily('expel');
/** The side "left by mutual consent" stands for, beside resigning and being sacked. */
export const leftByAgreement = senseFamily('byconsent');

const walkingVerbs = new Set(['walk', 'storm', 'stalk', 'flounce']);
const puttingOutVerbs = new Set(['order', 'throw', 'kick', 'escort', 'frogmarch', 'march', 'send', 'turf']);
const tellingVerbs = new Set(['tell', 'ask', 'order', 'instruct', 'direct']);
const removingVerbs = new Set(['expel', 'eject', 'remove', 'suspend']);
const leavingWords = new Set(['leave', 'go', 'depart']);
const partingVerbs = new Set(['leave', 'depart', 'part', 'exit', 'quit', 'step']);
const agreementWords = new Set(['consent', 'agreement']);

export interface Departure {
  /** `leftOfOwnAccord` or `madeToLeave`. */
  side: string;
  /** Index of the last word of the phrase ("out" in "walked out", "leave" in "told to leave"). */
  last: number;
  /** Whether the verb needs a passive to be said of the one who left ("was ordered out", not "ordered them out"). */
  needsPassive: boolean;
}

/** The departure a verb at `index` tells of, if any. */
export function departureAt(tokens: readonly Token[], index: number): Departure | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  const next = tokens[index + 1]?.lower;
  if (walkingVerbs.has(token.lemma) && next === 'out') {
    return { side: leftOfOwnAccord, last: index + 1, needsPassive: false };
  }
  if (puttingOutVerbs.has(token.lemma) && next === 'out')
    return { side: madeToLeave, last: index + 1, needsPassive: true };
  if (tellingVerbs.has(token.lemma) && next === 'to' && leavingWords.has(tokens[index + 2]?.lemma ?? '')) {
    return { side: madeToLeave, last: index + 2, needsPassive: true };
  }
  if (removingVerbs.has(token.lemma) && next === 'from') return { side: madeToLeave, last: index, needsPassive: true };
  // "has left the club by mutual consent", "parted company by mutual agreement".
  if (!partingVerbs.has(token.lemma)) return undefined;
  for (let at = index + 1; at <= index + 7; at += 1) {
    const word = tokens[at];
    if (!word || word.pos === 'PUNCT' || word.pos === 'VERB') return undefined;
    if (word.lower === 'mutual' && agreementWords.has(tokens[at + 1]?.lower ?? '') && tokens[at - 1]?.lower === 'by') {
      return { side: leftByAgreement, last: at + 1, needsPassive: false };
    }
  }
  return undefined;
}

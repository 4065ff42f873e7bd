import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// What a crowd's gathering was, told by what it is called: "the largely peaceful demonstration" in one article, "UNI
// RIOT" or "a wild night of chaos" among the protesters in another. One event's march, protest and demonstration
// are one gathering when the articles say whether it was peaceful (contraries.ts: peaceful / violent), and a riot is
// a gathering that was violent.

const gatheringWords = ['protest', 'demonstration', 'march', 'rally', 'occupation', 'riot', 'sit-in'];
const gatheringSenses = new Set(gatheringWords.map((word) => senseFamily(word)));

/** The one thing a gathering's character is said of, whichever word an article uses for it. */
export const gathering = senseFamily('protest');

export function isGathering(sense: string): boolean {
  return gatheringSenses.has(sense);
}

const riot = senseFamily('riot');
// Words that call what happened violent only where a gathering or its crowd is in the sentence: "chaos" alone is as
// often a queue at an airport.
const violentScenes = new Set(['chaos', 'mayhem', 'violence', 'rampage', 'disorder'].map((word) => senseFamily(word)));
const crowdWords = new Set(
  ['protester', 'demonstrator', 'student', 'crowd', 'rioter', 'marcher', 'occupier'].map((word) => senseFamily(word)),
);

/**
 * Whether the noun at `index` calls the gathering violent: "riot" (not "riot police", which names the police), or
 * "chaos", "violence", "mayhem" in a sentence about a gathering or its crowd.
 */
export function violentLabelAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return false;
  // "riot police", "riot gear": the word describes the noun after it.
  if (['NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '') && tokens[index + 1]?.text !== ':') return false;
  if (token.sense === riot) return true;
  if (!violentScenes.has(token.sense)) return false;
  return tokens.some((word) => isGathering(word.sense) || crowdWords.has(word.sense));
}

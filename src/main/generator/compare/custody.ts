import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether an accused or convicted person was locked up or left free: "taken into custody", "remanded in custody",
// "refused bail", "jailed" against "released on bail", "granted bail", "allowed to remain on bail". One person at
// one time is not both (contraries.ts). Arrests, trials and sentencing in any court story.

/** The side "taken into custody" stands for. */
export const heldInCustody = senseFamily('custody');
/** The side "remained on bail" stands for. */
export const freeOnBail = senseFamily('bail');

export interface CustodyState {
  /** `heldInCustody` or `freeOnBail`. */
  side: string;
  /** Index of the last word of the phrase. */
  last: number;
  /** Index of the person, when written between the verb and the phrase ("took him into custody"). */
  person?: number;
}

const holdingVerbs = new Set(['take', 'remand', 'hold', 'place', 'lead', 'keep', 'return']);
const freeingVerbs = new Set(['remain', 'release', 'free', 'grant', 'stay', 'bail']);
const refusingVerbs = new Set(['refuse', 'deny']);
const jailingVerbs = new Set(['jail', 'imprison', 'incarcerate']);

/** The custody a verb at `index` tells of, if any. */
export function custodyAt(tokens: readonly Token[], index: number): CustodyState | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  if (jailingVerbs.has(token.lemma)) return { side: heldInCustody, last: index };
  const grants = freeingVerbs.has(token.lemma);
  const holds = holdingVerbs.has(token.lemma);
  const refuses = refusingVerbs.has(token.lemma);
  if (!grants && !holds && !refuses) return undefined;
  let person: number | undefined;
  let preposition = false;
  for (let at = index + 1; at <= index + 4; at += 1) {
    const word = tokens[at];
    if (!word) return undefined;
    // wink reads "on bail" as a verb now and then.
    if ((word.pos === 'PUNCT' || word.pos === 'VERB' || word.pos === 'AUX') && word.lower !== 'bail') return undefined;
    // "remain in custody" is held, as "remain on bail" is free.
    const staying = token.lemma === 'remain' || token.lemma === 'stay';
    if (word.lower === 'custody' && (holds || staying) && ['in', 'into'].includes(tokens[at - 1]?.lower ?? '')) {
      return { side: heldInCustody, last: at, ...(person === undefined ? {} : { person }) };
    }
    if (word.lower === 'bail') {
      const side = refuses ? heldInCustody : grants ? freeOnBail : undefined;
      return side ? { side, last: at, ...(person === undefined ? {} : { person }) } : undefined;
    }
    // "took him into custody", not "police" in "into police custody".
    if (word.pos === 'ADP') preposition = true;
    if (person === undefined && !preposition && ['PROPN', 'PRON', 'NOUN'].includes(word.pos)) person = at;
  }
  return undefined;
}

import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether an accused admitted the charges or was convicted at a trial: "pleaded guilty", "admitted nine offences"
// against "was found guilty of eight charges". One who pleaded guilty was not found guilty by a court that heard
// the case (contraries.ts); "pleaded not guilty" and "denied the charges" deny the plea. Court reports of any kind.

/** The side "pleaded guilty" and "admitted the offences" stand for. */
export const pleadedGuilty = senseFamily('pleadguilty');
/** The side "was found guilty" stands for. */
export const foundGuilty = senseFamily('foundguilty');

export interface Plea {
  side: string;
  /** Index of the last word of the phrase ("guilty", "offences" in "admitted nine offences"). */
  last: number;
  /** "pleaded not guilty", "denied the charges". */
  denied: boolean;
  /** Said only in the passive: "was found guilty". */
  needsPassive: boolean;
}

const chargeWords = new Set(['offence', 'offences', 'offense', 'offenses', 'charge', 'charges', 'count', 'counts']);
const beforeCharge = new Set(['DET', 'NUM', 'ADJ']);

/** The plea or verdict a verb at `index` tells of, if any. */
export function pleaAt(tokens: readonly Token[], index: number): Plea | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  const next = tokens[index + 1]?.lower;
  if (token.lemma === 'plead') {
    if (next === 'guilty') return { side: pleadedGuilty, last: index + 1, denied: false, needsPassive: false };
    if (next !== 'not' || tokens[index + 2]?.lower !== 'guilty') return undefined;
    return { side: pleadedGuilty, last: index + 2, denied: true, needsPassive: false };
  }
  if (token.lemma === 'find' && next === 'guilty') {
    return { side: foundGuilty, last: index + 1, denied: false, needsPassive: true };
  }
  if (token.lemma !== 'admit' && token.lemma !== 'deny') return undefined;
  // "admitted nine offences of failing to comply", "denied all the charges".
  for (let at = index + 1; at <= index + 4; at += 1) {
    const word = tokens[at];
    if (!word) return undefined;
    if (chargeWords.has(word.lower)) {
      return { side: pleadedGuilty, last: at, denied: token.lemma === 'deny', needsPassive: false };
    }
    if (!beforeCharge.has(word.pos)) return undefined;
  }
  return undefined;
}

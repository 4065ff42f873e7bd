import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether someone who holds a post was sent away from it for now: "has been suspended on full pay", "suspended
// pending an inquiry", "placed on leave", "put on gardening leave". Kept in post but off duty, which is neither
// resigning nor being sacked (contraries.ts): "the director has been suspended" / "was sacked within hours" tell
// two outcomes. Said only of a person (predicateClaims.ts): a search, a service or a licence suspended is stopped
// for a while (permanence.ts).

/** The side "was suspended" and "placed on leave" stand for; a word of its own, since "suspend" stops services too. */
export const suspendedFromPost = senseFamily('onleave');

export interface Suspension {
  side: string;
  /** Index of the last word of the phrase ("suspended", "leave" in "placed on paid leave"). */
  last: number;
}

const placingVerbs = new Set(['place', 'put', 'send']);

/** The suspension a verb at `index` tells of, if any. */
export function suspensionAt(tokens: readonly Token[], index: number): Suspension | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  if (token.lemma === 'suspend') return { side: suspendedFromPost, last: index };
  if (!placingVerbs.has(token.lemma) || tokens[index + 1]?.lower !== 'on') return undefined;
  // "placed on leave", "put on paid leave", "sent on gardening leave".
  for (let at = index + 2; at <= index + 3; at += 1) {
    if (tokens[at]?.lower === 'leave') return { side: suspendedFromPost, last: at };
    if (tokens[at]?.pos !== 'ADJ' && tokens[at]?.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

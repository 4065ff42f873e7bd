import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether a place or service is open as the article is written: "The emergency department remains open to walk-in
// patients", "is still open", "will stay open" against "has been closed since Friday", "is shut until further
// notice", "remains closed". One thing is not both at once (contraries.ts). Only a state now or ahead counts: "was
// closed on Tuesday" and "reopened on Thursday" may both be true a day apart, and "will open on Monday" is an
// event, not a state.

/** The side "remains open" stands for; a word of its own, since "open" and "close" are also events. */
export const openNow = senseFamily('nowopen');
/** The side "has been closed" and "is shut" stand for. */
export const closedNow = senseFamily('nowshut');

export interface OpenState {
  side: string;
  /** Index of the verb the subject stands before: "remains" of "remains open", the word itself after "is". */
  verb: number;
}

const stateWords = new Map([
  ['open', openNow],
  ['closed', closedNow],
  ['shut', closedNow],
]);
const stayingVerbs = new Set(['remain', 'stay']);
// "is closed", "has been shut", "will be open": forms of "be" that tell the present or what lies ahead.
const pastForms = new Set(['was', 'were', 'had']);

/** The open or closed state the word at `index` gives, if a form of "be", "remain" or "stay" links it now. */
export function openStateAt(tokens: readonly Token[], index: number): OpenState | undefined {
  const token = tokens[index];
  const side = token ? stateWords.get(token.lower) : undefined;
  if (!token || !side || (token.pos !== 'ADJ' && token.pos !== 'VERB')) return undefined;
  // "closed off" is a cordon round a scene, not a place shut to the public.
  if (tokens[index + 1]?.lower === 'off') return undefined;
  let link = index - 1;
  while (tokens[link]?.pos === 'ADV' || tokens[link]?.pos === 'PART') link -= 1;
  const linking = tokens[link];
  if (!linking) return undefined;
  if (linking.pos === 'VERB' && stayingVerbs.has(linking.lemma)) return { side, verb: link };
  if (linking.pos !== 'AUX' || linking.lemma !== 'be') return undefined;
  for (let at = link; ['AUX', 'ADV', 'PART'].includes(tokens[at]?.pos ?? ''); at -= 1) {
    if (pastForms.has(tokens[at]?.lower ?? '')) return undefined;
  }
  return { side, verb: index };
}

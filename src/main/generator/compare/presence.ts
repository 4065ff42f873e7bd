import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether someone was there to watch over a place: "No guard was on duty overnight", "with NO lifeguard on duty"
// against "A security guard was on site at the time". Who was on duty, on site or on shift is disputed after
// thefts, drownings, crushes and fires alike. What changed over time ("no officers were on site until 3am",
// "arrived within minutes") is another moment, not a contradiction, so such sentences are not read.

/** The verb a presence claim stands for. */
export const onDuty = senseFamily('onduty');

export interface Presence {
  /** Index of the head noun of who was, or was not, there. */
  head: number;
  /** Index of the last word of the presence phrase ("duty"). */
  last: number;
  /** Index of the first word of the verb chain, or of the phrase when there is no verb ("NO guard on duty"). */
  first: number;
  negated: boolean;
}

const placesOfDuty = new Set(['duty', 'site', 'shift', 'patrol', 'hand', 'premises']);
const changesOverTime = new Set(['until', 'within', 'after', 'later', 'before', 'arrive', 'since', 'once']);
const negators = new Set(['not', "n't", 'never']);

/** The presence the word at `index` ("on" of "on duty", or "present") tells of, if any. */
export function presenceAt(tokens: readonly Token[], index: number): Presence | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  let last = index;
  if (token.lower === 'on') {
    const place = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1;
    // "a car park on the site of the old mill" tells where a thing stands.
    if (!placesOfDuty.has(tokens[place]?.lower ?? '') || tokens[place + 1]?.lower === 'of') return undefined;
    last = place;
  } else if (token.lower !== 'present' || tokens[index - 1]?.pos !== 'AUX') {
    return undefined;
  }
  if (tokens.some((word) => changesOverTime.has(word.lower) || changesOverTime.has(word.lemma))) return undefined;
  let at = index - 1;
  let negated = false;
  while (tokens[at]?.pos === 'ADV' && !negators.has(tokens[at]?.lower ?? '')) at -= 1;
  while (tokens[at]?.pos === 'AUX' || negators.has(tokens[at]?.lower ?? '')) {
    if (negators.has(tokens[at]?.lower ?? '')) negated = true;
    at -= 1;
  }
  const first = at + 1;
  const head = tokens[at];
  if (head?.pos !== 'NOUN') return undefined;
  return { head: at, last, first, negated };
}

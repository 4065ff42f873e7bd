import type { Token } from './lineTokens.ts';

// "Four people were seriously injured" counts other people than "Twenty people were injured": the badly hurt are
// a count of their own, which outlets give apart ("six of them with serious injuries", "seven were critically
// injured", "two are in a critical condition"). Earthquakes, crashes, fires and attacks all report both.

/** The unit of a count of the badly hurt, kept apart from `injured`. */
export const seriouslyInjured = 'seriously injured';

const severeWords = new Set([
  'serious',
  'seriously',
  'critical',
  'critically',
  'severe',
  'severely',
  'life-threatening',
  'gravely',
]);

/** Words after a figure that may still tell its severity: "six of them with serious injuries", "Two men remain in
 * hospital in a serious but stable condition". */
const reach = 8;

/** Whether the clause after a count of the injured, or of people "in a critical condition", calls them badly hurt. */
export function countsSeriouslyInjured(tokens: readonly Token[], valueLast: number, injured: boolean): boolean {
  for (let at = valueLast + 1; at <= valueLast + reach && at < tokens.length; at += 1) {
    const token = tokens[at];
    if (!token || token.pos === 'CCONJ' || (token.pos === 'PUNCT' && token.text !== '-')) return false;
    if (fightingForLife(tokens, at)) return true;
    if (!severeWords.has(token.lower)) continue;
    // A person counted by who they are ("two people") is badly hurt only "in a serious condition".
    return injured || tokens[at + 1]?.lower === 'condition';
  }
  return false;
}

// "three were last night fighting for their lives": a tabloid's words for a critical condition.
function fightingForLife(tokens: readonly Token[], at: number): boolean {
  return (
    /^fight/.test(tokens[at]?.lower ?? '') &&
    tokens[at + 1]?.lower === 'for' &&
    /^(?:their|his|her)$/.test(tokens[at + 2]?.lower ?? '') &&
    /^li(?:fe|ves)$/.test(tokens[at + 3]?.lower ?? '')
  );
}

import type { Token } from './lineTokens.ts';
import { isClauseBreak } from './eventSubject.ts';

// "A portable radioactive gauge stolen with a van from a building site ... was found on Sunday", "A nuclear density
// gauge stolen from a housing site in Garstow on 17 October has been recovered": a participle right after the
// subject's noun, then a preposition, opens a clause of its own, the subject's earlier story, which the sentence's
// own verb follows. Its words and a date outside it tell two events, and a date inside it dates only the clause.

export interface ParticipleClause {
  first: number;
  last: number;
}

export function participleClauses(tokens: readonly Token[]): ParticipleClause[] {
  const clauses: ParticipleClause[] = [];
  for (let at = 1; at < tokens.length; at += 1) {
    const verb = tokens[at];
    if (!verb || verb.pos !== 'VERB' || !/(ed|en)$/.test(verb.lower)) continue;
    if (tokens[at - 1]?.pos !== 'NOUN' || tokens[at + 1]?.pos !== 'ADP') continue;
    // The participle is the clause's first verb: "Police said the gauge stolen ..." is no subject's clause.
    if (tokens.slice(0, at).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) continue;
    const last = lastOfClause(tokens, at + 1);
    if (last !== undefined) clauses.push({ first: at, last });
  }
  return clauses;
}

// The clause runs to the sentence's own verb, which must follow before any break: without it the participle was
// the sentence's verb ("The council approved on Monday ...").
function lastOfClause(tokens: readonly Token[], from: number): number | undefined {
  for (let at = from; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (!token || isClauseBreak(token.text) || ['that', 'which', 'who'].includes(token.lower)) return undefined;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !/(ed|en|ing)$/.test(token.lower))) {
      return at - 1 > from ? at - 1 : undefined;
    }
  }
  return undefined;
}

/** Tokens a date at `first`..`last` does not date: a participle clause it is outside of, or what follows the one it is in. */
export function outsideItsClause(
  clauses: readonly ParticipleClause[],
  first: number,
  last: number,
): (index: number) => boolean {
  const inside = clauses.find((clause) => first >= clause.first && last <= clause.last);
  if (inside) return (index) => index > inside.last;
  return (index) => clauses.some((clause) => index >= clause.first && index <= clause.last);
}

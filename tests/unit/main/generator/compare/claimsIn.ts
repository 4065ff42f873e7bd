import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findPredicateClaims } from '../../../../../src/main/generator/compare/predicateClaims.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Readers for the tests of claims stated and denied: the predicate claims of one line, and the claim disagreements
// of a small written set, by their facts' wording.

/** Each predicate claim of one line: the thing, the verb as written and whether it is denied. */
export function claimsIn(text: string): { thing: string; verb: string; denied: boolean }[] {
  return sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findPredicateClaims(sentence))
    .map((claim) => ({ thing: claim.phraseText, verb: claim.verbText, denied: claim.denied }));
}

/** The wording of each claim disagreement a small written set gives. */
export function disputedClaims(texts: Record<string, string>): string[] {
  return findFacts(articlesOf(texts), everyLine)
    .disagreements.filter((fact) => fact.kind === 'claim')
    .map((fact) => fact.fact);
}

import type { Attribution } from './attributions.ts';
import { wordsOf, type RuleFinding, type SentenceReading, type SentenceRule } from './sentenceRule.ts';
import { isWord, isWordIn } from './wordForms.ts';

// The clean cases: a claim that says who makes it, by name or title ("Kremlin foreign policy adviser Yury
// Ushakov stressed"), by organisation (", BBC News reported.") or by document ("the statement said", "a document
// leaked to Spanish newspaper El Pais showed"). Students need these as much as the unsupported ones, so that
// they learn to tell a sourced claim from an unsourced one rather than to distrust every sentence.

/**
 * Verbs that report what someone did rather than what they hold true: "Putin urged NATO to halt", "Beijing
 * expressed concern". With a quotation or a "that" clause they carry a claim again ("called the concerns
 * "legitimate"", "warned China that ...").
 */
const actVerbs = new Set([
  'urge',
  'ask',
  'call',
  'express',
  'voice',
  'pledge',
  'vow',
  'threaten',
  'criticise',
  'criticize',
  'condemn',
  'denounce',
  'lambast',
  'dismiss',
  'reject',
  'blame',
  'question',
  'doubt',
  'hint',
  'signal',
  'tweet',
  'post',
  'cite',
  'quote',
]);

function bestNamed(attributions: readonly Attribution[]): Attribution | undefined {
  return attributions
    .filter((a) => a.verdict.kind === 'named')
    .reduce<Attribution | undefined>(
      (best, a) => (!best || a.verdict.specificity > best.verdict.specificity ? a : best),
      undefined,
    );
}

/** The most specific named source in the writer's words: a name beats "the data" in "The data showed ..., the
 * Labor Department said". */
function namedSource({ sentence, attributions }: SentenceReading): RuleFinding | undefined {
  const named = bestNamed(attributions);
  if (!named) return undefined;
  return {
    score: 3,
    reason: `the claim names its source: "${wordsOf(sentence, named.source)}" (${named.verdict.reason})`,
    source: named.source,
  };
}

/** "Putin and Xi urged NATO to rule out expansion": a named actor doing something is no sourced claim. */
function actNotClaim({ sentence, attributions }: SentenceReading): RuleFinding | undefined {
  const named = bestNamed(attributions);
  if (!named || named.form !== 'speaker') return undefined;
  const tokens = sentence.tokens;
  const verb = tokens[named.marker];
  if (!isWordIn(verb, actVerbs)) return undefined;
  // Only words quoted after the verb are what the source said; "the ‘One-China’ principle" before it is a name.
  const quotes = tokens.slice(named.marker + 1).some((t) => t.quoted && t.pos !== 'PUNCT');
  const thatClause = isWord(tokens[named.marker + 1], 'that');
  if (quotes || thatClause) return undefined;
  return { score: -3, reason: `"${verb?.text}" reports what the source did, not a claim it makes` };
}

/** Read top to bottom; a sentence is a supported claim when their scores reach the threshold. */
export const supportedClaimRules: readonly SentenceRule[] = [
  { name: 'named source', test: namedSource },
  { name: 'act, not claim', test: actNotClaim },
];

export const supportedClaimThreshold = 3;

import type { RuleFinding, SentenceReading, SentenceRule } from './sentenceRule.ts';
import { isPunctuation } from './wordForms.ts';

// "Rumours and risks", "Likely causes", "Trouble at the spillway": a sub-heading names a topic and claims
// nothing, so a word in it that would mark a vague source or a guess in a sentence marks nothing there. A
// heading is short, has no verb of its own and does not end like a sentence.

const headingLength = 10;

// "What the mayor said", "How the study was run", "Why it matters": a question word opens a clause that names
// what the section below tells; the verb in it claims nothing.
const questionWords = new Set(['what', 'how', 'why', 'where', 'who', 'when']);

export function isHeading({ sentence }: SentenceReading): boolean {
  const words = sentence.tokens.filter((t) => !isPunctuation(t));
  if (words.length === 0 || words.length > headingLength) return false;
  if (/[.!?]["”’)]?$/u.test(sentence.text.trim())) return false;
  if (sentence.order === 0 && questionWords.has(words[0]?.lower ?? '')) return true;
  return !words.some((t) => !t.quoted && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/** Outweighs any cue found in a heading; a sentence says nothing unsupported unless it makes a claim. */
function headingMakesNoClaim(reading: SentenceReading): RuleFinding | undefined {
  if (!isHeading(reading)) return undefined;
  return { score: -5, reason: 'a short line without a verb is a heading, not a claim' };
}

export const headingRule: SentenceRule = { name: 'heading, not a claim', test: headingMakesNoClaim };

const termMaxWords = 3;
/** Words that end the main clause of a definition: "checking of a study ... before it appears in a journal". */
const clauseOpeners = new Set(['before', 'after', 'when', 'while', 'if', 'because', 'that', 'which', 'who', 'so']);

/**
 * "Peer review: checking of a study by independent experts", "Quorum: the smallest number of members who ...": a
 * glossary entry, a term of a few words and a colon, then a phrase without a verb of its own that says what the
 * term means. Its "by independent experts" names who does the thing defined, not anyone's claim.
 */
export function isDefinition({ sentence }: SentenceReading): boolean {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > termMaxWords || tokens.slice(0, colon).some((t) => t.quoted || isPunctuation(t))) {
    return false;
  }
  const first = tokens[colon + 1];
  if (!first || first.quoted || first.pos === 'PRON' || first.pos === 'PROPN' || first.text !== first.lower) {
    return false;
  }
  for (const token of tokens.slice(colon + 1)) {
    if (clauseOpeners.has(token.lower) || isPunctuation(token)) break;
    const participle = /(?:ing|ed|en)$/u.test(token.lower);
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !participle)) return false;
  }
  return true;
}

function definitionMakesNoClaim(reading: SentenceReading): RuleFinding | undefined {
  if (!isDefinition(reading)) return undefined;
  return { score: -5, reason: 'a term, a colon and what it means: a glossary entry, not a claim' };
}

export const definitionRule: SentenceRule = { name: 'definition, not a claim', test: definitionMakesNoClaim };

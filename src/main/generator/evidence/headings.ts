import type { RuleFinding, SentenceReading, SentenceRule } from './sentenceRule.ts';
import { isPunctuation } from './wordForms.ts';

// "Rumours and risks", "Likely causes", "Trouble at the spillway": a sub-heading names a topic and claims
// nothing, so a word in it that would mark a vague source or a guess in a sentence marks nothing there. A
// heading is short, has no verb of its own and does not end like a sentence.

const headingLength = 10;

export function isHeading({ sentence }: SentenceReading): boolean {
  const words = sentence.tokens.filter((t) => !isPunctuation(t));
  if (words.length === 0 || words.length > headingLength) return false;
  if (/[.!?]["”’)]?$/u.test(sentence.text.trim())) return false;
  return !words.some((t) => !t.quoted && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/** Outweighs any cue found in a heading; a sentence says nothing unsupported unless it makes a claim. */
function headingMakesNoClaim(reading: SentenceReading): RuleFinding | undefined {
  if (!isHeading(reading)) return undefined;
  return { score: -5, reason: 'a short line without a verb is a heading, not a claim' };
}

export const headingRule: SentenceRule = { name: 'heading, not a claim', test: headingMakesNoClaim };

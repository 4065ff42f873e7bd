import type { Attribution } from './attributions.ts';
import type { EvidenceSentence } from './sentenceTokens.ts';

// Every evidence decision is a sum of small rules that each look at one sentence and say what they saw, so a
// teacher who asks "why is this claim flagged?" gets the reasons, and a wrong decision points at one rule.

export interface CueSpan {
  /** First and last token of the words that triggered the rule, both included. */
  from: number;
  to: number;
}

/** A sentence as the rules see it: its words, and who it says is speaking (read once, shared by all rules). */
export interface SentenceReading {
  sentence: EvidenceSentence;
  attributions: Attribution[];
}

export interface RuleFinding {
  score: number;
  reason: string;
  cue?: CueSpan;
  /** For a supported claim: the words that name its source. */
  source?: CueSpan;
}

export interface SentenceRule {
  name: string;
  test: (reading: SentenceReading) => RuleFinding | undefined;
}

/** The exact words of a sentence from token `from` to token `to`, both included. */
export function wordsOf(sentence: EvidenceSentence, span: CueSpan): string {
  const first = sentence.tokens[span.from];
  const last = sentence.tokens[span.to];
  return first && last ? sentence.text.slice(first.start, last.end) : '';
}

import type { Fact, LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';

/** A fact the finder reports, with the reasons that made it a disagreement or an agreement. */
export interface FactFinding {
  fact: Fact;
  verdict: 'disagreement' | 'agreement';
  reasons: string[];
}

/** A sentence as a fact's value: its article, its line and its exact words. */
export function sentenceRef(sentence: ArticleSentence): LineRef {
  return { file: sentence.file, line: sentence.line, text: sentence.lineText.slice(sentence.start, sentence.end) };
}

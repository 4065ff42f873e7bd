import type { ArticleSentence } from './lineTokens.ts';

/** The words of a sentence from token `first` to token `last`, exactly as written in the line. */
export function wordsBetween(sentence: ArticleSentence, first: number, last: number): string {
  const head = sentence.tokens[first];
  const tail = sentence.tokens[last];
  if (!head || !tail || last < first) return '';
  return sentence.lineText.slice(head.start, tail.end);
}

/** The text with its first letter in capitals, for descriptions that start with a lower-case word. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

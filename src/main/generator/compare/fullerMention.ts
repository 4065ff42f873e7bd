import type { ArticleSentence } from './lineTokens.ts';

// Which of an article's mentions of one fact to show: the first, unless it is a heading and a sentence follows.
// "Next cruise cancelled" or "Amber warning" tells less than the sentence below it that says who did what.

/** The first mention, or the next when only the next is a whole sentence. */
export function fuller<M extends { sentence: ArticleSentence }>(first: M | undefined, next: M): M {
  if (!first) return next;
  return !endsSentence(first.sentence) && endsSentence(next.sentence) ? next : first;
}

function endsSentence(sentence: ArticleSentence): boolean {
  const text = sentence.lineText.slice(sentence.start, sentence.end).trimEnd();
  return /[.!?]["'”’]?$/.test(text);
}

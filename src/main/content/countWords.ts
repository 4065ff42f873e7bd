const words = new Intl.Segmenter('en', { granularity: 'word' });

/** Words as a reader counts them: "100,000" and "NATO's" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

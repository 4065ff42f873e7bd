import type { ArticleSentence } from './lineTokens.ts';

// Much of Europe writes "4,1" for four point one and "1420" for one thousand four hundred and twenty, and a
// translated edition keeps that house style. An article writes decimal commas when it has a figure with one or two
// digits after a comma ("4,1 days", "3,2 %"), which no thousands separator can give, and no figure grouped in
// threes with commas ("1,240"), which only an English house style gives. Its figures with a comma are then read
// as decimals.

const decimalOnly = /^\d+,\d{1,2}$/;
const groupedInThrees = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Marks the figures of articles written with decimal commas, so `readNumeral` reads "4,1" as 4.1. */
export function markDecimalCommas(sentences: readonly ArticleSentence[]): void {
  const byFile = new Map<string, ArticleSentence[]>();
  for (const sentence of sentences) {
    const list = byFile.get(sentence.file);
    if (list) list.push(sentence);
    else byFile.set(sentence.file, [sentence]);
  }
  for (const own of byFile.values()) {
    const figures = own.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'number'));
    if (!figures.some((token) => decimalOnly.test(token.text))) continue;
    if (figures.some((token) => groupedInThrees.test(token.text))) continue;
    for (const token of figures) if (/^\d+,\d+$/.test(token.text)) token.decimalComma = true;
  }
}

import type { ArticleSentence, Token } from './lineTokens.ts';

// Much of Europe writes "4,1" for four point one and "1420" for one thousand four hundred and twenty, and a
// translated edition keeps that house style. An article writes decimal commas when it has a figure with one or two
// digits after a comma ("4,1 days", "3,2 %"), which no thousands separator can give, and no figure grouped in
// threes with commas ("1,240"), which only an English house style gives. Its figures with a comma are then read
// as decimals.
// The same house style groups thousands with a space ("41 209 votes", "1 416 ballot papers", "3 000 persons"),
// which wink reads as two figures. An article without an English "1,240" joins a figure of one to three digits and
// the groups of exactly three digits one space after it into one figure.

const decimalOnly = /^\d+,\d{1,2}$/;
const groupedInThrees = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const leadingGroup = /^\d{1,3}$/;
const nextGroup = /^\d{3}$/;
/** One space between groups: plain, no-break or thin. */
const groupSpace = /^[ \u00a0\u202f\u2009]$/;

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
    if (figures.some((token) => groupedInThrees.test(token.text))) continue;
    for (const sentence of own) joinSpacedThousands(sentence);
    if (!figures.some((token) => decimalOnly.test(token.text))) continue;
    for (const token of figures) if (/^\d+,\d+$/.test(token.text)) token.decimalComma = true;
  }
}

// "41 209": one token for the figure, its text the exact span of the line, so offsets still point into it.
function joinSpacedThousands(sentence: ArticleSentence): void {
  const tokens = sentence.tokens;
  for (let at = 0; at < tokens.length; at += 1) {
    const head = tokens[at];
    if (!head || head.kind !== 'number' || !leadingGroup.test(head.text)) continue;
    // "in 2019 400 people": a figure after another figure of one to three digits is not a thousands group either.
    if (
      tokens[at - 1]?.kind === 'number' &&
      groupSpace.test(sentence.lineText.slice(tokens[at - 1]?.end, head.start))
    ) {
      continue;
    }
    let last = at;
    while (joinsGroup(sentence, tokens[last], tokens[last + 1])) last += 1;
    if (last === at) continue;
    const tail = tokens[last] as Token;
    tokens.splice(at, last - at + 1, { ...head, text: sentence.lineText.slice(head.start, tail.end), end: tail.end });
  }
}

function joinsGroup(sentence: ArticleSentence, token: Token | undefined, next: Token | undefined): boolean {
  if (!token || !next || next.kind !== 'number' || !nextGroup.test(next.text)) return false;
  // "13 620.5" or "13 6205" are not groups: the group ends the figure.
  return groupSpace.test(sentence.lineText.slice(token.end, next.start));
}

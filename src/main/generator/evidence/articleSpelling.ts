import type { EvidenceSentence, Token } from './sentenceTokens.ts';

// The first word of a sentence is capitalised whatever it is, and wink tags it a name, so "Kremlin officials
// said" and "Health officials said" look alike there. How the same article writes the word elsewhere tells them
// apart, as it tells a reader: "the Kremlin" mid-sentence is a name, "public health" is an everyday word.

export interface ArticleSpelling {
  /** Lower-cased words the article writes capitalised in the middle of a sentence. */
  capitalised: ReadonlySet<string>;
  /** Lower-cased words the article writes in lower case. */
  lowercase: ReadonlySet<string>;
}

/** Headlines in title case capitalise every word, so they say nothing about which words are names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.slice(1).filter((t) => /^\p{L}{4,}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return words.length > 0 && capitalised * 2 > words.length;
}

/** A word that stands where capitals are not due: not first, not after a full stop, colon or quotation mark. */
function isMidSentence(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && (before.pos !== 'PUNCT' || before.lower === ',');
}

export function readArticleSpelling(sentences: readonly EvidenceSentence[]): ArticleSpelling {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  for (const { tokens } of sentences) {
    if (isTitleCase(tokens)) continue;
    tokens.forEach((token, at) => {
      if (!/^\p{L}+$/u.test(token.text)) return;
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(token.lower);
      else if (isMidSentence(tokens, at)) capitalised.add(token.lower);
    });
  }
  return { capitalised, lowercase };
}

/** true: the article writes the word as a name; false: as an everyday word; undefined: it does not say. */
export function spelledAsName(spelling: ArticleSpelling | undefined, lower: string): boolean | undefined {
  if (!spelling) return undefined;
  const asName = spelling.capitalised.has(lower);
  const asWord = spelling.lowercase.has(lower);
  return asName === asWord ? undefined : asName;
}

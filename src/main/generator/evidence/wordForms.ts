import type { Token } from './sentenceTokens.ts';

// Word lists in this folder hold dictionary forms ("allege", "analyst"); each token carries the forms it may
// stand for (see sentenceTokens.ts), so "Alleged" and "Officials" match even when wink takes them for names.

// A plain loop: every rule asks this of every word, and a callback per question cost more than the lookups.
export function isWordIn(token: Token | undefined, words: ReadonlySet<string>): boolean {
  if (token === undefined) return false;
  for (const form of token.forms) if (words.has(form)) return true;
  return false;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && (words.includes(token.lower) || words.includes(token.lemma));
}

/** Not/n't/never, the words that turn a verb around. "Not only" and "not just" add rather than deny. */
export function isNegation(token: Token | undefined, next: Token | undefined): boolean {
  if (!token) return false;
  if (token.lower === 'not' || token.lower === "n't" || token.lower === 'n’t' || token.lemma === 'not') {
    return !isWord(next, 'only', 'just', 'merely');
  }
  return token.lower === 'never' || token.lower === 'neither' || token.lower === 'nor';
}

export function isPunctuation(token: Token | undefined): boolean {
  return token?.pos === 'PUNCT' || token?.pos === 'SYM';
}

export function isNounLike(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' || token?.pos === 'PROPN';
}

/** Capitalised and not the first word of the sentence: a sign of a name when wink's tag is unsure. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}

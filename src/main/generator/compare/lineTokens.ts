import type { ArticleLine, ArticleText } from '../articleText.ts';
import { lineDoc } from '../lineDoc.ts';
import { isStopword, senseFamily } from './wordFamily.ts';
import { phrasalMeaning } from './phrasalVerbs.ts';
import { markDecimalCommas } from './decimalCommas.ts';

// One pass of the NLP engine per article line gives every finder the same located tokens, so each finding can
// point at exact words in the line and nothing is parsed twice.

export interface Token {
  /** As written in the line. */
  text: string;
  /** Offsets into the line's text. */
  start: number;
  end: number;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag from wink (NOUN, PROPN, NUM, ...). */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, ordinal, symbol, ... */
  kind: string;
  /** Word family with synonyms folded; empty for function words, punctuation and numbers. */
  sense: string;
  /** Inside the scope of a negation ("do not have a formal alliance"), as wink marks it. */
  negated: boolean;
  spaceBefore: boolean;
  /** A figure such as "4,1" in an article that writes decimal commas (`decimalCommas.ts`): four point one. */
  decimalComma?: boolean;
}

/** A hyphen with no space on either side, joining the word before it to the one after ("clean-up", "cost-cutting"). */
export function hyphenJoins(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  const next = tokens[at + 1];
  return hyphen?.text === '-' && !hyphen.spaceBefore && next !== undefined && !next.spaceBefore;
}

export interface ArticleSentence {
  file: string;
  line: number;
  lineText: string;
  /** Offsets of the sentence in the line. */
  start: number;
  end: number;
  tokens: Token[];
  /** Position in the set, so findings sort in reading order. */
  order: number;
}

/** Every sentence of every article line that `isArticleLine` keeps, in reading order. */
export function readSentences(
  articles: ArticleText[],
  isArticleLine: (file: string, line: number) => boolean,
): ArticleSentence[] {
  const byLine: ArticleSentence[][] = [];
  for (const article of articles) {
    for (const line of article.lines) {
      if (isArticleLine(line.file, line.line)) byLine.push(sentencesOfLine(line.file, line.line, line.text, line));
    }
  }
  const sentences = sentenceCasedTitles(byLine).flat();
  sentences.forEach((sentence, order) => (sentence.order = order));
  commonNounsAtSentenceStart(sentences);
  markDecimalCommas(sentences);
  return sentences;
}

/**
 * "Dam Breach Forces Hundreds From Homes", "Harl Dam Held, Officials Say": in a headline written in Title Case wink
 * takes every word for a name, so no verb, thing or count is found there. Such a line is read again as if written
 * in sentence case: a capitalised word goes to lower case unless the set writes it only capitalised inside its
 * sentences ("Kelvick", "Holt"). The line's own text, and so every value found in it, stays as written.
 */
export function sentenceCasedTitles(byLine: readonly ArticleSentence[][]): ArticleSentence[][] {
  const lowerCase = new Set<string>();
  const capitalised = new Set<string>();
  const titles: number[] = [];
  byLine.forEach((sentences, at) => {
    if (isTitleCase(sentences[0]?.lineText ?? '')) {
      titles.push(at);
      return;
    }
    for (const sentence of sentences) {
      sentence.tokens.forEach((token, index) => {
        if (token.kind !== 'word') return;
        if (/^\p{Ll}/u.test(token.text)) lowerCase.add(token.lower);
        else if (index > 0 && /^\p{Lu}\p{Ll}/u.test(token.text)) capitalised.add(token.lower);
      });
    }
  });
  const isName = (word: string): boolean => capitalised.has(word) && !lowerCase.has(word);
  const recased = byLine.map((sentences) => withoutShouting(sentences, lowerCase));
  for (const at of titles) {
    const first = byLine[at]?.[0];
    if (!first) continue;
    const line = first.lineText;
    // "Russia's President Vladimir Putin and China's President Xi Jinping in Beijing" is names, not a headline.
    const long = (line.match(/\p{L}{4,}/gu) ?? []).map((word) => word.toLowerCase());
    if (long.filter(isName).length * 2 > long.length) continue;
    const cased = line.replace(/\p{Lu}\p{Ll}[\p{L}'’]*/gu, (word) => {
      const lower = word.toLowerCase();
      return isName(lower) || lower.length !== word.length ? word : lower;
    });
    if (cased === line) continue;
    recased[at] = sentencesOfLine(first.file, first.line, cased).map((sentence) => ({ ...sentence, lineText: line }));
  }
  return recased;
}

// "FURIOUS families were left ... for 14 HOURS", "Ravel BANNED for four years": a tabloid shouts words wink then
// takes for names, so "14 HOURS" counts nothing. A shouted word the set also writes in lower case ("hours") is read
// in lower case (capitalised where a sentence starts); acronyms ("LADA", "NATO") are never written so and stay.
function withoutShouting(sentences: ArticleSentence[], lowerCase: ReadonlySet<string>): ArticleSentence[] {
  const first = sentences[0];
  if (!first || !/\p{Lu}{4}/u.test(first.lineText)) return sentences;
  const line = first.lineText;
  const quiet = line.replace(/(?<![\p{L}\d])\p{Lu}{4,}(?![\p{L}\d])/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (!lowerCase.has(lower)) return word;
    return /^\s*$|[.!?:]\s*$/u.test(line.slice(0, at)) ? word.charAt(0) + lower.slice(1) : lower;
  });
  if (quiet === line) return sentences;
  return sentencesOfLine(first.file, first.line, quiet).map((sentence) => ({ ...sentence, lineText: line }));
}

// Most words of four letters or more capitalised, and at least three of them: a Title Case headline.
function isTitleCase(line: string): boolean {
  if (/[.!?]["”’']?\s*$/.test(line)) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  const capitalisedWords = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalisedWords >= words.length * 0.85;
}

/**
 * wink tags a capitalised first word as a proper noun: "Schools in the district will reopen", "Residents were
 * ordered to leave". A single capitalised word that the set also writes in lower case is a common noun, and so is
 * one that only ever opens sentences (`onlyOpensSentences`).
 */
export function commonNounsAtSentenceStart(sentences: readonly ArticleSentence[]): void {
  const lowerCase = sensesWrittenInLowerCase(sentences);
  // Names come back inside sentences: "Dr Anika Treloar, chief executive" after "Treloar said".
  const capitalisedInside = new Set<string>();
  for (const sentence of sentences) {
    const opening = sentence.tokens.findIndex((token) => token.kind === 'word');
    sentence.tokens.forEach((token, at) => {
      if (at !== opening && /^\p{Lu}/u.test(token.text)) capitalisedInside.add(token.lower);
    });
  }
  for (const sentence of sentences) {
    const at = sentence.tokens.findIndex((token) => token.kind === 'word');
    const first = sentence.tokens[at];
    const next = sentence.tokens[at + 1];
    if (!first || first.pos !== 'PROPN' || next?.pos === 'PROPN') continue;
    if (!lowerCase.has(first.sense) && !onlyOpensSentences(first, next, capitalisedInside)) continue;
    first.pos = 'NOUN';
  }
}

/** The word families the set writes in lower case somewhere: common words, whatever case opens a sentence. */
export function sensesWrittenInLowerCase(sentences: readonly ArticleSentence[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) if (token.sense && /^\p{Ll}/u.test(token.text)) found.add(token.sense);
  }
  return found;
}

// "Mums-to-be waiting to be induced", "Parents were told": a word the set writes capitalised only where a
// sentence starts is no name either, unless it is one word before a verb, as a surname is ("Moreau wept"); a
// plural is no surname ("Farmers lost crops").
function onlyOpensSentences(first: Token, next: Token | undefined, capitalisedInside: ReadonlySet<string>): boolean {
  if (capitalisedInside.has(first.lower)) return false;
  return /[^s]s$/.test(first.lower) || next?.pos !== 'VERB';
}

const relativeWords = new Set(['who', 'which']);

/**
 * The sentences of one line with their tokens located in it. Given the set's own line (`source`), wink's reading
 * of it is shared with the evidence finder (`lineDoc.ts`).
 */
export function sentencesOfLine(file: string, line: number, lineText: string, source?: ArticleLine): ArticleSentence[] {
  const {
    values: texts,
    spaces,
    lemmas,
    tags,
    kinds,
    negations,
    sentences: spans,
  } = lineDoc(source?.text === lineText ? source : lineText);

  // Indexed like wink's tokens; a token that cannot be located in the line stays a hole.
  const tokens: (Token | undefined)[] = [];
  let cursor = 0;
  texts.forEach((text, index) => {
    const space = spaces[index] ?? '';
    let start = cursor + space.length;
    // wink keeps the text as written; if it ever does not, find the token rather than point at wrong words.
    if (lineText.slice(start, start + text.length) !== text) {
      const found = lineText.indexOf(text, cursor);
      if (found < 0) {
        tokens.push(undefined);
        return;
      }
      start = found;
    }
    const end = start + text.length;
    cursor = end;
    const kind = kinds[index] ?? 'word';
    tokens.push({
      text,
      start,
      end,
      lower: text.toLowerCase(),
      lemma: (lemmas[index] ?? text).toLowerCase(),
      pos: tags[index] ?? 'X',
      kind,
      sense: kind === 'word' ? senseOf(text, lemmas[index]) : '',
      negated: negations[index] === true,
      spaceBefore: space.length > 0 || start === 0,
    });
  });

  // "moved out", "gave way": the verb takes the family of the word the pair means.
  tokens.forEach((token, index) => {
    if (!token || token.pos !== 'VERB') return;
    const meaning = phrasalMeaning(token.lemma, tokens[index + 1]?.lower);
    if (meaning) token.sense = senseFamily(meaning);
  });

  // "it will close its factory": wink tags "close" an adjective; after a modal, a word is a verb.
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!token || token.pos !== 'AUX' || !modals.has(token.lower) || !next) return;
    if (next.pos === 'ADJ' || next.pos === 'NOUN') next.pos = 'VERB';
  });

  // "Marriott, who retired in April": wink tags "retired" an adjective; after "who" or "which", a past form is the
  // relative clause's verb.
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!token || !relativeWords.has(token.lower) || next?.pos !== 'ADJ' || !/[a-z]ed$/.test(next.text)) return;
    next.pos = 'VERB';
  });

  // "washing-machine factory", "the washing machines": a gerund that names a kind of thing is no happening.
  tokens.forEach((token, index) => {
    if (!token || token.pos !== 'VERB' || !token.lower.endsWith('ing')) return;
    const next = tokens[index + 1];
    const hyphened = next?.text === '-' && !next.spaceBefore && tokens[index + 2]?.pos === 'NOUN';
    const before = tokens[index - 1]?.pos;
    const modifier = next?.pos === 'NOUN' && (before === 'DET' || before === 'NUM' || before === 'ADJ');
    if (hyphened || modifier) token.pos = 'ADJ';
  });

  const sentences: ArticleSentence[] = [];
  for (const span of sentenceSpans(spans, tokens)) {
    const [first, last] = span;
    const own = tokens.slice(first, last + 1).filter((token): token is Token => token !== undefined);
    const head = own[0];
    const tail = own[own.length - 1];
    if (!head || !tail) continue;
    sentences.push({ file, line, lineText, start: head.start, end: tail.end, tokens: own, order: 0 });
  }
  return sentences;
}

/**
 * wink splits "at 4.15am on Sunday" after "4.", "Nordhalm Bank (NHB.CS) gained" after "NHB.", and runs "at around
 * 2am. The tank ..." into one sentence, since it reads "2am." as one token. A full stop with a letter or digit
 * right after it ends no sentence, so such sentences are joined again; and one is split after a clock time that
 * ends a sentence.
 */
function sentenceSpans(spans: readonly number[][], tokens: readonly (Token | undefined)[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const first = span[0] ?? 0;
    const last = span[1] ?? first;
    const previous = joined[joined.length - 1];
    const end = previous ? tokens[previous[1]] : undefined;
    const start = tokens[first];
    if (
      previous &&
      end &&
      start &&
      end.text.endsWith('.') &&
      start.start === end.end &&
      /^[\p{L}\d]/u.test(start.text)
    ) {
      previous[1] = last;
    } else joined.push([first, last]);
  }
  const split: [number, number][] = [];
  for (const [first, last] of joined) {
    let from = first;
    for (let at = first; at < last; at += 1) {
      const token = tokens[at];
      const next = tokens[at + 1];
      if (token && next && /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)\.$/i.test(token.text) && /^[\p{Lu}"“‘']/u.test(next.text)) {
        split.push([from, at]);
        from = at + 1;
      }
    }
    split.push([from, last]);
  }
  return split;
}

const modals = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);

// Irregular forms ("met", "said") only meet their family through the lemma; proper nouns keep their spelling.
// Most words recur across a set, so the answer is kept per spelling and lemma.
const senses = new Map<string, string>();
const numberedName = /^(\p{Lu}[\p{L}]+)-(?:\d+|[IVX]+)$/u;

function senseOf(text: string, lemma: string | undefined): string {
  const key = `${text}\u0000${lemma ?? ''}`;
  let sense = senses.get(key);
  if (sense === undefined) {
    // "VELA-3" / "VELA-III", "Artemis-2": a numbered name shares its stem's family, however the number is written.
    const word = numberedName.exec(text)?.[1] ?? (!lemma || /^[A-Z]/.test(text) ? text : lemma);
    sense = /\p{L}/u.test(text) && !isStopword(text) ? senseFamily(word) : '';
    if (senses.size > 200_000) senses.clear();
    senses.set(key, sense);
  }
  return sense;
}

import * as chrono from 'chrono-node';
import { eng as englishStopWords } from 'stopword';
import { findCues, type CueMatch } from './findCues.ts';

// Plain-text measurements of one line, taken once so every rule reads the same numbers. Nothing here decides
// anything: a rule turns a measurement into points and a reason.

export interface LineFeatures {
  text: string;
  words: string[];
  wordCount: number;
  /** Share of the words that are function words ("the", "of", "was"): prose has many, labels and menus few. */
  stopShare: number;
  /** Share of the words (that start with a letter, linking words like "of" aside) with a capital first letter. */
  capitalisedShare: number;
  /** Share of the words that are plain numbers ("4", "1", "2022"). */
  numberShare: number;
  allCapitals: boolean;
  /** Ends like a sentence: . ! or ? (after any closing quote or bracket), but not an ellipsis. */
  endsWithTerminal: boolean;
  /** Ends with "..." or "…": how teasers for other stories are cut off. */
  endsWithEllipsis: boolean;
  /** Share of the line's characters taken by dates and times; measured on short lines only. */
  dateShare: number;
  /** The first date or time found in a short line, as written. */
  dateText: string | undefined;
  /** Words of a short line outside its dates and times, time zones and linking words aside. */
  wordsBesideDates: number;
  /** A paragraph of running text: long, ends like a sentence, with a normal share of function words. */
  isProse: boolean;
  /** Crude stems of the content words, to compare a line's topic with the rest of the set. */
  contentStems: string[];
  /** The line reduced to lowercase letters, with every digit as 0, for spotting repeated lines. */
  repeatKey: string;
  /** Every chrome cue phrase found in the line (see findCues.ts), in family order. */
  cues: CueMatch[];
}

const stopWords = new Set(englishStopWords);

// Long enough that a teaser or a label rarely reaches it, short enough that most news paragraphs do.
export const proseMinWords = 12;
export const proseMinStopShare = 0.2;
// Dates are only looked for in short lines: a timestamp line is short, and chrono on every paragraph costs time.
const dateMaxWords = 15;
// Only labels are judged by being in capitals; longer lines need not be checked.
const capitalsMaxWords = 8;
// Five letters is enough to tell "Australia" and "Australian" are the same topic without a stemmer.
const stemLength = 5;
const minContentWordLength = 4;

// Letters and digits; the ASCII ranges are tried first because they are most of them and a plain range is checked
// far faster than a Unicode class (this pattern meets every character of every line).
const wordPattern = /(?:[a-zA-Z0-9]|[\p{L}\p{N}])+(?:['’.-](?:[a-zA-Z0-9]|[\p{L}\p{N}])+)*/gu;
const closingMark = /^["'”’»)\]\s]$/u;
const ellipsisEnd = /(?:\.{3,}|…)[.!?]*$/u;
const bareDuration = /^\W*\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\W*$/iu;
const possessive = /['’]s$/u;
const numberWord = /^[\p{N}.,:/-]+$/u;
const lettersOnly = /^\p{L}+$/u;

export function measureLine(text: string): LineFeatures {
  const trimmed = text.trim();
  const words = trimmed.match(wordPattern) ?? [];
  const wordCount = words.length;
  const counts = countWords(words);
  const letters = wordCount <= capitalsMaxWords ? trimmed.replace(/[^\p{L}]/gu, '') : '';
  const ending = withoutClosingMarks(trimmed);
  const endsWithEllipsis = ellipsisEnd.test(ending);
  const endsWithTerminal = !endsWithEllipsis && /[.!?]$/u.test(ending);
  const stopShare = wordCount === 0 ? 0 : counts.stop / wordCount;
  const dates = wordCount <= dateMaxWords ? measureDates(trimmed) : noDates;

  return {
    text: trimmed,
    words,
    wordCount,
    stopShare,
    capitalisedShare: counts.nameable === 0 ? 0 : counts.capitalised / counts.nameable,
    numberShare: wordCount === 0 ? 0 : counts.numbers / wordCount,
    allCapitals: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    endsWithTerminal,
    endsWithEllipsis,
    ...dates,
    isProse: wordCount >= proseMinWords && endsWithTerminal && stopShare >= proseMinStopShare,
    contentStems: counts.stems,
    repeatKey: repeatKey(trimmed),
    cues: findCues(trimmed, wordCount),
  };
}

/** The line without the quotes, brackets and spaces that close it; read from the end, not searched for. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && closingMark.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

// Words that link the parts of a name or a label ("Jennifer Rankin in Brussels", "Terms of Use"); they are
// neither counted for nor against a line being all capitalised words.
const linkingWords = new Set(['in', 'and', 'of', 'for', 'at', 'de', 'the', 'on', 'to', 'a']);

// One pass over the words, with character checks rather than a regular expression per word: this runs for
// every word of every article.
function countWords(words: readonly string[]): {
  stop: number;
  capitalised: number;
  nameable: number;
  numbers: number;
  stems: string[];
} {
  let stop = 0;
  let capitalised = 0;
  let nameable = 0;
  let numbers = 0;
  const stems = new Set<string>();
  for (const word of words) {
    const lower = possessive.test(word) ? word.slice(0, -2).toLowerCase() : word.toLowerCase();
    const first = word.charAt(0);
    const isLetter = first.toLowerCase() !== first.toUpperCase();
    if (stopWords.has(lower)) stop += 1;
    if (isLetter && !linkingWords.has(lower)) {
      nameable += 1;
      if (first !== first.toLowerCase()) capitalised += 1;
    }
    if (!isLetter && numberWord.test(word)) numbers += 1;
    if (lower.length >= minContentWordLength && !stopWords.has(lower) && lettersOnly.test(lower)) {
      stems.add(lower.slice(0, stemLength));
    }
  }
  return { stop, capitalised, nameable, numbers, stems: [...stems] };
}

type DateMeasures = Pick<LineFeatures, 'dateShare' | 'dateText' | 'wordsBesideDates'>;
const noDates: DateMeasures = { dateShare: 0, dateText: undefined, wordsBesideDates: 0 };
// Words that sit beside a date in a timestamp without making it anything else.
const dateCompanions = new Set(
  'on at am pm a.m p.m local time ist gmt utc bst cet cest et est edt pt pst pdt jst aest hrs h'.split(' '),
);

function measureDates(text: string): DateMeasures {
  // chrono reads a bare duration ("3 min") as a time from now; a reading time is not a timestamp.
  const found = chrono.parse(text).filter((result) => !bareDuration.test(result.text));
  if (found.length === 0) return noDates;
  let rest = text;
  let covered = 0;
  for (const result of found) {
    covered += result.text.length;
    rest = rest.replace(result.text, ' ');
  }
  const wordsBesideDates = (rest.match(wordPattern) ?? []).filter(
    (word) => !/^\p{N}/u.test(word) && !dateCompanions.has(word.toLowerCase()),
  ).length;
  return { dateShare: Math.min(1, covered / text.length), dateText: found[0]?.text, wordsBesideDates };
}

// Long lines repeat word for word or not at all; only short ones are worth normalising.
const normalisedKeyMaxLength = 200;

export function repeatKey(text: string): string {
  if (text.length > normalisedKeyMaxLength) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim();
}

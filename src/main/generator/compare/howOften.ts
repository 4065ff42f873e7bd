import type { ArticleSentence, Token } from './lineTokens.ts';
import { subjectOf } from './eventSubject.ts';
import type { AttributeMention } from './attributeFacts.ts';
import { valueOfNumberWord } from './numberWords.ts';

// How often something is done or taken: "a once-daily tablet", "a once-a-day pill", "one tablet a day", "taken
// daily", "twice a week", "every two weeks", "a weekly injection", "the council meets monthly". Each is a rate (times
// a day), and two articles giving one thing two rates disagree. What is done is the noun the phrase qualifies ("the
// once-daily tablet"), a dose form in the phrase or just before it ("taken as a tablet once a week"), or the subject
// of the verb it follows ("the ferry runs twice daily"). Pills and injections are kinds of dose of their own, so a
// daily pill and a monthly injection in one story are two things.

// Besides the number words (numberWords.ts): how many times, said in one word.
const timesWords: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3, 'a single': 1 };
const countOf = (word: string): number | undefined => timesWords[word] ?? valueOfNumberWord(word);
const periodDays: Readonly<Record<string, number>> = {
  day: 1,
  daily: 1,
  night: 1,
  nightly: 1,
  week: 7,
  weekly: 7,
  fortnight: 14,
  fortnightly: 14,
  month: 30,
  monthly: 30,
  year: 365,
  yearly: 365,
  annually: 365,
};
const doseForms: Readonly<Record<string, string>> = {
  tablet: 'pill',
  pill: 'pill',
  capsule: 'pill',
  dose: 'dose',
  injection: 'injection',
  jab: 'injection',
  shot: 'injection',
  infusion: 'injection',
};

// A figure counts only with "times": "$8 a month" and "£500 a week" are amounts, not how often.
const times =
  '(once|twice|thrice|one|two|three|four|five|six|a single|\\d+(?= times))(?:[- ](?:times?|tablets?|pills?|capsules?|doses?|injections?|jabs?|shots?))?';
const patterns: readonly RegExp[] = [
  // "once a day", "twice per week", "two tablets a day", "three times each month"
  new RegExp(`\\b${times}[- ](?:a|per|each|every)[- ](day|night|week|fortnight|month|year)\\b`, 'gi'),
  // "once-daily", "twice weekly"
  new RegExp(
    `\\b(once|twice|thrice|one|two|three|four)(?:[- ]times)?[- ](daily|nightly|weekly|fortnightly|monthly|yearly|annually)\\b`,
    'gi',
  ),
  // "every day", "every two weeks", "every other day"
  /\bevery[- ](?:(other|two|three|four|\d+)[- ])?(day|night|week|fortnight|month|year)s?\b/gi,
  // "daily", "weekly": only where a thing or a verb is given (read below)
  /\b(daily|nightly|weekly|fortnightly|monthly|yearly|annually)\b/gi,
];

/** Each "how often" a sentence gives, with what is done that often. */
export function findHowOften(sentence: ArticleSentence): AttributeMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const taken: [number, number][] = [];
  const found: AttributeMention[] = [];
  patterns.forEach((pattern, which) => {
    for (const match of text.matchAll(pattern)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const rate = rateOf(which, match);
      if (rate === undefined) continue;
      const first = sentence.tokens.findIndex((token) => token.end > start);
      let last = first;
      while (sentence.tokens[last + 1] && (sentence.tokens[last + 1]?.start ?? end) < end) last += 1;
      if (first < 0) continue;
      const thing = thingDone(sentence.tokens, first, last, which === 3);
      if (!thing) continue;
      taken.push([start, end]);
      found.push({
        sentence,
        attribute: 'how often',
        thing,
        values: [String(rate)],
        words: sentence.lineText.slice(start, end),
      });
    }
  });
  return found;
}

function rateOf(which: number, match: RegExpMatchArray): number | undefined {
  const lower = match.map((part) => part?.toLowerCase());
  if (which === 0 || which === 1) {
    const n = countOf(lower[1] ?? '') ?? Number(lower[1]);
    const days = periodDays[lower[2] ?? ''];
    return Number.isFinite(n) && days ? n / days : undefined;
  }
  if (which === 2) {
    const step = lower[1] === 'other' ? 2 : lower[1] ? (countOf(lower[1]) ?? Number(lower[1])) : 1;
    const days = periodDays[lower[2] ?? ''];
    return Number.isFinite(step) && days ? 1 / (step * days) : undefined;
  }
  const days = periodDays[lower[1] ?? ''];
  return days ? 1 / days : undefined;
}

const determiners = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that', 'his', 'her', 'one']);

// The noun after the phrase ("once-daily tablet"), a dose form inside or just before it ("one tablet a day", "as a
// tablet once a week"), or the subject of the verb it follows ("is taken daily", "meets twice a week"). A bare
// "daily" before a noun without a determiner names a kind of thing ("people who struggle with daily pills", "daily
// life"); "a weekly injection", "the daily briefing" are one thing.
function thingDone(tokens: readonly Token[], first: number, last: number, bare: boolean): string | undefined {
  for (let at = first; at <= last; at += 1) {
    const form = doseForms[tokens[at]?.lemma ?? ''];
    if (form) return form;
  }
  let head = last + 1;
  while (tokens[head]?.pos === 'ADJ' && head - last <= 2) head += 1;
  const after = tokens[head];
  if (after?.pos === 'NOUN' && (tokens[head + 1]?.pos !== 'NOUN' || head === last + 1)) {
    let noun = head;
    while (tokens[noun + 1]?.pos === 'NOUN') noun += 1;
    if (bare && !determiners.has(tokens[first - 1]?.lower ?? '')) return undefined;
    return doseForms[tokens[noun]?.lemma ?? ''] ?? tokens[noun]?.sense ?? undefined;
  }
  // "taken as a tablet once a week"
  for (let at = first - 1; at >= Math.max(0, first - 2); at -= 1) {
    const form = doseForms[tokens[at]?.lemma ?? ''];
    if (form) return form;
  }
  let verb = first - 1;
  while (
    verb >= 0 &&
    ['ADV', 'ADP', 'DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[verb]?.pos ?? '') &&
    first - verb <= 5
  ) {
    verb -= 1;
  }
  if (tokens[verb]?.pos !== 'VERB') return undefined;
  const subject = subjectOf(tokens, verb);
  const word = subject === undefined ? undefined : tokens[subject];
  if (!word || word.pos === 'PRON') return undefined;
  return doseForms[word.lemma] ?? (word.sense || undefined);
}

import * as chrono from 'chrono-node';
import type { ArticleSentence } from './lineTokens.ts';
import { weekdayNames } from '../calendarWords.ts';
import { clockPattern, readTimeOfDay, type TimeOfDay } from './timeOfDay.ts';

// When something happened, as an article writes it: a weekday ("on Friday"), a date ("September 15, 2021",
// "4/2/2022"), both ("Friday (4/2/2022)"), a month or a year, and the time of day ("Saturday night", "shortly
// after 4am", timeOfDay.ts). Relative words ("yesterday", "last year") count only against a known publication
// date. Only the parts the article states are kept, so "Friday" is compared as a weekday and never turned into a
// guessed calendar day; a day and month without a year get the year of the set's dates only to learn their
// weekday, which is how "Sunday, May 10" in a 2025 story is caught out (May 10, 2025 was a Saturday).

export type DateRelation = 'on' | 'since' | 'until' | 'before' | 'after';

export interface DateMention {
  sentence: ArticleSentence;
  /** As written, an exact substring of the line, without the leading "on"/"in" ("Friday (4/2/2022)"). */
  text: string;
  start: number;
  end: number;
  weekday?: number;
  day?: number;
  month?: number;
  year?: number;
  relation: DateRelation;
  /** The time of day the date states, if any ("Saturday night", "around 2am"). */
  time?: TimeOfDay;
  /** For a day and month written without a year: the year the publication date implies, to know its weekday. */
  impliedYear?: number;
  /** A weekday written beside a date that falls on another weekday ("Sunday, May 10" in 2025). */
  weekdayMismatch?: boolean;
}

export interface DateReferences {
  /** The article's own publication date, if its chrome gives one. */
  own?: Date;
  /** The set's middle publication date, for years and for telling 4/2 from 2/4. */
  set?: Date;
}

const worthParsing =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:this|last) (?:morning|afternoon|evening|night)\b|\b(?:last|next|this) year\b|\b(?:in|since|until|by|from|during) (?:1[89]|20)\d\d\b|\d\s*(?:am|pm)\b|\d\s*[ap]\.m\.|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|midday)\b/i;

const relationWords: Record<string, DateRelation> = {
  on: 'on',
  in: 'on',
  at: 'on',
  during: 'on',
  of: 'on',
  since: 'since',
  from: 'since',
  until: 'until',
  till: 'until',
  through: 'until',
  by: 'until',
  before: 'before',
  after: 'after',
};

const numericDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/** Every date or weekday written in one sentence. */
export function findDateMentions(sentence: ArticleSentence, references: DateReferences): DateMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  if (!worthParsing.test(text)) return [];
  const reference = references.own ?? references.set ?? new Date(Date.UTC(2000, 0, 1, 12));
  const mentions: DateMention[] = [];
  // chrono misses the British "4.15am"; "4:15am" has the same length, so offsets still point into the line.
  const clockText = text.replace(/\b(\d{1,2})\.(\d\d)(?=\s*(?:am|pm|a\.m\.|p\.m\.))/gi, '$1:$2');
  for (const result of chrono.parse(clockText, reference)) {
    const mention = fromResult(sentence, text, result, references);
    if (mention) mentions.push(mention);
  }
  mentions.push(...yearsOnly(sentence, text, mentions));
  return mergeWeekdayWithDate(sentence, mentions).sort((a, b) => a.start - b.start);
}

function fromResult(
  sentence: ArticleSentence,
  text: string,
  result: chrono.ParsedResult,
  references: DateReferences,
): DateMention | undefined {
  let written = result.text;
  let index = result.index;
  const lead = /^(on|in|at|during|since|from|until|till|through|by|before|after|of)\s+/i.exec(written);
  let relation: DateRelation = 'on';
  if (lead) {
    relation = relationWords[lead[1]?.toLowerCase() ?? 'on'] ?? 'on';
    written = written.slice(lead[0].length);
    index += lead[0].length;
  } else {
    const before = /\b(on|in|at|during|since|from|until|till|through|by|before|after)\s+$/i.exec(text.slice(0, index));
    if (before) relation = relationWords[before[1]?.toLowerCase() ?? 'on'] ?? 'on';
  }
  written = written.replace(/[\s,.;:]+$/, '');
  // "4 a.m." keeps its last full stop.
  if (/[ap]\.m$/i.test(written)) written += '.';
  // "rose to 15 on Thursday": the figure is not part of the date.
  const figureFirst = /^\d+\s+(?:on|at)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i.exec(written);
  if (figureFirst) {
    written = written.slice(figureFirst[0].length);
    index += figureFirst[0].length;
    relation = 'on';
  }
  if (!written) return undefined;
  let start = sentence.start + index;
  if (isDateline(sentence.lineText, start, start + written.length)) return undefined;
  const parts = result.start;
  const clock = parts.isCertain('hour') && clockPattern.test(written);
  const read = readTimeOfDay(sentence.lineText, start, start + written.length, {
    ...(clock ? { hour: parts.get('hour') ?? 0, minute: parts.get('minute') ?? 0 } : {}),
  });
  // "shortly after 4am" is when it happened, hedged; "after Sunday" is another fact.
  if (read && clock && (relation === 'after' || relation === 'before')) relation = 'on';
  if (read) start = read.start;
  const end = sentence.start + index + written.length;
  const base: DateMention = {
    sentence,
    text: sentence.lineText.slice(start, end),
    start,
    end,
    relation,
    ...(read ? { time: read.time } : {}),
  };
  const lower = written.toLowerCase();

  const numeric = numericDate.exec(written);
  if (numeric) return withNumericDate(base, numeric, references);

  const relative = /\b(yesterday|today|tomorrow|tonight|last|next|this|ago)\b/.test(lower);
  const namesMonth = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(lower);
  const namesWeekday = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(lower);
  if (relative) {
    // "yesterday" needs the article's own date; "last year" is safe against the set's date too.
    const yearOnly = /\b(last|next|this) year\b/.test(lower);
    if (!references.own && !yearOnly) return undefined;
    if (yearOnly) return { ...base, year: parts.get('year') ?? undefined };
    // "this morning", "tonight": the publication day itself, even where chrono leaves the day implied.
    const sameDay = /\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b/.test(lower);
    if (!parts.isCertain('day') && !sameDay) return undefined;
    return {
      ...base,
      day: parts.get('day') ?? undefined,
      month: parts.get('month') ?? undefined,
      year: parts.get('year') ?? undefined,
    };
  }
  const mention: DateMention = { ...base };
  if (namesWeekday && parts.get('weekday') !== null) mention.weekday = parts.get('weekday') ?? undefined;
  if (namesMonth && parts.isCertain('month')) {
    mention.month = parts.get('month') ?? undefined;
    if (parts.isCertain('day')) mention.day = parts.get('day') ?? undefined;
  }
  if (parts.isCertain('year') && /\d{4}|'\d\d/.test(written)) mention.year = parts.get('year') ?? undefined;
  // "March" alone is often the verb; a month needs a day, a year or a preposition in front.
  if (
    mention.month !== undefined &&
    mention.day === undefined &&
    mention.year === undefined &&
    !lead &&
    !/\b(in|since|until|by|from|during|last|next|early|late|mid)[\s-]+$/i.test(text.slice(0, index))
  ) {
    if (mention.weekday === undefined) return undefined;
    delete mention.month;
  }
  if (mention.day !== undefined && mention.month !== undefined && mention.year === undefined) {
    // chrono puts a day without a year in the year nearest the reference date; without one, there is no year.
    if (references.own ?? references.set) mention.impliedYear = parts.get('year') ?? undefined;
  }
  const year = mention.year ?? mention.impliedYear;
  if (mention.weekday !== undefined && mention.day !== undefined && mention.month !== undefined && year) {
    if (weekdayOf(year, mention.month, mention.day) !== mention.weekday) mention.weekdayMismatch = true;
  }
  const stated = mention.weekday !== undefined || mention.month !== undefined || mention.year !== undefined || clock;
  return stated ? mention : undefined;
}

// 4/2/2022 is 4 February in most of the world and April 2 in the US. A weekday written beside it, or the set's
// date, decides; when nothing does, only the year is kept.
function withNumericDate(base: DateMention, numeric: RegExpExecArray, references: DateReferences): DateMention {
  const first = Number(numeric[1]);
  const second = Number(numeric[2]);
  const rawYear = Number(numeric[3]);
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  const readings = [
    { day: first, month: second },
    { day: second, month: first },
  ].filter((reading) => reading.month >= 1 && reading.month <= 12 && reading.day >= 1 && reading.day <= 31);
  const distinct = readings.filter((r, i) => i === 0 || r.day !== readings[0]?.day);
  const weekday = weekdayWrittenBefore(base);
  let chosen = distinct.length === 1 ? distinct[0] : undefined;
  if (!chosen && weekday !== undefined) {
    const matching = distinct.filter((r) => weekdayOf(year, r.month, r.day) === weekday);
    if (matching.length === 1) chosen = matching[0];
  }
  const reference = references.own ?? references.set;
  if (!chosen && reference) {
    const near = distinct.filter(
      (r) => Math.abs(Date.UTC(year, r.month - 1, r.day, 12) - reference.getTime()) < 45 * 864e5,
    );
    if (near.length === 1) chosen = near[0];
  }
  return chosen ? { ...base, year, month: chosen.month, day: chosen.day } : { ...base, year };
}

function weekdayWrittenBefore(mention: DateMention): number | undefined {
  const line = mention.sentence.lineText;
  const before = line.slice(Math.max(0, mention.start - 16), mention.start).toLowerCase();
  const found = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)[\s,(]*$/.exec(before);
  return found ? weekdayNames.indexOf(found[1] as (typeof weekdayNames)[number]) : undefined;
}

// "RIVERTON, March 7 (Newswire) -": the day the report was filed, not a date of the events it reports.
function isDateline(line: string, start: number, end: number): boolean {
  const before = line.slice(0, start);
  const after = line.slice(end, end + 40);
  return /^\s*[A-Z][A-Z .'’-]{1,40},?\s*$/.test(before) && /^\s*(?:\([^)]*\))?\s*[-–—:]/.test(after);
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// chrono leaves bare years alone; "in 2021", "since 1998" are dates too.
function yearsOnly(sentence: ArticleSentence, text: string, found: readonly DateMention[]): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(
    /\b(in|since|until|by|from|during)\s+((?:1[89]|20)\d\d)\b(?!,\d|\d|\s*(?:troops|people|soldiers))/gi,
  )) {
    const start = sentence.start + (match.index ?? 0) + (match[1]?.length ?? 0) + 1;
    const end = start + (match[2]?.length ?? 0);
    if (found.some((mention) => mention.start <= start && mention.end >= end)) continue;
    mentions.push({
      sentence,
      text: match[2] ?? '',
      start,
      end,
      year: Number(match[2]),
      relation: relationWords[match[1]?.toLowerCase() ?? 'in'] ?? 'on',
    });
  }
  return mentions;
}

// chrono reads "Friday (4/2/2022)" as two results; it is one date written twice, and the weekday checks the date.
function mergeWeekdayWithDate(sentence: ArticleSentence, mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const merged: DateMention[] = [];
  for (const mention of sorted) {
    const previous = merged[merged.length - 1];
    const gap = previous ? sentence.lineText.slice(previous.end, mention.start) : '';
    if (
      previous &&
      previous.weekday !== undefined &&
      previous.day === undefined &&
      mention.weekday === undefined &&
      mention.day !== undefined &&
      /^[\s,(]{0,3}$/.test(gap)
    ) {
      const closes = gap.includes('(') && sentence.lineText[mention.end] === ')';
      const end = closes ? mention.end + 1 : mention.end;
      const year = mention.year ?? mention.impliedYear;
      const time = previous.time ?? mention.time;
      merged[merged.length - 1] = {
        ...mention,
        weekday: previous.weekday,
        relation: previous.relation,
        start: previous.start,
        end,
        text: sentence.lineText.slice(previous.start, end),
        ...(time ? { time } : {}),
        ...(year !== undefined &&
        mention.month !== undefined &&
        weekdayOf(year, mention.month, mention.day) !== previous.weekday
          ? { weekdayMismatch: true }
          : {}),
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

import type * as chrono from 'chrono-node';
import { withoutStopwatchTimes } from './performanceTimes.ts';
import { dateReader, wordClockPattern } from './wordClocks.ts';
import type { ArticleSentence } from './lineTokens.ts';
import { weekdayNames } from '../calendarWords.ts';
import { readTimeOfDay, writesAClockTime, type TimeOfDay } from './timeOfDay.ts';
import { findPartsOfYear } from './partsOfYear.ts';
import { valueOfNumberWord } from './numberWords.ts';

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
  /** "yesterday" read against the set's date, not the article's own: the day may be one off either way. */
  dayUncertain?: boolean;
  /** "until at least Wednesday", "until Thursday at the earliest": the date is a bound, and a later one may come. */
  lowerBound?: boolean;
  /** "late 2027", "next spring", "the first quarter of 2027": the span of months of `year` it names. */
  months?: [number, number];
  /** "in the 1960s", "the early 1990s": the span of years it names (`year` is the first). */
  years?: [number, number];
  /**
   * "on Saturday and Sunday", "Monday, Tuesday and Wednesday": every weekday of a list, in the order written
   * (`weekday` is the first). Absent for a single day.
   */
  weekdays?: number[];
  /**
   * "the worst flood in more than 20 years", "the biggest crowd for over a decade": the year since which it is a
   * record, counted back from the article's date and open on one side: 'atMost' (more than 20 years: 2006 or
   * before), 'atLeast' (almost 20 years: 2006 or after).
   */
  yearBound?: 'atMost' | 'atLeast';
  /** "by Friday", "by 21 August": the day something is promised by, which it may come sooner than. */
  deadline?: boolean;
  /**
   * "next Monday" in an article with its own date: the calendar day it falls on, as a day count (days since
   * 1970), kept apart from the written weekday and used only to order a promised day against a deadline.
   */
  dayAhead?: number;
  /** "20 years ago": a year counted back from the publication date, which may be one off either way. */
  yearUncertain?: boolean;
  /**
   * The clock the date is told by, when the article names one: "local" ("on Tuesday local time"), or another
   * ("GMT", "ET", "Washington time"). Across time zones one moment falls on two days.
   */
  zone?: string;
}

export interface DateReferences {
  /** The article's own publication date, if its chrome gives one. */
  own?: Date;
  /**
   * For an article without its own date: the date the set is about (set.json), which "yesterday" and "this
   * morning" are read against, give or take a day.
   */
  near?: Date;
  /** The set's middle publication date, for years and for telling 4/2 from 2/4. */
  set?: Date;
}

const worthParsing =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:this|last) (?:morning|afternoon|evening|night)\b|\b(?:last|next|this) year\b|\b(?:in|since|until|by|from|during) (?:1[89]|20)\d\d\b|\b(?:end|close|start|beginning) of (?:1[89]|20)\d\d\b|\d\s*(?:am|pm)\b|\d\s*[ap]\.m\.|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|midday)\b|\b(?:at|from) [012]\d[0-5]\d\s*(?:local|hrs|hours|[a-z]{1,3}t|msk)\b|\byears? ago\b|(?:\b(?:a|an|the|its|their|his|her|our|this|that)|['’]s)\s+(?:19|20)\d\d\s+[a-z]|\((?:19|20)\d\d\)/i;

// What chrono is not asked about, but partsOfYear.ts reads: "year-end", "late 2027", "next spring", "quarter".
const mayNamePartOfYear =
  /\byear[- ]end\b|\bend of the year\b|\b(?:19|20)\d\d\b|\b(?:1[89]|20)\d0s\b|\b(?:spring|summer|autumn|fall)\b|\bquarter\b/i;

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
const clockWords = String.raw`\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)`;
const betweenClocks = new RegExp(String.raw`(\bbetween\s+${clockWords})(\s+)and(\s+)(?=${clockWords})`, 'gi');

export function findDateMentions(sentence: ArticleSentence, references: DateReferences): DateMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const reference = references.own ?? references.near ?? references.set ?? new Date(Date.UTC(2000, 0, 1, 12));
  const records = recordSince(sentence, text, references);
  if (!worthParsing.test(text) && !wordClockPattern.test(text)) {
    return [...(mayNamePartOfYear.test(text) ? findPartsOfYear(sentence, reference) : []), ...records];
  }
  const mentions: DateMention[] = [];
  // chrono misses the British "4.15am"; "4:15am" has the same length, so offsets still point into the line.
  // A race's "3:57.84" is no clock time.
  // A wire's "at 1200 local time" / "at 2130 GMT" is a 24-hour clock; "at12:00" keeps the length too.
  const clockText = withoutStopwatchTimes(text)
    .replace(/\b(\d{1,2})\.(\d\d)(?=\s*(?:am|pm|a\.m\.|p\.m\.))/gi, '$1:$2')
    .replace(wireClock, '$1$2:$3')
    // "between 8pm and 8am" is a span, as "from 8pm to 8am" is; chrono reads only the second as one.
    .replace(betweenClocks, (_, head: string, before: string, after: string) => `${head}${before}to ${after}`);
  for (const found of dateReader.parse(clockText, reference)) {
    const result = dayAfterPart(found, clockText, reference) ?? found;
    const mention = fromResult(sentence, text, result, references);
    if (mention) mentions.push(mention);
  }
  // "early next year", "at the start of April": chrono reads none, or a time of day; the part of the year wins.
  const parts = findPartsOfYear(sentence, reference);
  const kept = mentions.filter(
    (mention) => !parts.some((part) => part.start < mention.end && part.end > mention.start),
  );
  mentions.splice(0, mentions.length, ...kept, ...parts);
  mentions.push(...yearsOnly(sentence, text, mentions), ...records);
  const dotted = dottedDates(sentence, reference);
  if (dotted.length > 0) {
    const apart = mentions.filter((mention) => !dotted.some((d) => d.start < mention.end && d.end > mention.start));
    mentions.splice(0, mentions.length, ...apart, ...dotted);
  }
  const merged = mergeWeekdayList(
    sentence,
    mergeMonthWithYear(sentence, mergeTimeWithDay(sentence, mergeWeekdayWithDate(sentence, mentions))),
  );
  return merged.map((mention) => withZone(sentence.lineText, mention)).sort((a, b) => a.start - b.start);
}

// Much of Europe writes the day first, with dots: "Wednesday 13.05.", "Friday 8.5.", "Thursday 7.5.2026", and the
// time on a 24-hour clock after it ("13.05. at 01.10"). A translated edition keeps that style. Read only after a
// weekday, which a decimal ("rated 8.5.") never follows; chrono reads the weekday alone, or "7.5.2026" as a year.
const dottedDate =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})?(?:\s+(?:at|kl\.?)\s+(\d{1,2})[.:](\d{2})\b)?/gi;

function dottedDates(sentence: ArticleSentence, reference: Date): DateMention[] {
  const mentions: DateMention[] = [];
  // wink ends a sentence at "13.05.", so the time after it is read on to the end of the line.
  const text = sentence.lineText.slice(sentence.start);
  for (const match of text.matchAll(dottedDate)) {
    if ((match.index ?? 0) >= sentence.end - sentence.start) break;
    const day = Number(match[2]);
    const month = Number(match[3]);
    const hour = match[5] === undefined ? undefined : Number(match[5]);
    const minute = Number(match[6] ?? 0);
    if (day < 1 || day > 31 || month < 1 || month > 12 || (hour !== undefined && (hour > 23 || minute > 59))) continue;
    const weekday = weekdayNames.indexOf((match[1] ?? '').toLowerCase() as (typeof weekdayNames)[number]);
    const written = match[4] === undefined ? undefined : Number(match[4]);
    // Without a year, the year that puts the day nearest the article's date.
    const year = written ?? nearestYear(reference, month, day);
    const start = sentence.start + (match.index ?? 0);
    // "13.05." keeps its last dot, which the sentence may also end with.
    const end = start + match[0].length;
    const at = hour === undefined ? undefined : hour * 60 + minute;
    const before = text.slice(0, match.index ?? 0);
    mentions.push({
      sentence,
      text: sentence.lineText.slice(start, end),
      start,
      end,
      weekday,
      day,
      month,
      ...(written === undefined ? { impliedYear: year } : { year }),
      relation: /\b(since|from)\s+$/i.test(before) ? 'since' : /\b(until|till)\s+$/i.test(before) ? 'until' : 'on',
      ...(at === undefined ? {} : { time: { low: at - 10, high: at + 10, key: `${at}`, clock: true } }),
      ...(weekdayOf(year, month, day) === weekday ? {} : { weekdayMismatch: true }),
    });
  }
  return mentions;
}

function nearestYear(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear();
  const distance = (candidate: number): number =>
    Math.abs(Date.UTC(candidate, month - 1, day, 12) - reference.getTime());
  return [year - 1, year, year + 1].reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
}

// "GMT", "ET", "local time", "Washington time", "(local time)": the clock a date or time is told by.
const zoneCodes =
  'GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|IST|JST|KST|AEST|AEDT|AWST|HKT|SGT|MSK';
const zoneAfter = new RegExp(`^[\\s,]*\\(?\\s*(?:(local)\\s+time|(${zoneCodes})\\b|((?:[A-Z][a-z]+\\s+){1,2})time\\b)`);
const zoneBefore = new RegExp(`\\b(${zoneCodes})[\\s,]*$`);

const zoneWithin = new RegExp(`\\b(${zoneCodes})\\b`);

const wireClock = new RegExp(
  `\\b(at|from) ([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:local time|hrs\\b|hours\\b|(?:${zoneCodes})\\b))`,
  'gi',
);

function withZone(line: string, mention: DateMention): DateMention {
  if (mention.zone) return mention;
  const after = zoneAfter.exec(line.slice(mention.end, mention.end + 40));
  const before = zoneBefore.exec(line.slice(Math.max(0, mention.start - 8), mention.start));
  // chrono keeps a zone it reads inside the date: "Monday GMT".
  const within = zoneWithin.exec(mention.text);
  const zone = after?.[1] ?? after?.[2] ?? after?.[3]?.trim() ?? before?.[1] ?? within?.[1];
  return zone ? { ...mention, zone: zone.toLowerCase() === 'local' ? 'local' : zone } : mention;
}

// "at 2.15am local time on Tuesday": chrono reads the clock time and the weekday apart; they are one date.
function mergeTimeWithDay(sentence: ArticleSentence, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const gap = previous ? sentence.lineText.slice(previous.end, mention.start) : '';
    const local = /local time/i.test(gap);
    // "Saturday, March 8, at about 3am": the day first, then its hour.
    if (
      previous &&
      previous.time === undefined &&
      (previous.weekday !== undefined || previous.day !== undefined) &&
      mention.time?.clock &&
      mention.weekday === undefined &&
      mention.day === undefined &&
      /^[\s,]*(?:at\s+)?$/i.test(gap)
    ) {
      merged[merged.length - 1] = {
        ...previous,
        end: mention.end,
        text: sentence.lineText.slice(previous.start, mention.end),
        time: mention.time,
        ...(mention.zone ? { zone: mention.zone } : {}),
      };
      continue;
    }
    if (
      previous?.time?.clock &&
      previous.weekday === undefined &&
      previous.day === undefined &&
      mention.time === undefined &&
      (mention.weekday !== undefined || mention.day !== undefined) &&
      /^[\s,]*(?:\(?local time\)?)?[\s,]*(?:\([^()]{1,24}\))?[\s,]*(?:on\s+)?$/i.test(gap)
    ) {
      const { sentence: _sentence, start: _start, text: _text, relation: _relation, ...day } = mention;
      merged[merged.length - 1] = {
        ...day,
        sentence,
        start: previous.start,
        text: sentence.lineText.slice(previous.start, mention.end),
        relation: previous.relation,
        time: previous.time,
        ...(local ? { zone: 'local' } : {}),
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

// "on the night of 3 March", "the morning of March 3", "in mid-morning on Sunday": chrono reads the phrase but
// states none of its parts. The date after "of" or "on" is read on its own; the part of the day is read back from
// the words before it (timeOfDay.ts).
/** What is read of one chrono result: its words, where they start, and the parts it states. */
type ReadDate = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'end'>;

function dayAfterPart(found: chrono.ParsedResult, text: string, reference: Date): ReadDate | undefined {
  const lead = /^(?:the\s+)?(?:morning|afternoon|evening|night|early hours|small hours)\s+(?:of|on)\s+/i.exec(
    found.text,
  );
  if (!lead || found.start.isCertain('day') || found.start.isCertain('weekday')) return undefined;
  const from = found.index + lead[0].length;
  const inner = dateReader.parse(text.slice(from), reference)[0];
  if (!inner || inner.index !== 0) return undefined;
  return { text: inner.text, index: from, start: inner.start, end: undefined };
}

// "His page had raised more than £40,000 by last night", "By 1pm the station had logged 26.1C": the hour a running
// figure was read, which each article takes at its own time of writing. It dates nothing that happened, so two
// articles reading it at two hours do not disagree.
// Only within the date's own clause, and not of what must or will be done by then ("must leave by 5pm"). A comma
// inside a figure ("£40,000") breaks no clause.
const clauseBreak = /[,;:](?=\s)|\s[–—]\s/;
function figureReadAt(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index).split(clauseBreak).at(-1) ?? '';
  const clause = before.trim().split(/\s+/).length > 1 ? before : text.slice(index + length).split(clauseBreak)[0];
  if (!clause || /\b(?:must|will|would|should|shall|can|could|may|might)\b/i.test(clause)) return false;
  return /\b(?:had|has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/i.test(clause) && /\d/.test(clause);
}

// A date owning a noun that is no deadline: "Friday night's storms", "Saturday's match".
const possessedByDate = /^['’]s\s+(?!(?:deadline|cut-?off|close|end)\b)\p{L}/iu;

const notUntil =
  /\b(?:not|n['’]t|never)\b[^,;.]{0,60}\b(?:until|till)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest|most)\s+)?(?:the\s+)?$/i;

function fromResult(
  sentence: ArticleSentence,
  text: string,
  result: ReadDate,
  references: DateReferences,
): DateMention | undefined {
  // As written: chrono read a copy with its clocks rewritten ("4:15am", "at12:00"), of the same length.
  let written = text.slice(result.index, result.index + result.text.length);
  let index = result.index;
  const lead = /^(on|in|at|during|since|from|until|till|through|by|before|after|of)\s+/i.exec(written);
  let relation: DateRelation = 'on';
  let leadWord: string | undefined;
  if (lead) {
    leadWord = lead[1]?.toLowerCase();
    relation = relationWords[lead[1]?.toLowerCase() ?? 'on'] ?? 'on';
    written = written.slice(lead[0].length);
    index += lead[0].length;
  } else {
    // "by the end of March 2024": chrono starts at "end of", the deadline word stands before "the".
    // "until at least Wednesday": the hedge stands between the deadline word and the date.
    const before =
      /\b(on|in|at|during|since|from|until|till|through|by|before|after)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest|most)\s+)?(?:the\s+)?$/i.exec(
        text.slice(0, index),
      );
    if (before) {
      leadWord = before[1]?.toLowerCase();
      relation = relationWords[before[1]?.toLowerCase() ?? 'on'] ?? 'on';
    }
  }
  // "They were not missed until the 6am count", "did not reopen until Monday": it happened then.
  if (relation === 'until' && notUntil.test(text.slice(0, index))) relation = 'on';
  written = written.replace(/[\s,.;:]+$/, '');
  // "swamped by Friday night's storms": the storms of that night, which did it; "by Friday's deadline" is one.
  if (leadWord === 'by' && possessedByDate.test(text.slice(index + written.length))) relation = 'on';
  if (leadWord === 'by' && figureReadAt(text, index, written.length)) return undefined;
  // "(1915 GMT Monday)": chrono keeps the bracket that closes the aside.
  if (/\)$/.test(written) && !written.includes('(')) written = written.slice(0, -1).trimEnd();
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
  if (isEntryStamp(sentence.lineText, start, start + written.length)) return undefined;
  const parts = result.start;
  const clock = parts.isCertain('hour') && writesAClockTime(written);
  // "from 10am to 4pm", "9am to 3pm": opening hours, a span with two ends chrono reads as one result.
  const until = result.end?.isCertain('hour') ? result.end : undefined;
  const read = readTimeOfDay(sentence.lineText, start, start + written.length, {
    ...(clock ? { hour: parts.get('hour') ?? 0, minute: parts.get('minute') ?? 0 } : {}),
    ...(clock && until ? { untilHour: until.get('hour') ?? 0, untilMinute: until.get('minute') ?? 0 } : {}),
  });
  // "shortly after 4am" is when it happened, hedged; "after Sunday" is another fact.
  if (read && clock && (relation === 'after' || relation === 'before')) relation = 'on';
  // "from 10pm to 6am" is when it happens, as "between 10pm and 6am" is: no start of a state.
  if (read?.time.range && relation === 'since') relation = 'on';
  if (read) start = read.start;
  const end = sentence.start + index + written.length;
  const lowerBound =
    /\bat\s+least\s+$/i.test(sentence.lineText.slice(Math.max(0, start - 12), start)) ||
    /^,?\s*at\s+the\s+earliest\b/i.test(sentence.lineText.slice(end, end + 20));
  const base: DateMention = {
    sentence,
    text: sentence.lineText.slice(start, end),
    start,
    end,
    relation,
    ...(read ? { time: read.time } : {}),
    ...(lowerBound ? { lowerBound } : {}),
    ...(leadWord === 'by' ? { deadline: true } : {}),
  };
  const lower = written.toLowerCase();

  const numeric = numericDate.exec(written);
  if (numeric) return withNumericDate(base, numeric, references);

  const yearsBack = yearsAgo(lower, references);
  if (yearsBack !== undefined) return { ...base, year: yearsBack, yearUncertain: true };
  const relative = /\b(yesterday|today|tomorrow|tonight|last|next|this|ago)\b/.test(lower);
  const namesMonth = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(lower);
  const namesWeekday = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(lower);
  if (relative) {
    // "yesterday" needs the article's own date, or the set's given a day either way; "last year" is safe
    // against the set's middle date too.
    const yearOnly = /\b(last|next|this) year\b/.test(lower);
    const lastWeekday = namesWeekday && /\b(last|this|next)\s+\w+day\b/.test(lower);
    if (!references.own && !references.near && !yearOnly && !lastWeekday) return undefined;
    if (yearOnly) return { ...base, year: parts.get('year') ?? undefined };
    // "this morning", "tonight": the publication day itself, even where chrono leaves the day implied.
    const sameDay = /\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b/.test(lower);
    // "last Tuesday" is a Tuesday whatever day the article came out.
    if (!sameDay && namesWeekday && parts.get('weekday') !== null) {
      const ahead = /\b(?:next|this)\s+\w+day\b/.test(lower) && references.own ? dayCount(parts) : undefined;
      return {
        ...base,
        weekday: parts.get('weekday') ?? undefined,
        ...(ahead === undefined ? {} : { dayAhead: ahead }),
      };
    }
    if (!parts.isCertain('day') && !sameDay) return undefined;
    return {
      ...base,
      day: parts.get('day') ?? undefined,
      month: parts.get('month') ?? undefined,
      year: parts.get('year') ?? undefined,
      ...(references.own ? {} : { dayUncertain: true }),
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
  // "last November", "next March": a month without its year, but with the word that places it in one.
  const monthYear = monthCountedFrom(text.slice(0, index), mention, references);
  if (monthYear !== undefined) mention.year = monthYear;
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

// "put up 20 years ago" in an article of April 2026 is 2006, give or take a year: counted back from the article's
// own date (or the set's), never from the day the generator runs.
function yearsAgo(lower: string, references: DateReferences): number | undefined {
  const found = /^(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(\d{1,3}|[a-z]+) years? ago$/.exec(lower);
  const reference = references.own ?? references.near ?? references.set;
  if (!found || !reference) return undefined;
  const count = /^\d+$/.test(found[1] ?? '') ? Number(found[1]) : valueOfNumberWord(found[1] ?? '');
  return count === undefined ? undefined : reference.getUTCFullYear() - count;
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

// "RIVERTON, March 7 (Newswire) -", "GARSTOW, England, Oct 19 (Northline) -": the day the report was filed, not a
// date of the events it reports. The town may be followed by its country or region.
function isDateline(line: string, start: number, end: number): boolean {
  const before = line.slice(0, start);
  const after = line.slice(end, end + 40);
  return (
    /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?,?\s*$/u.test(before) &&
    /^\s*(?:\([^)]*\))?\s*[-–—:]/.test(after)
  );
}

// "11:40 Family pays tribute to 'kindest man'", "09:05 - Roads reopen": a live page's entry opens on the time it
// was posted, which dates the post, not anything the post tells of.
function isEntryStamp(line: string, start: number, end: number): boolean {
  if (line.slice(0, start).trim() !== '') return false;
  return (
    /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i.test(line.slice(start, end)) &&
    /^\s*[-–—:|]?\s*\p{Lu}/u.test(line.slice(end))
  );
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// chrono leaves bare years alone; "in 2021", "since 1998" are dates too.
function yearsOnly(sentence: ArticleSentence, text: string, found: readonly DateMention[]): DateMention[] {
  const mentions: DateMention[] = [...endsOfYears(sentence, text, found)];
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
  for (const match of text.matchAll(yearOfAThing)) {
    const year = match[1] ?? match[2] ?? '';
    const start = sentence.start + (match.index ?? 0) + match[0].indexOf(year);
    const end = start + year.length;
    if (found.some((mention) => mention.start <= start && mention.end >= end)) continue;
    if (mentions.some((mention) => mention.start === start)) continue;
    mentions.push({ sentence, text: year, start, end, year: Number(year), relation: 'on' });
  }
  return mentions;
}

// "the Commission's 2024 report", "a 2019 strategy", "the 2022 election": a year before one thing (a singular noun in
// lower case) is that thing's year; "its 2000 employees" counts. "... from the Regional Electoral Commission (2023)":
// a year in brackets after a name is the year of what is cited.
const yearOfAThing =
  /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+|['’]s\s+)((?:19|20)\d\d)\s+(?=[a-z]+(?<!s)\b)|(?<=[A-Za-z]\s?)\(((?:19|20)\d\d)\)/g;

// "until the end of 2024", "by the start of 2025": a part of a year chrono does not read. The end of a year is its
// December, the start its January, so "by the end of March 2024" and "until the end of 2024" are two deadlines.
function endsOfYears(sentence: ArticleSentence, text: string, found: readonly DateMention[]): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(
    /\b(in|until|by|from|before|after|at|since)\s+(?:the\s+)?(end|close|start|beginning)\s+of\s+((?:1[89]|20)\d\d)\b(?![,.]\d|\d)/gi,
  )) {
    const start = sentence.start + (match.index ?? 0) + (match[1]?.length ?? 0) + 1;
    const end = sentence.start + (match.index ?? 0) + match[0].length;
    if (found.some((mention) => mention.start < end && mention.end > start)) continue;
    const ending = /^(end|close)$/i.test(match[2] ?? '');
    mentions.push({
      sentence,
      text: sentence.lineText.slice(start, end),
      start,
      end,
      year: Number(match[3]),
      month: ending ? 12 : 1,
      relation: relationWords[match[1]?.toLowerCase() ?? 'in'] ?? 'on',
    });
  }
  return mentions;
}

// "by March next year": chrono reads the month and "next year" apart; together they are one month of one year.
function mergeMonthWithYear(sentence: ArticleSentence, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const gap = previous ? sentence.lineText.slice(previous.end, mention.start) : '';
    if (
      previous &&
      previous.month !== undefined &&
      previous.day === undefined &&
      previous.year === undefined &&
      mention.year !== undefined &&
      mention.month === undefined &&
      /^\s*$/.test(gap) &&
      /^(?:next|last|this) year$/i.test(mention.text)
    ) {
      merged[merged.length - 1] = {
        ...previous,
        year: mention.year,
        end: mention.end,
        text: sentence.lineText.slice(previous.start, mention.end),
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
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

// "on Saturday and Sunday", "Monday, Tuesday and Wednesday": chrono reads each weekday apart, but the list is one
// answer to "which days", and a report of "Saturday" alone leaves a day out. Only "and", "&" and commas join;
// "Saturday or Sunday" is a doubt, not a list. Weekdays with a date or an hour of their own are left apart.
function mergeWeekdayList(sentence: ArticleSentence, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  const bare = (mention: DateMention): boolean =>
    mention.weekday !== undefined && mention.day === undefined && mention.month === undefined;
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const gap = previous ? sentence.lineText.slice(previous.end, mention.start) : '';
    if (
      previous &&
      bare(previous) &&
      bare(mention) &&
      previous.time === undefined &&
      mention.time === undefined &&
      mention.relation === 'on' &&
      /^\s*(?:,|,?\s*(?:and|&))\s*$/i.test(gap) &&
      // "between Monday and Wednesday" is a span, Tuesday included.
      !/\bbetween\s+$/i.test(sentence.lineText.slice(Math.max(0, previous.start - 12), previous.start))
    ) {
      const days = previous.weekdays ?? [previous.weekday ?? 0];
      if (mention.weekday !== undefined && !days.includes(mention.weekday)) {
        merged[merged.length - 1] = {
          ...previous,
          weekdays: [...days, mention.weekday],
          end: mention.end,
          text: sentence.lineText.slice(previous.start, mention.end),
        };
        continue;
      }
    }
    merged.push(mention);
  }
  return merged;
}

// "the largest outbreak since 2013", "the worst outbreak in more than 20 years", "the biggest crowd for over a
// decade", "the driest spell in half a century": ways to say since when something is a record. A count of years after a superlative is read as
// the year it counts back to from the article's date (or the set's), so it meets "since 2013". "More than" and
// "over" leave the year open before it, "almost" and "nearly" after it; a plain count is a year either way.
const recordCount =
  /\b(?:in|for)\s+(?:the\s+(?:last|past)\s+)?(?:(more than|over|upwards of|at least|almost|nearly|just under|close to|about|around|some)\s+)?(half a|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|\d{1,3})\s+(years?|decades?|century|centuries)\b/gi;
// A closed list: "-est" alone would take "protest", "interest" and "latest" for records.
const superlativeBefore =
  /\b(?:largest|biggest|greatest|worst|best|highest|lowest|strongest|weakest|deadliest|heaviest|hottest|coldest|wettest|driest|busiest|longest|shortest|fastest|slowest|sharpest|steepest|deepest|(?:most|least)\s+[a-z]+|first)\b/i;

/** "the largest outbreak since 2013", "the worst flood in more than 20 years": the year since which a record holds. */
export function isRecordSince(mention: DateMention): boolean {
  return recordSuperlative(mention) !== undefined;
}

/** The superlative of a record's year, in lower case ("driest"), or undefined when the date is no record's. */
export function recordSuperlative(mention: DateMention): string | undefined {
  if (mention.relation !== 'since') return undefined;
  const line = mention.sentence.lineText;
  const before = line.slice(Math.max(mention.sentence.start, mention.start - 80), mention.start);
  return superlativeBefore.exec(before.split(/[,;:]|\band\b|\bbut\b/).pop() ?? '')?.[0].toLowerCase();
}

function recordSince(sentence: ArticleSentence, text: string, references: DateReferences): DateMention[] {
  const reference = references.own ?? references.near ?? references.set;
  if (!reference) return [];
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(recordCount)) {
    const before = text.slice(0, match.index ?? 0);
    // The superlative must stand in the same clause: "the first in the square, and more may follow in two years".
    const clause =
      before
        .slice(-80)
        .split(/[,;:]|\band\b|\bbut\b/)
        .pop() ?? '';
    if (!superlativeBefore.test(clause)) continue;
    // "in two years' time" looks ahead, "two years ago" is a date of its own.
    if (/^['’]?\s*(?:time|ago)\b/i.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const word = (match[2] ?? '').toLowerCase();
    const count = /^\d+$/.test(word)
      ? Number(word)
      : word === 'a hundred'
        ? 100
        : word === 'half a'
          ? 0.5
          : valueOfNumberWord(word);
    if (count === undefined) continue;
    const unit = (match[3] ?? '').toLowerCase();
    const years = count * (unit.startsWith('decade') ? 10 : unit.startsWith('centur') ? 100 : 1);
    const hedge = (match[1] ?? '').toLowerCase();
    const yearBound = ['more than', 'over', 'upwards of', 'at least'].includes(hedge)
      ? 'atMost'
      : ['almost', 'nearly', 'just under', 'close to'].includes(hedge)
        ? 'atLeast'
        : undefined;
    const start = sentence.start + (match.index ?? 0) + (/^\w+/.exec(match[0])?.[0].length ?? 0) + 1;
    const end = sentence.start + (match.index ?? 0) + match[0].length;
    mentions.push({
      sentence,
      text: sentence.lineText.slice(start, end),
      start,
      end,
      year: reference.getUTCFullYear() - years,
      relation: 'since',
      ...(yearBound ? { yearBound } : { yearUncertain: true }),
    });
  }
  return mentions;
}

function dayCount(parts: chrono.ParsedComponents): number | undefined {
  const year = parts.get('year');
  const month = parts.get('month');
  const day = parts.get('day');
  if (year === null || month === null || day === null) return undefined;
  return Date.UTC(year, month - 1, day) / 864e5;
}

// "published last November" in August 2026 is November 2025; "last March" is March 2026. Read against the
// article's own date, or the set's: a month is wide enough for the few days between them.
function monthCountedFrom(before: string, mention: DateMention, references: DateReferences): number | undefined {
  const word = /\b(last|next|this)\s+$/i.exec(before)?.[1]?.toLowerCase();
  const reference = references.own ?? references.near ?? references.set;
  if (!word || !reference || mention.month === undefined || mention.year !== undefined || mention.day !== undefined) {
    return undefined;
  }
  const year = reference.getUTCFullYear();
  const now = reference.getUTCMonth() + 1;
  if (word === 'last') return mention.month < now ? year : year - 1;
  if (word === 'next') return mention.month > now ? year : year + 1;
  return year;
}

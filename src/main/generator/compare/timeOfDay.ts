import { wordClockPattern } from './wordClocks.ts';

// The hour of an event as an article writes it: a clock time with its hedge ("shortly after 4am", "around 2am",
// "11.30pm") or a part of the day ("Saturday night", "early on Sunday", "Sunday morning"). Each becomes a span of
// minutes after the stated day's midnight; "night" runs past 24:00 into the small hours. Two times of one event
// disagree only when their spans cannot meet: "around 2am" and "shortly after 4am" do, "late on Friday" and
// "Friday night" do not.

export interface TimeOfDay {
  /** Minutes after midnight of the day the date states; `high` may pass 1,440 ("night" ends at 6am next day). */
  low: number;
  high: number;
  /** What was written, folded: "04:00 shortly after", "night", "early". Equal keys are the same time. */
  key: string;
  /** "9:30" with no am or pm: the same hour twelve hours on is as likely. */
  twelveHourAmbiguous?: boolean;
  /** A clock time, not a part of the day. */
  clock?: boolean;
  /** "from 10am to 4pm": hours kept from one time to another, `low` to `high` exactly. */
  range?: boolean;
}

const hour = 60;

// Spans of the day's parts, wide on purpose: a reporter's "evening" and another's "night" may be the same hour. The
// afternoon and the evening meet at five o'clock and no more, so "Friday afternoon" and "Friday evening" differ.
const partsOfDay: Record<string, [number, number]> = {
  dawn: [4 * hour, 8 * hour],
  daybreak: [4 * hour, 8 * hour],
  sunrise: [4 * hour, 8 * hour],
  morning: [4 * hour, 12 * hour],
  // "in mid-morning on Sunday": the middle of the part, not its edges.
  'mid-morning': [9 * hour, 11 * hour + 30],
  midmorning: [9 * hour, 11 * hour + 30],
  'mid-afternoon': [14 * hour, 16 * hour + 30],
  midafternoon: [14 * hour, 16 * hour + 30],
  midday: [11 * hour, 14 * hour],
  noon: [11 * hour, 14 * hour],
  lunchtime: [11 * hour, 14 * hour],
  afternoon: [12 * hour, 17 * hour],
  evening: [17 * hour, 24 * hour],
  dusk: [17 * hour, 21 * hour],
  sunset: [17 * hour, 21 * hour],
  night: [18 * hour, 30 * hour],
  tonight: [18 * hour, 30 * hour],
  overnight: [18 * hour, 30 * hour],
  midnight: [23 * hour, 25 * hour],
};

// How far a hedge lets a clock time move, in minutes before and after it. "Just before 4pm" is closer to the hour
// than "shortly before": a strike at 3.41pm is shortly before 4pm, not just before it. Both hedges keep one key, as
// "just after 7.40pm" and "shortly after 7.40pm" tell one moment.
const clockHedges: readonly { pattern: RegExp; key: string; before: number; after: number }[] = [
  { pattern: /\b(?:just|moments)\s+after\s+$/i, key: 'shortly after', before: 0, after: 15 },
  { pattern: /\b(?:just|moments)\s+before\s+$/i, key: 'shortly before', before: 15, after: 0 },
  { pattern: /\b(?:shortly|soon|minutes)\s+after\s+$/i, key: 'shortly after', before: 0, after: 45 },
  { pattern: /\b(?:shortly|minutes)\s+before\s+$/i, key: 'shortly before', before: 45, after: 0 },
  { pattern: /\bafter\s+$/i, key: 'after', before: 0, after: 3 * hour },
  { pattern: /\bbefore\s+$/i, key: 'before', before: 3 * hour, after: 0 },
  {
    pattern: /\b(?:around|about|approximately|roughly|circa|some|nearly|almost)\s+$/i,
    key: 'about',
    before: 20,
    after: 20,
  },
];

/** Words before a date that say which part of its day: "early on Sunday", "in the early hours of Sunday". */
const partBefore = /\b(early|late|overnight)(?:\s+(?:on|in))?\s+$/i;
const inTheEarlyHours = /\bin\s+the\s+(early|small)\s+hours\s+of\s+$/i;
/** "on the night of 3 March", "the morning of March 3", "in mid-morning on Sunday": the part of the day, before the date. */
const partOfTheDay = /\b(?:the\s+)?((?:mid-?)?(?:morning|afternoon|evening|night))\s+(?:of|on)\s+$/i;
const partOfDayBefore =
  /\b(at|before|after|around|by)\s+(dawn|daybreak|sunrise|midday|noon|dusk|sunset|midnight)\s+(?:on\s+)?$/i;

/** A clock time as written: "4am", "4 a.m.", "11.30pm", "04:15", "noon", "midnight", a wire's "1200 GMT". */
const clockPattern =
  /\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|midday)\b|^(?:[01]\d|2[0-3])[0-5]\d\b/i;

/** Whether written words give a clock time, in figures ("4.15am", "04:15") or in words ("a quarter past four"). */
export function writesAClockTime(written: string): boolean {
  return clockPattern.test(written) || wordClockPattern.test(written);
}

export interface ReadTime {
  time: TimeOfDay;
  /** Where the written time starts in the line, with its hedge or "early on" ("shortly after 4am"). */
  start: number;
}

/**
 * The time of day a date states. `known` is what chrono read for certain (hour and minute of a clock time);
 * `lineText`, `start` and `end` locate the written date, so the words just before it ("shortly after", "early
 * on") and its own words ("Saturday night") can be read.
 */
export function readTimeOfDay(
  lineText: string,
  start: number,
  end: number,
  known: { hour?: number; minute?: number; untilHour?: number; untilMinute?: number },
): ReadTime | undefined {
  const written = lineText.slice(start, end);
  const before = lineText.slice(Math.max(0, start - 40), start);
  if (known.hour !== undefined && writesAClockTime(written)) {
    const at = known.hour * hour + (known.minute ?? 0);
    // "midnight" is the end of the day it names as often as the start of it.
    if (/\bmidnight\b/i.test(written)) return { time: spanOf('midnight'), start };
    if (known.untilHour !== undefined) {
      // "from 10pm to 6am" ends the next morning.
      const ends = known.untilHour * hour + (known.untilMinute ?? 0);
      const until = ends > at ? ends : ends + 24 * hour;
      if (until > at) return { time: { low: at, high: until, key: `${at}-${until}`, clock: true, range: true }, start };
    }
    const hedge = clockHedges.find((candidate) => candidate.pattern.test(before));
    // A round hour is a rounded report: "4am" may be 4.20am, but not the 4.30am a reporter would have written ("The
    // race began at 10am" / "at 9.30am"). A time told to the minute ("06:42", "6.51am") was read off a clock, and
    // nine minutes apart is two reports; a half hour sits between the two.
    const minute = known.minute ?? 0;
    const slack = minute === 0 ? 20 : minute % 30 === 0 ? 10 : 2;
    // "9:30" or "half past nine" with no am or pm; "noon" and "4pm" say which half of the day.
    const unmarked = /\d:\d\d/.test(written) || wordClockPattern.test(written);
    const ambiguous = known.hour <= 12 && unmarked && !/[ap]\.?m\b/i.test(written);
    const time: TimeOfDay = {
      ...(hedge
        ? { low: at - hedge.before, high: at + hedge.after, key: `${at} ${hedge.key}` }
        : { low: at - slack, high: at + slack, key: `${at}` }),
      ...(ambiguous ? { twelveHourAmbiguous: true } : {}),
      clock: true,
    };
    const hedgeStart = hedge ? hedgeWordsStart(before) : undefined;
    return { time, start: hedgeStart === undefined ? start : start - (before.length - hedgeStart) };
  }
  // "at dawn on Sunday": chrono reads only "on Sunday", so the part of the day may stand just before it.
  const partLead = partOfDayBefore.exec(before);
  if (partLead && !/\b(morning|afternoon|evening|night)\b/i.test(written)) {
    const named = partLead[2]?.toLowerCase() ?? '';
    const time = ['before', 'by'].includes(partLead[1]?.toLowerCase() ?? '')
      ? { low: 0, high: spanOf(named).high - 2 * hour, key: `before ${named}` }
      : spanOf(named);
    return { time, start: start - (before.length - partLead.index) };
  }
  const named =
    /\b(dawn|daybreak|sunrise|morning|midday|noon|lunchtime|afternoon|evening|dusk|sunset|night|tonight|overnight|midnight)\b/i.exec(
      written,
    )?.[1];
  const partOf = named ? undefined : partOfTheDay.exec(before);
  if (partOf) {
    return { time: spanOf(partOf[1]?.toLowerCase() ?? ''), start: start - (before.length - partOf.index) };
  }
  const part = named;
  const lead = inTheEarlyHours.exec(before) ?? partBefore.exec(before);
  const modifier = lead?.[1]?.toLowerCase();
  const earlyInWritten = /\b(early|late)\b/i.exec(written)?.[1]?.toLowerCase();
  const shade = modifier === 'small' ? 'early' : (modifier ?? earlyInWritten);
  if (!part && !shade) return undefined;
  const time = shaded(part ? spanOf(part.toLowerCase()) : undefined, shade);
  if (!time) return undefined;
  return { time, start: lead ? start - (before.length - (lead.index ?? before.length)) : start };
}

function spanOf(part: string): TimeOfDay {
  const [low, high] = partsOfDay[part] ?? [0, 24 * hour];
  return { low, high, key: part };
}

// "early on Sunday" is the small hours and the morning; "late on Saturday" the evening and the night.
function shaded(time: TimeOfDay | undefined, shade: string | undefined): TimeOfDay | undefined {
  if (shade === 'overnight') return spanOf('overnight');
  if (!time) {
    if (shade === 'early') return { low: 0, high: 10 * hour, key: 'early' };
    if (shade === 'late') return { low: 17 * hour, high: 28 * hour, key: 'late' };
    return undefined;
  }
  if (!shade) return time;
  const middle = Math.round((time.low + time.high) / 2);
  if (shade === 'early') return { low: time.low, high: middle, key: `early ${time.key}` };
  if (shade === 'late') return { low: middle, high: time.high, key: `late ${time.key}` };
  return time;
}

function hedgeWordsStart(before: string): number | undefined {
  const found =
    /\b(?:(?:shortly|just|soon|moments|minutes)\s+)?(?:after|before|around|about|approximately|roughly|circa|some|nearly|almost)\s+$/i.exec(
      before,
    );
  return found?.index;
}

/**
 * Whether two times of one event can be the same moment. The clock wraps at midnight: "12.15am" meets "midnight"
 * and "night", and "9:30" written without am or pm may be either.
 */
export function timesMeet(a: TimeOfDay, b: TimeOfDay): boolean {
  const day = 24 * hour;
  // Parts of the day do not wrap: "Sunday morning" and "Sunday night" are apart.
  const wraps = a.clock === true || b.clock === true;
  const shifts = [
    0,
    ...(wraps ? [day, -day] : []),
    ...(a.twelveHourAmbiguous || b.twelveHourAmbiguous ? [day / 2, -day / 2] : []),
  ];
  return shifts.some((shift) => a.low + shift < b.high && b.low < a.high + shift);
}

/**
 * Two times of one event compared: spans of hours ("from 10am to 4pm" / "9am to 3pm") differ when either end does,
 * though they overlap; a span and a single time, or two single times, differ only when they cannot meet.
 */
export function compareTimes(a: TimeOfDay, b: TimeOfDay): 'same' | 'compatible' | 'different' {
  if (a.range && b.range) return a.key === b.key ? 'same' : 'different';
  if (!timesMeet(a, b)) return 'different';
  return a.key === b.key ? 'same' : 'compatible';
}

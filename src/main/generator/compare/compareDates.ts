import type { DateMention } from './dateMentions.ts';
import type { ValueMatch } from './factValues.ts';
import { weekdayOf } from './dateMentions.ts';
import { compareTimes } from './timeOfDay.ts';

// Two dates for one event are compared on what both articles state: weekday with weekday, and a weekday with the
// weekday of a date ("Friday" against "4/2/2022", which was a Friday; "Sunday" against "March 10", which in a
// 2025 story was a Monday), then the time of day. Nothing stated in common: no verdict. Times that can meet but
// are written differently ("late on Friday" / "Friday night") are compatible, never the same and never different.

/**
 * Whether two dates given for the same event agree. Told by two clocks ("Tuesday local time" / "Monday GMT",
 * "11pm on Monday Washington time" / "Tuesday"), one moment may fall on two days and at two hours: compatible at
 * most, unless `acrossZones` asks whether the dates are the same once the clocks are set aside.
 */
export function compareDates(a: DateMention, b: DateMention, acrossZones = false): ValueMatch {
  if (!acrossZones && otherClock(a) !== otherClock(b)) {
    // "at 9:47 p.m." / "at 21:47 BST": an article that names no clock reads its own, so the very same minute is
    // one moment, told once with its zone; any other time, or a day alone, may be another clock's.
    const oneNamed = otherClock(a) === undefined || otherClock(b) === undefined;
    const minutes = a.time?.clock === true && b.time?.clock === true;
    return oneNamed && minutes && compareDates(a, b, true) === 'same' ? 'same' : 'compatible';
  }
  let common = 0;
  // "yesterday" in an article without its own date is read against the set's date: one day off is no proof,
  // and the same day no agreement.
  const uncertain = a.dayUncertain === true || b.dayUncertain === true;
  if (uncertain) {
    const apart = daysApart(a, b);
    if (apart !== undefined) return apart > 1 ? 'different' : 'compatible';
  }
  // "in more than 20 years" against "since 2013": a year open on one side meets the other only inside its bound.
  if ((a.yearBound !== undefined || b.yearBound !== undefined) && a.year !== undefined && b.year !== undefined) {
    const [lowA, highA] = yearsAllowed(a, a.year);
    const [lowB, highB] = yearsAllowed(b, b.year);
    return highA < lowB || highB < lowA ? 'different' : 'compatible';
  }
  // "20 years ago" against "in 2009": a year counted back may be one off, so only two or more years apart differ.
  if ((a.yearUncertain === true || b.yearUncertain === true) && a.year !== undefined && b.year !== undefined) {
    return Math.abs(a.year - b.year) > 1 ? 'different' : 'compatible';
  }
  // "built in the 1960s" against "built in 1971": a decade is a span of years, which a year falls in or not.
  const yearSpans = spansOfYears(a, b);
  if (yearSpans) {
    const [[fromA, toA], [fromB, toB]] = yearSpans;
    if (toA < fromB || toB < fromA) return 'different';
    return fromA === fromB && toA === toB ? 'same' : 'compatible';
  }
  // "Saturday" against "Saturday and Sunday": the lists of days must be the same list.
  const lists = weekdayLists(a, b);
  if (lists) {
    const [x, y] = lists;
    if (x.length !== y.length || x.some((day) => !y.includes(day))) return 'different';
    common += 1;
  }
  const weekdays = lists ? undefined : comparableWeekdays(a, b);
  if (weekdays) {
    if (weekdays[0] !== weekdays[1]) {
      const oneApart = [1, 6].includes((weekdays[0] - weekdays[1] + 7) % 7);
      if (
        oneApart &&
        (uncertain || midnightBefore(a, b, weekdays) || midnightBefore(b, a, [weekdays[1], weekdays[0]]))
      ) {
        return 'compatible';
      }
      return 'different';
    }
    common += 1;
  }
  for (const part of ['year', 'month', 'day'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) continue;
    // A day of the month only means something within the same month.
    if (part === 'day' && (a.month === undefined || a.month !== b.month)) continue;
    if (x !== y) return 'different';
    common += 1;
  }
  if (monthAgainstDay(a, b) || monthAgainstDay(b, a)) return 'compatible';
  // "late 2027" against "next spring" (2027): spans of one year's months that cannot meet. Spans that meet, or a
  // month inside a span, are compatible; only two alike are the same.
  const spans = monthSpans(a, b);
  if (spans) {
    const [[fromA, toA], [fromB, toB]] = spans;
    if (toA < fromB || toB < fromA) return 'different';
    if (fromA !== fromB || toA !== toB) return 'compatible';
    common += 1;
  }
  if (uncertain && common > 0) return 'compatible';
  if (a.time && b.time) {
    const times = compareTimes(a.time, b.time);
    if (times !== 'same') return times;
    common += 1;
  }
  return common > 0 ? 'same' : 'compatible';
}

// A weekday written out is compared with a weekday written out, or with the weekday of the other's date. A date
// that contradicts its own weekday ("Sunday, May 10") says two things; only its written weekday is compared.
// "In July" and "on 30 July" fit, but are not one value: the month alone may stand for any other day of it.
function monthAgainstDay(month: DateMention, day: DateMention): boolean {
  return (
    month.month !== undefined &&
    month.day === undefined &&
    month.weekday === undefined &&
    day.day !== undefined &&
    month.month === day.month
  );
}

// "Midnight on Monday" is as often the first minute of Tuesday ("00:01 on Tuesday") as the last of Monday; a
// wider night ("Saturday night" / "early on Sunday") still differs by its weekday.
function midnightBefore(earlier: DateMention, later: DateMention, [day, nextDay]: [number, number]): boolean {
  const night = earlier.time;
  return (
    (day + 1) % 7 === nextDay &&
    night !== undefined &&
    night.low >= 23 * 60 &&
    night.high <= 24 * 60 + midnightOverrun &&
    (later.time === undefined || later.time.low < midnightOverrun)
  );
}
const midnightOverrun = 60;

function comparableWeekdays(a: DateMention, b: DateMention): [number, number] | undefined {
  if (a.weekday !== undefined && b.weekday !== undefined) return [a.weekday, b.weekday];
  const derivedA = derivedWeekday(a);
  const derivedB = derivedWeekday(b);
  if (a.weekday !== undefined && derivedB !== undefined && !a.weekdayMismatch) return [a.weekday, derivedB];
  if (b.weekday !== undefined && derivedA !== undefined && !b.weekdayMismatch) return [derivedA, b.weekday];
  if (derivedA !== undefined && derivedB !== undefined && a.year !== undefined && b.year !== undefined) {
    return [derivedA, derivedB];
  }
  return undefined;
}

// The days of two dates when at least one is a list of several ("on Saturday and Sunday"); a single date gives its
// written weekday, or the weekday of its calendar date.
function weekdayLists(a: DateMention, b: DateMention): [number[], number[]] | undefined {
  if (!a.weekdays && !b.weekdays) return undefined;
  const daysOf = (date: DateMention): number[] | undefined => {
    if (date.weekdays) return date.weekdays;
    const day = date.weekdayMismatch ? undefined : (date.weekday ?? derivedWeekday(date));
    return day === undefined ? undefined : [day];
  };
  const x = daysOf(a);
  const y = daysOf(b);
  return x && y ? [x, y] : undefined;
}

function yearsAllowed(date: DateMention, year: number): [number, number] {
  if (date.yearBound === 'atMost') return [-Infinity, year];
  if (date.yearBound === 'atLeast') return [year, Infinity];
  return date.yearUncertain ? [year - 1, year + 1] : [year, year];
}

function daysApart(a: DateMention, b: DateMention): number | undefined {
  const day = (date: DateMention): number | undefined => {
    const year = date.year ?? date.impliedYear;
    if (year === undefined || date.month === undefined || date.day === undefined) return undefined;
    return Date.UTC(year, date.month - 1, date.day) / 864e5;
  };
  const x = day(a);
  const y = day(b);
  return x === undefined || y === undefined ? undefined : Math.abs(x - y);
}

// "local time" is the clock of an article that names none.
function otherClock(date: DateMention): string | undefined {
  return date.zone === 'local' ? undefined : date.zone;
}

function derivedWeekday(mention: DateMention): number | undefined {
  const year = mention.year ?? mention.impliedYear;
  if (year === undefined || mention.month === undefined || mention.day === undefined) return undefined;
  return weekdayOf(year, mention.month, mention.day);
}

/** The weekday a date's own day and month give it, for a date whose written weekday does not fit. */
export function trueWeekdayOf(mention: DateMention): number | undefined {
  return mention.weekdayMismatch ? derivedWeekday(mention) : undefined;
}

// The months of one year two dates name, when at least one names a span of them ("early next year").
function monthSpans(a: DateMention, b: DateMention): [[number, number], [number, number]] | undefined {
  if (!a.months && !b.months) return undefined;
  const yearA = a.year ?? a.impliedYear;
  const yearB = b.year ?? b.impliedYear;
  if (yearA === undefined || yearA !== yearB) return undefined;
  const spanA = a.months ?? (a.month === undefined ? undefined : ([a.month, a.month] as [number, number]));
  const spanB = b.months ?? (b.month === undefined ? undefined : ([b.month, b.month] as [number, number]));
  return spanA && spanB ? [spanA, spanB] : undefined;
}

function spansOfYears(a: DateMention, b: DateMention): [[number, number], [number, number]] | undefined {
  if (!a.years && !b.years) return undefined;
  const spanOf = (date: DateMention): [number, number] | undefined => {
    if (date.years) return date.years;
    if (date.year === undefined || date.yearBound !== undefined) return undefined;
    return date.yearUncertain ? [date.year - 1, date.year + 1] : [date.year, date.year];
  };
  const x = spanOf(a);
  const y = spanOf(b);
  return x && y ? [x, y] : undefined;
}

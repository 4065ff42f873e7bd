import type { LineRef } from '../../../shared/analysis.ts';
import type { DateMention } from './dateMentions.ts';
import type { FactFinding } from './finding.ts';
import { weekdayNames } from '../calendarWords.ts';
import { trueWeekdayOf } from './compareDates.ts';
import { groupMentions } from './factGroups.ts';
import { findingsFor } from './factFindings.ts';
import type { ValueMatch } from './factValues.ts';

// Two weekdays of one name are at least a week apart. So when one article writes "Sunday 9 March" and another
// "Sunday, March 10", they cannot both be right, whatever event each date belongs to: the story has one Sunday in
// that week and the articles disagree on its date. The calendar says which one is wrong, and the reasons say so.
// Dates a week or more apart may be two Sundays and are left alone.

export interface WeekdayDate extends DateMention {
  file: string;
  order: number;
}

const daysInWeek = 7;
const dayMs = 864e5;

/** Dates written with their weekday ("Sunday 9 March") that give one weekday two dates across articles. */
export function findWeekdayDates(dates: readonly WeekdayDate[]): FactFinding[] {
  const written = dates.filter((date) => date.weekday !== undefined && dayNumber(date) !== undefined);
  const groups = groupMentions(written, {
    keys: (date) => [`weekday ${date.weekday ?? ''}`],
    relate: (a, b) => (sameWeek(a, b) ? 1 : 0),
    exclusive: true,
  });
  // An article that writes both dates of one weekday contradicts itself and takes no side.
  const byFile = new Map<string, WeekdayDate[]>();
  for (const date of written) byFile.set(date.file, [...(byFile.get(date.file) ?? []), date]);
  const writesToo = (date: WeekdayDate, other: WeekdayDate): boolean =>
    (byFile.get(date.file) ?? []).some((own) => sameWeek(own, other) && sameDate(own, other));
  const compare = (a: WeekdayDate, b: WeekdayDate): ValueMatch => {
    if (sameDate(a, b)) return 'same';
    return writesToo(a, b) || writesToo(b, a) ? 'compatible' : 'different';
  };
  return groups.flatMap((group) => {
    const weekday = capitalised(weekdayNames[group[0]?.weekday ?? 0] ?? '');
    return findingsFor(group, {
      kind: 'date',
      fact: `Which date ${weekday} was`,
      compare,
      refOf,
      reasonsFor: (a, b) => [
        `both write the date of a ${weekday}: "${a.text}" / "${b.text}"`,
        ...(sameDate(a, b) ? [] : [`two ${weekday}s are at least a week apart, so both cannot be right`]),
        ...group.flatMap((date) => mismatch(date)),
      ],
    });
  });
}

/** Days since 1970 of a date's day and month, in its written year, or the year the set implies. */
function dayNumber(date: DateMention): number | undefined {
  if (date.day === undefined || date.month === undefined) return undefined;
  const year = date.year ?? date.impliedYear;
  return year === undefined ? undefined : Math.round(Date.UTC(year, date.month - 1, date.day) / dayMs);
}

/** The same written weekday, less than a week apart: one and the same day, if both were right. */
function sameWeek(a: DateMention, b: DateMention): boolean {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return a.weekday === b.weekday && x !== undefined && y !== undefined && Math.abs(x - y) < daysInWeek;
}

function sameDate(a: DateMention, b: DateMention): boolean {
  return dayNumber(a) === dayNumber(b);
}

function mismatch(date: WeekdayDate): string[] {
  const actual = trueWeekdayOf(date);
  if (actual === undefined) return [];
  return [`${date.file} writes "${date.text}", but that date was a ${capitalised(weekdayNames[actual] ?? '')}`];
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function refOf(date: WeekdayDate): LineRef {
  return { file: date.file, line: date.sentence.line, text: date.text };
}

// Month and weekday names: a figure next to one is part of a date ("February 20", "20 Feb"), never a count.

const names = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const calendar = new Set(names.flatMap((name) => [name, `${name}.`]));

/** Whether a lower-case word names a month or weekday ("feb.", "september", "friday"). */
export function isCalendarWord(lower: string): boolean {
  return calendar.has(lower);
}

export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

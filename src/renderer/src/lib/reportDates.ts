// Dates as a teacher or student reads them: the day in the local calendar, in words ("23 November 2026"), never
// a timestamp. Reports filter on whole local days, so what is on screen is what the figures count.

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "23 November 2026" */
export function sayDay(ms: number): string {
  return dayFormat.format(ms);
}

/** "23 Nov 2026, 14:05" */
export function sayDayAndTime(ms: number): string {
  return `${shortDayFormat.format(ms)}, ${timeFormat.format(ms)}`;
}

/** Midnight starting the given local day; the day may be given past its month's end (31 + 1 is the 1st). */
export function localMidnight(year: number, monthIndex: number, day: number): number {
  // setFullYear, not the Date constructor: the constructor reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setFullYear(year, monthIndex, day);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The "YYYY-MM-DD" of the local day `ms` falls on, as an <input type="date"> shows it. */
export function dateInputValue(ms: number): string {
  const date = new Date(ms);
  const parts = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return parts.map((n, at) => String(n).padStart(at === 0 ? 4 : 2, '0')).join('-');
}

/** The calendar day (YYYY-MM-DD) of a moment in this computer's time zone: a student's day ends at their midnight. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

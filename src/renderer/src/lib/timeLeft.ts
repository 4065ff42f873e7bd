// How a timed session's clock reads: minutes and seconds, and the few moments worth saying aloud.

/** 5 min 3 s → "5:03"; an hour or more → "1:02:03". Rounded up, so "0:00" shows only when time is up. */
export function clockText(leftMs: number): string {
  const seconds = Math.max(0, Math.ceil(leftMs / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** What a screen reader announces: at five minutes, one minute and the end, nothing in between. */
export function warningFor(leftMs: number): string {
  if (leftMs <= 0) return 'Time is up. Your answers are being handed in.';
  if (leftMs <= 60_000) return 'One minute left.';
  if (leftMs <= 5 * 60_000) return 'Five minutes left.';
  return '';
}

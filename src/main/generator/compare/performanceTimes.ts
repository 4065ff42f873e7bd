// A time achieved in a race or an event, written on a stopwatch: "3:57.84" (minutes, seconds, hundredths),
// "2:04:39" (a marathon's hours, minutes, seconds), "1:42.3". Never a time of day: no clock shows tenths, and no
// day starts a sentence's hour with one digit and seconds. Sport, rescues and trials report them, and outlets
// copy them wrongly ("3:57.84" / "3:58.14").

// Hours, minutes and seconds with an optional fraction ("2:04:39"), or minutes and seconds with one ("3:57.84").
const stopwatchSource = String.raw`(\d):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?|(\d{1,2}):([0-5]\d)\.(\d{1,3})`;
const stopwatch = new RegExp(`^(?:${stopwatchSource})$`, 'u');
const stopwatchInText = new RegExp(`\\b(?:${stopwatchSource})\\b`, 'gu');

/** Blanks every stopwatch time in a text (same length), so a date parser does not take it for a clock time. */
export function withoutStopwatchTimes(text: string): string {
  return text.replace(stopwatchInText, (found) => ' '.repeat(found.length));
}

/** The seconds a stopwatch time stands for, and the hundredths (or tenths) it is written to. */
export function readStopwatch(text: string): { seconds: number; decimals: number } | undefined {
  const match = stopwatch.exec(text);
  if (!match) return undefined;
  const [, hours, minutesOfHour, secondsOfHour, fractionOfHour, minutes, seconds, fraction] = match;
  const decimals = (fractionOfHour ?? fraction ?? '').length;
  const part = Number(`0.${fractionOfHour ?? fraction ?? '0'}`);
  if (hours !== undefined) {
    return { seconds: Number(hours) * 3600 + Number(minutesOfHour) * 60 + Number(secondsOfHour) + part, decimals };
  }
  return { seconds: Number(minutes) * 60 + Number(seconds) + part, decimals };
}

import * as chrono from 'chrono-node';

// Clock times in words, as reporters quote witnesses and write for the ear: "at half past nine", "around half past
// twelve", "a quarter to four", "six o'clock". chrono reads only figures, so the words are taught to it here; the
// hour stays open between morning and evening unless the article says which, as "9:30" does.

const hourWords = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;
const hourWord = hourWords.join('|');

/** "half past nine", "quarter to four", "a quarter past eight", "six o'clock", as written. */
export const wordClockPattern = new RegExp(
  String.raw`\b(?:(?:a\s+)?(half|quarter)\s+(past|to)\s+(${hourWord})|(${hourWord})\s+o['’]clock)\b`,
  'i',
);

function hourOf(word: string | undefined): number {
  return hourWords.indexOf((word ?? '').toLowerCase() as (typeof hourWords)[number]) + 1;
}

/** chrono's English reader, also reading clock times written in words. */
export const dateReader = chrono.casual.clone();
dateReader.parsers.push({
  pattern: () => wordClockPattern,
  extract: (_context, match) => {
    if (match[4]) return { hour: hourOf(match[4]), minute: 0 };
    const minutes = match[1]?.toLowerCase() === 'half' ? 30 : 15;
    const hour = hourOf(match[3]);
    // "a quarter to four" is 3.45, "a quarter to one" 12.45.
    if (match[2]?.toLowerCase() === 'past') return { hour, minute: minutes };
    return { hour: hour === 1 ? 12 : hour - 1, minute: 60 - minutes };
  },
});

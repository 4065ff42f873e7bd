import type { ArticleSentence } from './lineTokens.ts';
import type { DateMention, DateRelation } from './dateMentions.ts';

// Parts of a year chrono does not read, or reads as a time of day: "at the start of April", "before the end of the
// year", "before year-end", "in the first quarter of 2027", "early next year", "late 2027", "as early as next
// spring". Each is a year and a span of its months, so "late 2027" and "next spring" (2027) cannot meet, while
// "late 2027" and "the end of 2027" can. Seasons are the northern ones; a winter, which spans two years, is left out.

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const yearWords = '((?:19|20)\\d\\d|next year|this year|the year|last year)';
const seasons: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};
const quarters: Readonly<Record<string, [number, number]>> = {
  first: [1, 3],
  '1': [1, 3],
  second: [4, 6],
  '2': [4, 6],
  third: [7, 9],
  '3': [7, 9],
  fourth: [10, 12],
  '4': [10, 12],
  last: [10, 12],
  final: [10, 12],
};
const yearParts: Readonly<Record<string, [number, number]>> = {
  early: [1, 4],
  'the start of': [1, 1],
  'the beginning of': [1, 1],
  mid: [5, 8],
  'the middle of': [5, 8],
  late: [9, 12],
  'the end of': [12, 12],
  'the close of': [12, 12],
};

// The years of a decade its early, middle and late parts cover, overlapping as writers use them.
const decadeParts: Readonly<Record<string, [number, number]>> = { early: [0, 4], mid: [3, 7], late: [6, 9] };

const relationWords: Readonly<Record<string, DateRelation>> = {
  in: 'on',
  at: 'on',
  from: 'since',
  since: 'since',
  until: 'until',
  by: 'until',
  before: 'before',
  after: 'after',
};
const lead = '(?:\\b(in|at|from|since|until|by|before|after)\\s+)?';

interface Reading {
  pattern: RegExp;
  read: (
    match: RegExpMatchArray,
    reference: Date,
  ) => { year?: number; month?: number; months?: [number, number]; years?: [number, number] } | undefined;
}

const readings: readonly Reading[] = [
  // "at the start of April", "by the end of March 2027": the month, not a day of it.
  {
    pattern: new RegExp(
      `${lead}(?:the\\s+)?(?:start|beginning|end|close|middle)\\s+of\\s+${month}(?:\\s+((?:19|20)\\d\\d))?\\b`,
      'gi',
    ),
    read: (match) => {
      const at = monthNames.indexOf((match[2] ?? '').slice(0, 3).toLowerCase());
      return at < 0 ? undefined : { month: at + 1, ...(match[3] ? { year: Number(match[3]) } : {}) };
    },
  },
  // "before year-end", "by the end of the year", "early next year", "late 2027", "the middle of this year"
  {
    pattern: new RegExp(
      `${lead}(?:(year[- ]end)|(early|mid|late|the start of|the beginning of|the middle of|the end of|the close of)[- ]${yearWords})\\b`,
      'gi',
    ),
    read: (match, reference) => {
      if (match[2]) return { year: reference.getUTCFullYear(), month: 12 };
      const part = yearParts[(match[3] ?? '').toLowerCase()];
      const year = yearOf(match[4] ?? '', reference);
      if (!part || year === undefined) return undefined;
      // The end of a year is its December, the start its January, as endsOfYears in dateMentions.ts reads them.
      return part[0] === part[1] ? { year, month: part[0] } : { year, months: part };
    },
  },
  // "in the first quarter of 2027", "in Q1 2027"
  {
    pattern: new RegExp(
      `${lead}(?:(?:the\\s+)?(first|second|third|fourth|last|final)\\s+quarter\\s+of|q([1-4]))\\s+${yearWords}\\b`,
      'gi',
    ),
    read: (match, reference) => {
      const part = quarters[(match[2] ?? match[3] ?? '').toLowerCase()];
      const year = yearOf(match[4] ?? '', reference);
      return part && year !== undefined ? { year, months: part } : undefined;
    },
  },
  // "built in the 1960s", "since the early 1990s": a decade, or a part of one, is a span of years.
  {
    pattern: new RegExp(`${lead}(?:the\\s+)?(?:(early|mid|late)[- ])?((?:1[89]|20)\\d)0s\\b`, 'gi'),
    read: (match) => {
      const start = Number(match[3]) * 10;
      const part = decadeParts[(match[2] ?? '').toLowerCase()] ?? [0, 9];
      return { year: start + part[0], years: [start + part[0], start + part[1]] };
    },
  },
  // "next spring", "in the summer of 2027", "autumn 2026"
  {
    pattern:
      /(?:\b(in|by|until|before|after|since|from)\s+)?(?:(next|this|last)\s+(spring|summer|autumn|fall)|(?:the\s+)?(spring|summer|autumn|fall)\s+(?:of\s+)?((?:19|20)\d\d))\b/gi,
    read: (match, reference) => {
      const season = seasons[(match[3] ?? match[4] ?? '').toLowerCase()];
      if (!season) return undefined;
      if (match[5]) return { year: Number(match[5]), months: season };
      const year = reference.getUTCFullYear();
      const passed = reference.getUTCMonth() + 1 > season[1];
      const started = reference.getUTCMonth() + 1 >= season[0];
      const which = (match[2] ?? '').toLowerCase();
      if (which === 'next') return { year: started ? year + 1 : year, months: season };
      if (which === 'last') return { year: passed ? year : year - 1, months: season };
      return { year, months: season };
    },
  },
];

function yearOf(words: string, reference: Date): number | undefined {
  const lower = words.toLowerCase();
  const now = reference.getUTCFullYear();
  if (/^\d{4}$/.test(lower)) return Number(lower);
  if (lower === 'next year') return now + 1;
  if (lower === 'last year') return now - 1;
  if (lower === 'this year' || lower === 'the year') return now;
  return undefined;
}

/** The parts of years a sentence names, read against the article's date. */
export function findPartsOfYear(sentence: ArticleSentence, reference: Date): DateMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const found: DateMention[] = [];
  for (const { pattern, read } of readings) {
    for (const match of text.matchAll(pattern)) {
      const parts = read(match, reference);
      if (!parts) continue;
      const leadLength = match[1] ? match[0].indexOf(match[1]) + match[1].length + 1 : 0;
      let start = sentence.start + (match.index ?? 0) + leadLength;
      while (/\s/.test(sentence.lineText.charAt(start))) start += 1;
      const end = sentence.start + (match.index ?? 0) + match[0].length;
      if (found.some((mention) => mention.start < end && mention.end > start)) continue;
      found.push({
        sentence,
        text: sentence.lineText.slice(start, end),
        start,
        end,
        relation: relationWords[(match[1] ?? 'in').toLowerCase()] ?? 'on',
        ...parts,
      });
    }
  }
  return found;
}

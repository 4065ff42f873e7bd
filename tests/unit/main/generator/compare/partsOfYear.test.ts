import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findDateMentions, type DateMention } from '../../../../../src/main/generator/compare/dateMentions.ts';
import { compareDates } from '../../../../../src/main/generator/compare/compareDates.ts';

// Parts of a year chrono does not read: "late 2027", "early next year", "the first quarter of 2027", "next
// spring", "before year-end", "at the start of April". Sentences from business, politics, building and sport,
// read against an article of 13 July 2026.

const published = new Date(Date.UTC(2026, 6, 13, 12));

function read(text: string): Partial<DateMention>[] {
  return sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findDateMentions(sentence, { own: published, set: published }).map(
      ({ text: words, year, month, months, relation }) => ({
        text: words,
        ...(year === undefined ? {} : { year }),
        ...(month === undefined ? {} : { month }),
        ...(months === undefined ? {} : { months }),
        relation,
      }),
    ),
  );
}

function only(text: string): DateMention {
  const [sentence] = sentencesOfLine('a.txt', 1, text);
  const [mention] = sentence ? findDateMentions(sentence, { own: published, set: published }) : [];
  expect(mention, text).toBeDefined();
  return mention!;
}

describe('parts of a year', () => {
  it('reads spans of months, seasons against the article date, and ends of the current year', () => {
    expect(read('The stadium should be finished in late 2027.')).toEqual([
      { text: 'late 2027', year: 2027, months: [9, 12], relation: 'on' },
    ]);
    expect(read('The merger is expected to close in the first quarter of 2027.')).toEqual([
      { text: 'the first quarter of 2027', year: 2027, months: [1, 3], relation: 'on' },
    ]);
    expect(read('Ministers will publish the bill early next year.')).toEqual([
      { text: 'early next year', year: 2027, months: [1, 4], relation: 'on' },
    ]);
    // In July, this year's spring has passed: "next spring" is 2027's.
    expect(read('The bridge could reopen as early as next spring.')).toEqual([
      { text: 'next spring', year: 2027, months: [3, 5], relation: 'on' },
    ]);
    expect(read('The firm plans to list its shares before year-end.')).toEqual([
      { text: 'year-end', year: 2026, month: 12, relation: 'before' },
    ]);
    expect(read('The new timetable takes effect at the start of April.')).toEqual([
      { text: 'the start of April', month: 4, relation: 'on' },
    ]);
  });

  it('reads nothing in a season or quarter without a year, nor in a figure', () => {
    expect(read('Spring flowers were out in the park.')).toEqual([]);
    expect(read('Sales rose in the quarter, the company said.')).toEqual([]);
    expect(read('The club scored 2027 points over the season.')).toEqual([]);
  });

  it('compares spans: apart is different, overlapping compatible, one month inside a span compatible', () => {
    expect(compareDates(only('It opens in late 2027.'), only('It opens as early as next spring.'))).toBe('different');
    expect(compareDates(only('It opens in late 2027.'), only('It opens at the end of 2027.'))).toBe('compatible');
    expect(compareDates(only('It opens in late 2027.'), only('It opens in late 2027.'))).toBe('same');
    expect(compareDates(only('They file before year-end.'), only('They file in the first quarter of 2027.'))).toBe(
      'different',
    );
  });
});

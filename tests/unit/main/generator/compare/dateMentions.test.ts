import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import {
  findDateMentions,
  type DateMention,
  type DateReferences,
} from '../../../../../src/main/generator/compare/dateMentions.ts';
import { compareDates } from '../../../../../src/main/generator/compare/compareDates.ts';
import { publicationDate } from '../../../../../src/main/generator/compare/publicationDate.ts';
import { splitLines } from '../../../../../src/main/generator/articleText.ts';

// Dates as articles write them, kept to what the article states.

function dates(text: string, references: DateReferences = {}): Omit<DateMention, 'sentence'>[] {
  return sentencesOfLine('story.txt', 1, text)
    .flatMap((sentence) => findDateMentions(sentence, references))
    .map(({ sentence: _sentence, ...rest }) => rest);
}

function only(text: string, references: DateReferences = {}): DateMention {
  const sentence = sentencesOfLine('story.txt', 1, text)[0];
  const found = sentence ? findDateMentions(sentence, references) : [];
  expect(found, text).toHaveLength(1);
  return found[0] as DateMention;
}

describe('findDateMentions', () => {
  it('reads "Friday (4/2/2022)" as one date, the weekday choosing 4 February over April 2', () => {
    expect(dates('Xi Jinping and Putin met in Beijing on Friday (4/2/2022) ahead of the Olympics.')).toEqual([
      { text: 'Friday (4/2/2022)', start: 39, end: 56, relation: 'on', weekday: 5, year: 2022, month: 2, day: 4 },
    ]);
    expect(only('They met on Saturday (4/2/2022).')).toMatchObject({ month: 4, day: 2, weekday: 6 });
  });

  it('keeps only what is written: a weekday stays a weekday, a bare year a year', () => {
    expect(only('The US alleged on Wednesday that Russia had a plan.')).toMatchObject({
      text: 'Wednesday',
      weekday: 3,
    });
    expect(only('DataSoft was founded in 2009 by two students.')).toMatchObject({ text: '2009', year: 2009 });
    expect(only('The Olympic Games last until February 20.')).toMatchObject({ relation: 'until', month: 2, day: 20 });
    expect(only('The flood was the worst since 1998.')).toMatchObject({ relation: 'since', year: 1998 });
  });

  it('counts "yesterday" only against the article’s own date, "last year" against the set’s as well', () => {
    expect(dates('He died yesterday in hospital.')).toEqual([]);
    const own = new Date(Date.UTC(2024, 2, 7, 12));
    expect(only('He died yesterday in hospital.', { own })).toMatchObject({ day: 6, month: 3, year: 2024 });
    expect(only('The pact was announced last year.', { set: own })).toMatchObject({ year: 2023 });
  });

  it('leaves out the figure in "rose to 15 on Thursday", the dateline, and "march" the verb', () => {
    expect(only('The toll rose to 15 on Thursday, officials said.').text).toBe('Thursday');
    expect(
      dates('RIVERTON, March 7 (Newswire) - Fifteen people died on Monday night.').map((date) => date.text),
    ).toEqual(['Monday night']);
    expect(dates('Thousands march through the capital.')).toEqual([]);
  });
});

describe('times of day', () => {
  const own = new Date(Date.UTC(2025, 2, 10, 12));

  it('reads a part of the day, "early on", "late on" and a hedged clock time into the value', () => {
    expect(only('The evacuation began on Saturday night.')).toMatchObject({ text: 'Saturday night', weekday: 6 });
    expect(only('Ashford was evacuated early on Sunday.')).toMatchObject({ text: 'early on Sunday', weekday: 0 });
    expect(only('It collapsed shortly after 4am on Sunday.')).toMatchObject({
      text: 'shortly after 4am on Sunday',
      relation: 'on',
      time: { low: 240, high: 285 },
    });
    expect(only('It started at around 2am, officials said.').text).toBe('around 2am');
    expect(only('They met at 11.30pm on Friday.').time).toMatchObject({ low: 1400, high: 1420 });
    expect(only('The attack began at dawn on Sunday.')).toMatchObject({ text: 'at dawn on Sunday', weekday: 0 });
  });

  it('reads "this morning" and "last night" against the article’s own date only', () => {
    expect(dates('The order went out last night.')).toEqual([]);
    expect(only('The order went out last night.', { own })).toMatchObject({ day: 9, month: 3, year: 2025 });
    expect(only('Residents left early this morning.', { own })).toMatchObject({ text: 'early this morning', day: 10 });
  });

  it('does not take "5 amendments" or a score for a time', () => {
    expect(dates('The council passed 5 amendments.')).toEqual([]);
  });
});

describe('weekdays against dates', () => {
  const set = new Date(Date.UTC(2025, 4, 12, 12));

  it('gives a day and month the year of the set, to know its weekday, and flags a weekday that does not fit', () => {
    expect(only('It leaked on Sunday, May 11, officials said.', { set })).toMatchObject({
      weekday: 0,
      impliedYear: 2025,
    });
    expect(only('It leaked on Sunday, May 11, officials said.', { set }).weekdayMismatch).toBeUndefined();
    expect(only('It leaked on Sunday, May 10, officials said.', { set })).toMatchObject({ weekdayMismatch: true });
    // Without a date for the set there is no year to check against.
    expect(only('It leaked on Sunday, May 10, officials said.').weekdayMismatch).toBeUndefined();
  });

  it('compares a weekday with the weekday of a day and month, but not with a date that contradicts itself', () => {
    const compare = (a: string, b: string): string => compareDates(only(a, { set }), only(b, { set }));
    expect(compare('It leaked on Sunday.', 'It leaked on May 10.')).toBe('different');
    expect(compare('It leaked on Saturday.', 'It leaked on May 10.')).toBe('same');
    expect(compare('It leaked on Sunday, May 11.', 'It leaked on Sunday, May 10.')).toBe('different');
    expect(compare('It leaked on May 10.', 'It leaked on Sunday, May 10.')).toBe('same');
  });
});

describe('compareDates', () => {
  const compare = (a: string, b: string): string => compareDates(only(a), only(b));

  it('checks a weekday against the weekday of a full date', () => {
    expect(compare('They met on Friday.', 'They met on February 4, 2022.')).toBe('same');
    expect(compare('They met on Saturday.', 'They met on February 4, 2022.')).toBe('different');
    expect(compare('They met on Friday.', 'They met on Thursday.')).toBe('different');
  });

  it('compares times of one day: apart when they cannot meet, compatible when they can', () => {
    expect(compare('It began on Saturday night.', 'It began early on Sunday.')).toBe('different');
    expect(compare('It began at around 2am.', 'It began shortly after 4am.')).toBe('different');
    expect(compare('It began on Sunday morning.', 'It began on Sunday afternoon.')).toBe('different');
    expect(compare('It began on Friday night.', 'It began late on Friday.')).toBe('compatible');
    expect(compare('It began on Saturday evening.', 'It began at 10pm on Saturday.')).toBe('compatible');
    // Midnight wraps: "12.15am" can be the "midnight" another article rounds it to.
    expect(compare('It began at midnight.', 'It began at 12.15am.')).toBe('compatible');
    expect(compare('It began at 4am on Sunday.', 'It began at 4am on Sunday.')).toBe('same');
    expect(compare('It began shortly after 4am on Sunday.', 'It began on Sunday.')).toBe('same');
  });

  it('compares dates on the parts both state, and has no verdict when they share none', () => {
    expect(compare('It was founded in 2009.', 'It was founded in March 2009.')).toBe('same');
    expect(compare('It was founded in 2009.', 'It was founded in 2011.')).toBe('different');
    expect(compare('They met on June 14.', 'They met on June 13.')).toBe('different');
    expect(compare('They met on Friday.', 'They met on June 14.')).toBe('compatible');
  });
});

describe('publicationDate', () => {
  it('reads the date from the page chrome: a "Published" line, a dateline near the top', () => {
    expect(publicationDate(splitLines('a.txt', 'Published 11:51 IST, February 14th 2022\nTitle\nText.'))).toEqual(
      new Date(Date.UTC(2022, 1, 14, 12)),
    );
    expect(publicationDate(splitLines('b.txt', 'Title\nBy Jane Doe\nMarch 3, 2020\nThe storm hit.'))).toEqual(
      new Date(Date.UTC(2020, 2, 3, 12)),
    );
    expect(publicationDate(splitLines('c.txt', 'Updated: 5 May 2023\nPublished: 4 May 2023\nText.'))).toEqual(
      new Date(Date.UTC(2023, 4, 4, 12)),
    );
  });

  it('does not take a date the story mentions for the day it was published', () => {
    expect(
      publicationDate(splitLines('d.txt', 'Title\nThe toll rose on March 3, 2020 when the storm hit the coast.')),
    ).toBe(undefined);
  });
});

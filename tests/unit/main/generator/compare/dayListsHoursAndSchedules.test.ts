import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findDateMentions, type DateMention } from '../../../../../src/main/generator/compare/dateMentions.ts';
import { datesIn, onlyDate } from './datesIn.ts';
import { compareDates } from '../../../../../src/main/generator/compare/compareDates.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Date families the measles-outbreak set missed, tested with sentences from other trades: a list of days ("on
// Saturday and Sunday") against one of them alone, opening hours as a span ("from 10am to 4pm" / "9am to 3pm"),
// a thing "planned for" a day against the same thing "held on" a day, and a case "confirmed", "reported" or
// "picked up" on a day, which is one case coming to light. Each has clean cases that must stay quiet.

const published = new Date(Date.UTC(2026, 4, 13, 12));

const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

const only = (text: string): DateMention => onlyDate(text, published);

describe('a list of days', () => {
  it('reads "on Saturday and Sunday" as one date of two days, but not "Saturday or Sunday"', () => {
    expect(only('The ticket office at Harwell station will be closed on Saturday and Sunday.')).toMatchObject({
      text: 'Saturday and Sunday',
      weekdays: [6, 0],
    });
    expect(only('The hearing resumes on Monday, Tuesday and Wednesday.').weekdays).toEqual([1, 2, 3]);
    const sentence = sentencesOfLine('story.txt', 1, 'The vote may be held on Saturday or Sunday.')[0];
    const doubt = sentence ? findDateMentions(sentence, { own: published }) : [];
    expect(doubt.every((mention) => mention.weekdays === undefined)).toBe(true);
  });

  it('differs from one of its days alone, and is the same as the same days in another order', () => {
    const both = only('The strike will run on Monday and Tuesday.');
    expect(compareDates(both, only('The strike will run on Monday.'))).toBe('different');
    expect(compareDates(both, only('The strike will run on Tuesday and Monday.'))).toBe('same');
    expect(compareDates(both, only('The strike will run on Monday 18 May.'))).toBe('different');
  });

  it('is reported against a report of one day, in courts and sport', () => {
    expect(
      dateFacts({
        'a.txt': 'The sentencing hearing at Carlow Crown Court will sit on Monday and Tuesday.',
        'b.txt': 'The sentencing hearing at Carlow Crown Court will sit on Monday.',
      }).disagreements,
    ).toEqual([['Monday and Tuesday', 'Monday']]);
    const clean = dateFacts({
      'a.txt': 'The Dunmore regatta will be raced on Saturday and Sunday.',
      'b.txt': 'The Dunmore regatta will be raced on Saturday and Sunday, organisers confirmed.',
    });
    expect(clean.disagreements).toEqual([]);
  });
});

describe('opening hours', () => {
  it('reads "from 10am to 4pm" as a span, whose two ends must both agree', () => {
    const hours = only('The polling station at Fenwick Hall is open on Thursday from 7am to 10pm.');
    expect(hours.time).toMatchObject({ low: 7 * 60, high: 22 * 60, range: true });
    expect(compareDates(hours, only('The polling station at Fenwick Hall is open on Thursday, 7am to 10pm.'))).toBe(
      'same',
    );
    // Overlapping hours are still other hours.
    expect(compareDates(hours, only('The polling station at Fenwick Hall is open on Thursday, 8am to 9pm.'))).toBe(
      'different',
    );
    // A single hour inside the span says nothing against it.
    expect(compareDates(hours, only('The polling station at Fenwick Hall opened at 7am on Thursday.'))).toBe(
      'compatible',
    );
  });

  it('reads "between 11pm and 5am" as a span too, and one that runs past midnight into the next morning', () => {
    const night = only('The bridge will be shut between 11pm and 5am on Friday.');
    expect(night.time).toMatchObject({ low: 23 * 60, high: 29 * 60, range: true });
    expect(compareDates(night, only('The bridge will be shut from 11pm to 5am on Friday.'))).toBe('same');
    expect(compareDates(night, only('The bridge will be shut between 10pm and 6am on Friday.'))).toBe('different');
    // "Between" two days is no span of hours.
    expect(
      datesIn('The bridge will be shut between 11pm and midnight on Friday.', published).filter(
        (date) => date.time?.range,
      ),
    ).toEqual([]);
  });

  it('reports overnight hours told two ways as a disagreement', () => {
    expect(
      dateFacts({
        'a.txt': 'The Harwell bridge will be shut between 11pm and 5am on Friday for resurfacing.',
        'b.txt': 'The Harwell bridge will be shut from 10pm to 6am on Friday for resurfacing.',
      }).disagreements,
    ).toEqual([['11pm and 5am on Friday', '10pm to 6am on Friday']]);
  });
});

describe('one happening told with other verbs', () => {
  it('dates a thing "planned for" a day as the thing itself', () => {
    expect(
      dateFacts({
        'a.txt': 'A replacement bus service is planned for Saturday at Lowton station.',
        'b.txt': 'Replacement bus services will run on Sunday at Lowton station.',
      }).disagreements,
    ).toHaveLength(1);
    expect(
      dateFacts({
        'a.txt': 'The shareholder vote at Corran Mills is scheduled for Friday 22 May.',
        'b.txt': 'The shareholder vote at Corran Mills will be held on Friday 22 May.',
      }).disagreements,
    ).toEqual([]);
  });

  it('reads "set for" a day as arranging it, but not "set fire to"', () => {
    expect(
      dateFacts({
        'a.txt': 'A replacement bus service is set for Saturday at Lowton station.',
        'b.txt': 'Replacement bus services will run on Sunday at Lowton station.',
      }).disagreements,
    ).toHaveLength(1);
    expect(
      dateFacts({
        'a.txt': 'The barn at Marsh End farm was set on fire on Saturday.',
        'b.txt': 'The barn at Marsh End farm burned down on Sunday.',
      }).disagreements,
    ).toEqual([]);
  });

  it('takes a case confirmed, reported or detected on a day for one case coming to light', () => {
    expect(
      dateFacts({
        'a.txt': 'The first case of bird flu at the Marsh End farm was confirmed on 3 May.',
        'b.txt': 'The first case of bird flu at the Marsh End farm was detected on 10 May.',
      }).disagreements,
    ).toHaveLength(1);
    // Two happenings of one thing stay apart: the fraud came to light on one day, the suspect was charged on another.
    expect(
      dateFacts({
        'a.txt': 'The fraud at Kestrel Bank was discovered on 3 May.',
        'b.txt': 'The fraud at Kestrel Bank was charged on 10 May.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('since when something is a record', () => {
  it('counts "in more than 20 years" and "for over a decade" back from the article’s date, open on one side', () => {
    expect(only('It was the worst flood in the valley in more than 20 years.')).toMatchObject({
      year: 2006,
      relation: 'since',
      yearBound: 'atMost',
    });
    expect(only('Turnout was the highest for almost a decade.')).toMatchObject({ year: 2016, yearBound: 'atLeast' });
    // No superlative, no record: "in two years" is a plan.
    const sentence = sentencesOfLine('story.txt', 1, 'The line will reopen in two years.')[0];
    expect(sentence ? findDateMentions(sentence, { own: published }) : []).toEqual([]);
  });

  it('reports "since 2013" against "in more than 20 years", never against "for over a decade"', () => {
    // The storm is a word of other lines too, so the two share little but the record itself.
    expect(
      dateFacts({
        'a.txt': 'The storm closed roads.\n\nIt is the strongest storm in the region since 2013.',
        'b.txt': 'The storm cut power.\n\nThis is the worst storm here in more than 20 years.',
      }).disagreements,
    ).toEqual([['2013', 'more than 20 years']]);
    expect(
      dateFacts({
        'a.txt': 'It was the largest share sell-off at Corran Mills since 2013.',
        'b.txt': 'It was the biggest share sell-off at Corran Mills for over a decade.',
      }).disagreements,
    ).toEqual([]);
  });

  it('takes two records of one superlative for one record, whatever each calls the period', () => {
    // Published in 2026: 30 years back is 1996, half a century 1976 (a count of years is read give or take one, so it
    // fits rather than agrees).
    expect(
      dateFacts({
        'a.txt': 'Grain prices rose.\n\nThe region has had its wettest autumn since 1976.',
        'b.txt': 'Farmers lost crops after the wettest harvest season for 30 years, the union said.',
      }).disagreements,
    ).toEqual([['1976', '30 years']]);
    expect(
      dateFacts({
        'a.txt': 'Grain prices rose.\n\nThe region has had its wettest autumn since 1976.',
        'b.txt': 'Farmers lost crops after the wettest harvest season in half a century, the union said.',
      }).disagreements,
    ).toEqual([]);
    // Two superlatives are two records.
    expect(
      dateFacts({
        'a.txt': 'Grain prices rose.\n\nThe region has had its wettest autumn since 1976.',
        'b.txt': 'Farmers lost crops after the coldest harvest season for 30 years, the union said.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('a promise told by its deadline and by its day', () => {
  it('reports a promised day after the deadline, not one before it or on it', () => {
    expect(
      dateFacts({
        'a.txt': 'Refunds to Skyline passengers will be paid by Friday 22 May, the airline said.',
        'b.txt': 'Refunds to Skyline passengers will be paid on Tuesday 26 May.',
      }).disagreements,
    ).toEqual([['Friday 22 May', 'Tuesday 26 May']]);
    for (const day of ['Thursday 21 May', 'Friday 22 May']) {
      expect(
        dateFacts({
          'a.txt': 'Refunds to Skyline passengers will be paid by Friday 22 May, the airline said.',
          'b.txt': `Refunds to Skyline passengers will be paid on ${day}.`,
        }).disagreements,
      ).toEqual([]);
    }
  });

  it('places "next Monday" on the calendar of an article with its own date, to order it against a deadline', () => {
    // Published Wednesday 13 May 2026: next Monday is 18 May.
    expect(only('The new timetable will start next Monday.')).toMatchObject({
      weekday: 1,
      dayAhead: Date.UTC(2026, 4, 18) / 864e5,
    });
    expect(only('The timetable changed last Monday.').dayAhead).toBeUndefined();
  });

  it('leaves a deadline met late alone: the reports do not contradict each other', () => {
    expect(
      dateFacts({
        'a.txt': 'The contractor had to submit the Fenwick bridge plans by Friday 22 May.',
        'b.txt': 'The contractor submitted the Fenwick bridge plans on Tuesday 26 May.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('a month placed by "last" or "next"', () => {
  it('takes the year the article’s date gives it', () => {
    // Published May 2026.
    expect(only('The audit of the Harbour Trust, published last November, found gaps.')).toMatchObject({
      month: 11,
      year: 2025,
    });
    expect(only('The audit was published last March.')).toMatchObject({ month: 3, year: 2026 });
    expect(only('The inquiry will report next February.')).toMatchObject({ month: 2, year: 2027 });
  });

  it('then differs from another year of the same month, and agrees with its own', () => {
    const last = only('The audit of the Harbour Trust was published last November.');
    expect(compareDates(last, only('The audit of the Harbour Trust was published in November 2024.'))).toBe(
      'different',
    );
    expect(compareDates(last, only('The audit of the Harbour Trust was published in November 2025.'))).toBe('same');
  });
});

describe('clean cases around the new readings', () => {
  it('keeps "between Monday and Wednesday" apart, a span with Tuesday in it', () => {
    const sentence = sentencesOfLine('story.txt', 1, 'Trains will not run between Monday and Wednesday.')[0];
    const found = sentence ? findDateMentions(sentence, { own: published }) : [];
    expect(found.every((mention) => mention.weekdays === undefined)).toBe(true);
  });

  it('reads no record in "the latest protest" or "interest" before a count of years', () => {
    for (const text of [
      'The latest protest was the first in the square for years, and more may follow in two years.',
      'Interest has been paid in more than 20 years of instalments.',
    ]) {
      const sentence = sentencesOfLine('story.txt', 1, text)[0];
      const found = sentence ? findDateMentions(sentence, { own: published }) : [];
      expect(found.filter((mention) => mention.yearBound !== undefined || mention.relation === 'since')).toEqual([]);
    }
  });

  it('keeps a death reported one day and confirmed another as two steps', () => {
    expect(
      dateFacts({
        'a.txt': 'The death of a patient at Fenwick Hospital was reported on Sunday.',
        'b.txt': 'The death of a patient at Fenwick Hospital was confirmed on Monday.',
      }).disagreements,
    ).toEqual([]);
  });
});

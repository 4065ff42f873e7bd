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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { projectRoot } from '../../../../support/paths.ts';
import { everyLine, factValuesWithOtherNews } from './compareTexts.ts';

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
    // A wire dateline may name the country after the town.
    expect(
      dates('GARSTOW, England, Oct 19 (Northline) - The gauge was found on Sunday.').map((date) => date.text),
    ).toEqual(['Sunday']);
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
    // "in mid-morning on Sunday" (the gauge set): the part of the day before "on" its day, the middle of it.
    expect(only('It was found in mid-morning on Sunday by a council worker.')).toMatchObject({
      text: 'mid-morning on Sunday',
      weekday: 0,
    });
    expect(compare('It was found in mid-morning on Sunday.', 'It was found at 10.15am on Sunday.')).toBe('compatible');
    expect(compare('It was found in mid-morning on Sunday.', 'It was found at 7.30am on Sunday.')).toBe('different');
    // The afternoon ends where the evening begins, about five o'clock (the gauge set's burnt-out van).
    expect(compare('The van was found on Friday evening.', 'The van was found on Friday afternoon.')).toBe('different');
    expect(compare('The van was found on Friday afternoon.', 'The van was found at 3.30pm on Friday.')).toBe(
      'compatible',
    );
    expect(compare('The van was found on Friday evening.', 'The van was found at 7.30pm on Friday.')).toBe(
      'compatible',
    );
    expect(compare('It began on Friday night.', 'It began late on Friday.')).toBe('compatible');
    expect(compare('It began on Saturday evening.', 'It began at 10pm on Saturday.')).toBe('compatible');
    // Midnight wraps: "12.15am" can be the "midnight" another article rounds it to.
    expect(compare('It began at midnight.', 'It began at 12.15am.')).toBe('compatible');
    expect(compare('It began at 4am on Sunday.', 'It began at 4am on Sunday.')).toBe('same');
    expect(compare('It began shortly after 4am on Sunday.', 'It began on Sunday.')).toBe('same');
  });

  it('holds a time told to the minute to that minute, a half hour and an "about" a little looser', () => {
    // A ship's engine failed: one outlet read the log, another rounded, a third had another minute.
    expect(compare('The engine failed at 06:42 local time.', 'The engine failed at 6.51am.')).toBe('different');
    expect(compare('The engine failed at 17:47.', 'The engine failed at 5.47pm.')).toBe('same');
    expect(compare('The engine failed at 17:47.', 'The engine failed shortly before 6pm.')).toBe('compatible');
    expect(compare('The engine failed at 17:47.', 'The engine failed at around 6.30pm.')).toBe('different');
    expect(compare('The update was installed at 2.30am.', 'The update was installed at around 3am.')).toBe('different');
    expect(compare('The update was installed at 2.40am.', 'The update was installed at around 3am.')).toBe(
      'compatible',
    );
    // A round hour is still a rounded report, but not of the half hour a reporter would have written.
    expect(compare('The engine failed at 5am.', 'The engine failed at 5.20am.')).toBe('compatible');
    expect(compare('The race began at 10am.', 'The race began at 9.30am.')).toBe('different');
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

describe('dates told by a clock', () => {
  it('reads "at 2.15am local time on Tuesday" as one date, and names the clock', () => {
    const quake = only('The quake struck at 2.15am local time on Tuesday.');
    expect(quake).toMatchObject({ text: '2.15am local time on Tuesday', weekday: 2, zone: 'local' });
    expect(quake.time?.low).toBeLessThanOrEqual(135);
    expect(quake.time?.high).toBeGreaterThanOrEqual(135);
    expect(only('It struck on Tuesday local time.')).toMatchObject({ weekday: 2, zone: 'local' });
    expect(only('The blast came at 11pm on Monday Washington time.')).toMatchObject({ weekday: 1, zone: 'Washington' });
    expect(dates('It struck at 2.15am local time on Tuesday (1915 GMT Monday).').map((date) => date.zone)).toEqual([
      'local',
      'GMT',
    ]);
  });

  it('has no verdict across two clocks, where one moment falls on two days; "local time" is the plain clock', () => {
    const compare = (a: string, b: string): string => compareDates(only(a), only(b));
    expect(compare('It struck on Tuesday local time.', 'It struck on Monday GMT.')).toBe('compatible');
    expect(compare('It struck on Tuesday local time.', 'It struck on Wednesday.')).toBe('different');
    expect(compare('It struck on Tuesday local time.', 'It struck on Tuesday.')).toBe('same');
  });

  it('reads the same minute told once with its clock as one moment (the meteorite set), and a day alone as no verdict', () => {
    const compare = (a: string, b: string): string => compareDates(only(a), only(b));
    expect(compare('It was recorded at 21:47 BST.', 'Cameras recorded it at 9:47 p.m.')).toBe('same');
    expect(compare('It was recorded at 21:47 BST.', 'Cameras recorded it at 9:30 p.m.')).toBe('compatible');
    expect(compare('It struck on Tuesday GMT.', 'It struck on Tuesday.')).toBe('compatible');
    expect(compare('It struck at 11pm GMT.', 'It struck at 11pm EST.')).toBe('compatible');
  });
});

describe('"yesterday" in an article without its own date', () => {
  const near = new Date(Date.UTC(2025, 9, 17, 12));

  it('is read against the set’s date, and one day either way is no disagreement', () => {
    const yesterday = only('The train left the tracks yesterday evening.', { near });
    expect(yesterday).toMatchObject({ day: 16, month: 10, year: 2025, dayUncertain: true });
    expect(compareDates(yesterday, only('It derailed on Thursday evening.'))).toBe('compatible');
    expect(compareDates(yesterday, only('It derailed on Wednesday evening.'))).toBe('compatible');
    expect(compareDates(yesterday, only('It derailed on October 12, 2025.'))).toBe('different');
    expect(dates('The train left the tracks yesterday evening.')).toEqual([]);
  });
});

describe('publicationDate against the clock', () => {
  it('takes no date from "Updated 3 hours ago", which is read against the day the generator runs', () => {
    expect(publicationDate(splitLines('e.txt', 'Title\nUpdated 3 hours ago · 5 min read\nThe dam held.'))).toBe(
      undefined,
    );
  });
});

describe('more ways of writing a day', () => {
  it('reads "the night of 3 March" and "the morning of March 3" as the date with its part of the day', () => {
    expect(only('The fire broke out on the night of 3 March.', { set: new Date(Date.UTC(2025, 2, 10)) })).toMatchObject(
      {
        text: 'the night of 3 March',
        day: 3,
        month: 3,
        time: { key: 'night' },
      },
    );
    expect(only('Police arrived on the morning of March 3.').time?.key).toBe('morning');
  });

  it('keeps the weekday of "last Tuesday" without a date to read it against', () => {
    expect(only('The talks, held last Tuesday, failed.')).toMatchObject({ text: 'last Tuesday', weekday: 2 });
  });

  it('joins a day and the hour after it: "Saturday, March 8, at about 3am"', () => {
    expect(only('The systems went down on Saturday, March 8, at about 3am.')).toMatchObject({
      text: 'Saturday, March 8, at about 3am',
      weekday: 6,
      day: 8,
      time: { clock: true },
    });
  });
});

describe('deadlines', () => {
  const june2023 = { own: new Date(Date.UTC(2023, 5, 7, 12)) };

  it('reads "by the end of March 2024" and "until the end of 2024" as deadlines, the end of a year its December', () => {
    const line =
      'Solvang Home Group confirmed it will close its washing-machine factory in Wexmoor by the end of March 2024.';
    expect(only(line)).toMatchObject({ relation: 'until', month: 3, year: 2024 });
    expect(only('It will close its factory in Wexmoor, in the north of England, until the end of 2024.')).toMatchObject(
      { text: 'the end of 2024', relation: 'until', month: 12, year: 2024 },
    );
  });

  it('reads "not ... until" a day as the day it happens, and a bare "until" as a bound', () => {
    // From the prison-escape and airport sets: "They were not missed until the 6am count".
    expect(only('They were not missed until the 6am count.')).toMatchObject({ relation: 'on', text: '6am' });
    expect(only('The Carne bridge will stay shut until Thursday.')).toMatchObject({ relation: 'until' });
    const { disagreements } = findFacts(
      [
        splitLines('a.txt', 'The Carne bridge is not expected to reopen to traffic until Thursday, the council said.'),
        splitLines('b.txt', 'The council expects the Carne bridge to reopen to traffic on Wednesday.'),
      ],
      everyLine,
    );
    expect(disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([['Thursday', 'Wednesday']]);
  });

  it('reads "by" before a date that owns a noun as that day\'s thing, and before a deadline as a bound', () => {
    // From the sewage set: "swamped by Friday night's storms".
    expect(only('The pumping station was flooded by Saturday night’s storm.')).toMatchObject({ relation: 'on' });
    expect(only("The stand was damaged by Sunday's gales.")).toMatchObject({ relation: 'on' });
    expect(only("Bids must be in by Friday's deadline.")).toMatchObject({ relation: 'until' });
    expect(only('The road should reopen by Friday.')).toMatchObject({ relation: 'until' });
    const { disagreements } = findFacts(
      [
        splitLines('a.txt', 'The Holm sea wall was breached by Friday night’s storm, the council said.'),
        splitLines('b.txt', 'The Holm sea wall was breached during Saturday night’s storm, the council said.'),
      ],
      everyLine,
    );
    expect(disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([
      ['Friday night', 'Saturday night'],
    ]);
  });

  it('reads no date in the hour a running figure was read, nor in a live page’s entry stamp', () => {
    // From the marathon set, in other words: a tally "by last night", a reading "By 1pm".
    expect(dates('The appeal for the flood victims had raised more than £12,000 by last night.')).toEqual([]);
    expect(dates('By 3pm the gauge at Harl Bridge had recorded 41mm of rain.')).toEqual([]);
    expect(dates('09:05 - Harl Bridge reopens to traffic')).toEqual([]);
    expect(dates('14.20 Council leader visits the rest centre')).toEqual([]);
    // What must be done by then is a deadline; a figure in another clause is none of its business.
    expect(only('Residents of the 46 flats must leave by 5pm on Friday.')).toMatchObject({ relation: 'until' });
    expect(only('The council has found 38 beds, and hopes to move everyone by Monday.')).toMatchObject({
      relation: 'until',
    });
    expect(only('At 09:05 the bridge reopened to traffic.').text).toBe('09:05');
  });

  it('reads "by March next year" as one month of one year', () => {
    const found = dates('Staff were told the factory will close by March next year.', june2023);
    expect(found).toEqual([
      expect.objectContaining({ text: 'March next year', month: 3, year: 2024, relation: 'until' }),
    ]);
  });
});

describe('years of one happening told in other words', () => {
  // The plant-closure fixture set: "bought the factory" / "acquired the plant"; "the plant opened" is another
  // happening to the same plant.
  const dir = join(projectRoot, 'tests/fixtures/articles/2023-06-wexmoor-plant-closure');
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => splitLines(file, readFileSync(join(dir, file), 'utf8')));
  const { disagreements } = findFacts(articles, everyLine);
  const valuesOf = (fact: { values: { text: string }[] }): string[] => fact.values.map((value) => value.text);

  it('meets "bought the factory in 2016" with "acquired the plant in 2014"', () => {
    expect(disagreements.filter((fact) => fact.kind === 'date').map(valuesOf)).toContainEqual(['2016', '2014']);
  });

  it('meets "raised the alarm in March 2025" with "warned ... in June 2025"', () => {
    // As the grid-failure set tells a union's warning (no action in common but the warning); pumps here, among other news.
    const warnings = factValuesWithOtherNews(
      {
        'a.txt':
          "Rhys Ilton, secretary of the Pump Workers' Union, said members had raised the alarm about Carne in March 2025.",
        'b.txt':
          "The Pump Workers' Union said it had warned Holm Water about the state of the Carne pumps in a letter in June 2025.",
      },
      'date',
      new Date('2026-03-10T12:00:00Z'),
    );
    expect(warnings.disagreements).toEqual([['March 2025', 'June 2025']]);
  });

  it('gives what was announced to the date inside it, and still tells which announcement the day is of', () => {
    // "announced on Monday 5 June that it will close its factory ... until the end of 2024"
    const dated = disagreements.filter((fact) => fact.kind === 'date').map(valuesOf);
    expect(dated).toContainEqual(['March next year', 'the end of 2024']);
    const announced = dated.find((values) => values.includes('Monday 5 June')) ?? [];
    expect(announced.some((value) => /Tuesday|yesterday/.test(value))).toBe(true);
  });

  it('never compares the year the plant opened with the year it was bought', () => {
    const mixed = disagreements.filter((fact) => valuesOf(fact).includes('1962') && valuesOf(fact).includes('2014'));
    expect(mixed).toEqual([]);
  });
});

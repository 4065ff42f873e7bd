import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findDateMentions } from '../../../../../src/main/generator/compare/dateMentions.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Two false date findings of the election and wildfire sets and their general causes, with sentences from other
// trades: the day a sentence was said (", fire officials said on Monday") taken for the day of what it reports
// ("the evacuation order was issued Friday morning"), and units of measure ("percentage points", "per cent",
// "kilometres") taken for what happened, so that two unrelated dates near two figures looked like one event. And
// from the fraud set's misses: the year of a thing ("the Commission's 2024 report", "(2023)"), a date in an aside
// (", founded in 2019,") that took the whole sentence, and the words for founding and failing a business.

const published = new Date(Date.UTC(2026, 4, 13, 12));

const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

describe('the day a sentence was said', () => {
  it('is not the day of what it reports', () => {
    // A wildfire, a factory and a hospital: the trailing "officials said on Monday" dates the telling.
    expect(
      dateFacts({
        'a.txt': 'The evacuation order for Tarrow was issued Friday morning.',
        'b.txt': 'The fire forced nearly 4,000 people in Tarrow to evacuate, fire officials said on Monday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'Brightway closed its Leeds plant on Tuesday.',
        'b.txt': 'Brightway has closed its Leeds plant, the company said on Thursday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The ward at St Olaf hospital was shut on Saturday after an outbreak.',
        'b.txt': 'The ward at St Olaf hospital was shut after an outbreak, a spokeswoman said on Monday.',
      }).disagreements,
    ).toEqual([]);
  });

  it('still disagrees with the day of another statement', () => {
    const found = dateFacts({
      'a.txt': 'Brightway will close its Leeds plant, the company said on Tuesday.',
      'b.txt': 'Brightway will close its Leeds plant, the company said on Thursday.',
    });
    expect(found.disagreements).toEqual([['Tuesday', 'Thursday']]);
  });
});

describe('the day a cited document came out', () => {
  // The maternity set: "according to the damning report published on Wednesday" / "The report, published on
  // Thursday, ...": a participle inside "according to" dates the document, which is the story's own fact.
  it('is compared with the day another article gives for it', () => {
    const found = dateFacts({
      'a.txt': 'Mothers were left for as long as 12 hours, according to the damning report published on Wednesday.',
      'b.txt': 'The inspection report, published on Thursday, rates the unit inadequate.',
    });
    expect(found.disagreements).toEqual([['Wednesday', 'Thursday']]);
  });
});

describe('units of measure are not what happened', () => {
  it('does not make two dates one event because both stand near a share or a distance', () => {
    // An election: a recount ordered on Friday and the election of May 7, both beside "percentage point(s)".
    expect(
      dateFacts({
        'a.txt':
          'A recount is automatic when the top two are less than half a percentage point apart, and Achterberg ordered it on Friday afternoon.',
        'b.txt':
          'Castellane won the May 7 election by a margin of 0.25 percentage points, according to Lionel Achterberg.',
      }).disagreements,
    ).toEqual([]);
    // Business and a storm.
    expect(
      dateFacts({
        'a.txt': 'Acme shares fell 4 per cent on Tuesday after the results.',
        'b.txt': 'Acme raised its dividend by 4 per cent on Thursday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The storm made landfall 40 kilometres south of Harl on Sunday night.',
        'b.txt': 'Harl opened its new bypass, 12 kilometres long, on Friday.',
      }).disagreements,
    ).toEqual([]);
  });

  it('still finds one event told on two days when its own words meet', () => {
    const found = dateFacts({
      'a.txt': 'Acme shares fell 4 per cent on Tuesday after the results.',
      'b.txt': 'Acme shares fell 4 per cent on Wednesday after the results.',
    });
    expect(found.disagreements).toEqual([['Tuesday', 'Wednesday']]);
  });
});

describe('the year of a thing, and the date of an aside', () => {
  function years(text: string): number[] {
    const sentence = sentencesOfLine('story.txt', 1, text)[0];
    return sentence ? findDateMentions(sentence, { own: published }).map((mention) => mention.year ?? 0) : [];
  }

  it('reads a year before one thing, or in brackets after a name, as a date', () => {
    expect(years("The Electoral Commission's 2024 report found that 1.1 per cent of ballots were rejected.")).toEqual([
      2024,
    ]);
    expect(years('A 2019 review by the health board found long waits.')).toEqual([2019]);
    expect(years('According to the report from the Fiscal Council (2023), debt will rise.')).toEqual([2023]);
    // A count of people or things is no year.
    expect(years('The company and its 2000 employees moved to Leeds.')).toEqual([]);
    expect(years('Some 1950 homes were flooded.')).toEqual([]);
  });

  it('finds the year of one report told two ways', () => {
    const found = dateFacts({
      'a.txt': "The Regional Audit Office's 2024 report, Money Well Spent, found waste in the health board.",
      'b.txt':
        'According to the report "Money Well Spent" from the Regional Audit Office (2023), the health board wasted money.',
    });
    expect(found.disagreements).toEqual([['2024', '2023']]);
  });

  it('gives a date in an aside only the aside and the noun it describes', () => {
    // "founded in 2019" is the founding; the losses belong to the insolvency in March 2025.
    const found = dateFacts({
      'a.txt': 'Investors lost €38.4 million when Corvane, founded in 2019, filed for insolvency in March 2025.',
      'b.txt': 'Corvane, which Halvik set up in 2018 in a former shed, filed for bankruptcy in 2024.',
      'c.txt': 'Investors lost €38.4 million when the company went bust last year.',
    });
    expect(found.disagreements).toEqual(
      expect.arrayContaining([
        ['2019', '2018'],
        ['March 2025', '2024'],
      ]),
    );
  });

  it('folds "set up" into "founded", and "went bust" into "filed for bankruptcy"', () => {
    const found = dateFacts({
      'a.txt': 'The charity was established in 2011 by two nurses.',
      'b.txt': 'Two nurses set up the charity in 2012.',
    });
    expect(found.disagreements).toEqual([['2011', '2012']]);
    // A clean case: the same years.
    expect(
      dateFacts({
        'a.txt': 'The charity was established in 2011 by two nurses.',
        'b.txt': 'Two nurses set up the charity in 2011.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('dates written day first with dots', () => {
  function dates(text: string): { day?: number; month?: number; year?: number; weekday?: number; at?: number }[] {
    const sentence = sentencesOfLine('story.txt', 1, text)[0];
    return (sentence ? findDateMentions(sentence, { own: published }) : []).map((mention) => ({
      day: mention.day,
      month: mention.month,
      year: mention.year ?? mention.impliedYear,
      weekday: mention.weekday,
      at: mention.time?.clock ? (mention.time.low + mention.time.high) / 2 : undefined,
    }));
  }

  it('reads "Friday 8.5.", "Thursday 7.5.2026" and "Wednesday 13.05. at 01.10" as days of May', () => {
    expect(dates('In the first count on Friday 8.5., the difference was 78 votes.')).toEqual([
      { day: 8, month: 5, year: 2026, weekday: 5, at: undefined },
    ]);
    expect(dates('The election was held Thursday 7.5.2026.')).toEqual([
      { day: 7, month: 5, year: 2026, weekday: 4, at: undefined },
    ]);
    expect(dates('The recount was finished Wednesday 13.05. at 01.10 local time.')).toEqual([
      { day: 13, month: 5, year: 2026, weekday: 3, at: 70 },
    ]);
    // A trial, a match: "Sunday 12.7." in July.
    expect(dates('The company told on Sunday 12.7. that the study had succeeded.')[0]).toMatchObject({
      day: 12,
      month: 7,
    });
  });

  it('leaves decimals alone, and agrees with the same day written in words', () => {
    expect(dates('The film was rated 8.5. Critics liked it.')).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The recount was finished on Wednesday 13.05. in the city hall.',
        'b.txt': 'The recount was finished on Wednesday, May 13, in the city hall.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The recount was finished on Wednesday 13.05. in the city hall.',
        'b.txt': 'The recount was finished on Tuesday, May 12, in the city hall.',
      }).disagreements,
    ).toHaveLength(1);
  });
});

describe('a person and a place are no two named things', () => {
  it('pairs a date said of a person with one said of a place', () => {
    const found = dateFacts({
      'a.txt': 'Returning officer Anna Lindqvist declared the final figures just before 11pm on Tuesday.',
      'b.txt': 'The result was declared shortly after 1 a.m. Wednesday at the Harbour Exchange.',
    });
    expect(found.disagreements).toEqual([['just before 11pm on Tuesday', 'shortly after 1 a.m. Wednesday']]);
  });

  it('keeps two people apart, and two places apart', () => {
    expect(
      dateFacts({
        'a.txt': 'Anna Lindqvist, the health secretary, announced the review on Tuesday.',
        'b.txt': 'Tom Berger, the finance secretary, announced the review on Thursday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The Harl bridge was closed on Tuesday.',
        'b.txt': 'The Tarrow bridge was closed on Thursday.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('taking up an office', () => {
  it('reads "takes over as", "takes office" and "inaugurated" as the swearing-in', () => {
    expect(
      dateFacts({
        'a.txt': "A challenge could push back Lindqvist's swearing-in, currently set for 1 June.",
        'b.txt': 'Lindqvist takes over as mayor 08.06.2026.',
      }).disagreements,
    ).toEqual([['1 June', '08.06.2026']]);
    // A company and a country.
    expect(
      dateFacts({
        'a.txt': 'Berger will take office as chief executive of Acme on 3 March.',
        'b.txt': 'Berger will be sworn in as chief executive of Acme on 10 March.',
      }).disagreements,
    ).toEqual([['3 March', '10 March']]);
    expect(
      dateFacts({
        'a.txt': 'President Okafor was inaugurated in Harl on 12 January.',
        'b.txt': 'President Okafor was sworn in at Harl on 12 January.',
      }).disagreements,
    ).toEqual([]);
  });

  it('does not take a takeover of a company for taking an office', () => {
    expect(
      dateFacts({
        'a.txt': 'Acme took over Brightway on 3 March.',
        'b.txt': 'Berger will be sworn in as mayor of Harl on 10 March.',
      }).disagreements,
    ).toEqual([]);
  });
});

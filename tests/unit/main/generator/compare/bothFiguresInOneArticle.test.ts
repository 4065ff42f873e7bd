import { describe, expect, it } from 'vitest';
import { valuesOfTwo } from './compareTexts.ts';

// An article that gives both figures disagrees with neither: another outlet's figure may be the one it gives
// elsewhere. But only a figure of the same thing: a legal limit in the next sentence is not the hours worked.
// Sentences from an air accident inquiry.

const worked = (hours: string, limit: string) =>
  `A person close to the inquiry said the pilot had been on duty since 5am, which would mean ${hours} by the time ` +
  `of the landing. ${limit}`;
const roster =
  'According to a roster the airline has shared with investigators, his duty began at 06:30, which would put him ' +
  'at around 13 hours on duty by the time of the landing.';
const numbers = (a: string, b: string) => valuesOfTwo('number', a, b);

describe('an article that gives both figures', () => {
  it('disagrees with another outlet even when it gives the other figure for something else', () => {
    const limit = 'The legal limit for pilots is 13 hours.';
    expect(numbers(worked('more than 14 hours', limit), roster).disagreements).toEqual([
      ['more than 14 hours', 'around 13 hours'],
    ]);
  });

  it('stays quiet when it gives the other figure for the same thing', () => {
    const rounded = 'Others put his duty at about 13 hours by the time of the landing.';
    expect(numbers(worked('more than 14 hours', rounded), roster).disagreements).toEqual([]);
  });
});

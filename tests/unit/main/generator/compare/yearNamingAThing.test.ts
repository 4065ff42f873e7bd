import { describe, expect, it } from 'vitest';
import { datesOfTwo } from './compareTexts.ts';

// "The 1972 car park" / "The car park opened in 1969", first met on the car-park set: a year written before a
// thing's name is the year it was built or opened. Told here of a grandstand.

const named = (year: string) => `The ${year} grandstand, which holds 4,000 fans, will be demolished next spring.`;
const built = 'The grandstand was built in 1928, the club said.';

describe('a year that names a thing', () => {
  it('is the year the thing was built: it disagrees with another year of building, and agrees with the same', () => {
    expect(datesOfTwo(named('1931'), built)).toEqual({ disagreements: [['1931', '1928']], agreements: [] });
    expect(datesOfTwo(named('1928'), built)).toEqual({ disagreements: [], agreements: [['1928', '1928']] });
  });

  it('says nothing of other years of the thing, nor of a year that names another thing', () => {
    const sold = 'The club sold the grandstand in 2004, the club said.';
    expect(datesOfTwo(named('1931'), sold).disagreements).toEqual([]);
    const survey = 'The 2019 survey of the pitch found drainage faults, the club said.';
    expect(datesOfTwo(survey, built).disagreements).toEqual([]);
  });
});

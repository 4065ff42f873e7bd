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

// The robbery set's shop: "whose family has run the business since 1931" / "The business was founded in 1928".
describe('what has gone on since a year, against the year the thing began', () => {
  const since = 'The Pryce family has run the boatyard since 1931, and the fire destroyed two of its hulls.';

  it('is the same fact: the running began when the thing did', () => {
    const founded = (year: string) => `The boatyard was founded in ${year} by Ann Pryce's grandfather.`;
    expect(datesOfTwo(since, founded('1928')).disagreements).toEqual([['1931', '1928']]);
    expect(datesOfTwo(since, founded('1931')).agreements).toEqual([['1931', '1931']]);
  });

  it('is not the year of another happening to the thing', () => {
    const sold = "The boatyard was sold in 1928 to Ann Pryce's grandfather.";
    expect(datesOfTwo(since, sold).disagreements).toEqual([]);
  });
});

// The dog-attack and airport sets: "has had a protection order covering Mallow Park since 2022" / "introduced rules
// in 2023", "has been in place since 2021" / "installed in 2019". Told here of a town's speed cameras.
describe('a state told from a year, against the year the thing was brought in', () => {
  const since = 'Harl Borough Council has had average-speed cameras on the Marsh Road since 2021.';

  it('is the same fact when both sentences name the same thing', () => {
    const brought = (year: string) => `Harl Borough Council introduced cameras on the Marsh Road in ${year}.`;
    expect(datesOfTwo(since, brought('2019')).disagreements).toEqual([['2021', '2019']]);
    expect(datesOfTwo(since, brought('2021')).disagreements).toEqual([]);
    expect(
      datesOfTwo(
        'The cameras, installed in 2019 and supplied by Vantor Systems, failed on Friday.',
        'The network at the centre of it, built by Vantor Systems, has been in place since 2021.',
      ).disagreements,
    ).toEqual([['2019', '2021']]);
  });

  it('is not a thing brought in that the other sentence does not name', () => {
    expect(datesOfTwo(since, 'The school introduced a breakfast club in 2019.').disagreements).toEqual([]);
  });
});

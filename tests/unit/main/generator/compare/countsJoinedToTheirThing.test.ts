import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews, factValuesWithOtherNews } from './compareTexts.ts';

// "the 420-space car park" / "The 1972 car park, which has nearly 500 spaces": a figure joined to its thing by a
// hyphen counts what the joining word names, so it meets a count of those things in a sentence that names the
// same thing (first met on the car-park set, told here in other trades' words). An apposition that ends the
// sentence ("..., a style common in Welsh towns") says what kind of thing it is, and the places it names do not
// tell which figure it is.

const disagreements = disagreementsWithOtherNews;
const joined = 'The council, which runs the 2,000-seat theatre, said the roof would be repaired.';

describe('a count joined to its thing', () => {
  it('meets a count of the same things in a sentence that names the thing', () => {
    const b = (count: string) => `The theatre, which holds ${count} seats, has been shut since the storm.`;
    expect(disagreements({ 'a.txt': joined, 'b.txt': b('nearly 2,400') }, 'number')).toEqual([
      ['2,000', 'nearly 2,400'],
    ]);
    expect(disagreements({ 'a.txt': joined, 'b.txt': b('about 2,000') }, 'number')).toEqual([]);
  });

  it('does not meet a count of the same things that belong to something else', () => {
    const b = 'The Liberal Democrats, who hold 14 seats, said the repairs had been put off for years.';
    expect(disagreements({ 'a.txt': joined, 'b.txt': b }, 'number')).toEqual([]);
  });

  it('does not take the count of one thing for a count of other things', () => {
    const b = 'The theatre, which has 14 dressing rooms, has been shut since the storm.';
    expect(disagreements({ 'a.txt': joined, 'b.txt': b }, 'number')).toEqual([]);
  });

  it('reads the figure of a sentence that ends in an apposition by its own clause', () => {
    const b = 'The theatre, which holds nearly 2,400 seats, has been shut since the storm.';
    const c = 'The 2,000-seat theatre opened in 1931, a style common in Welsh towns of the period.';
    // One value of each reading is shown; the two that agree are a clean case of their own.
    expect(factValuesWithOtherNews({ 'a.txt': joined, 'b.txt': b, 'c.txt': c }, 'number')).toEqual({
      disagreements: [['2,000', 'nearly 2,400']],
      agreements: [['2,000', '2,000']],
    });
  });

  it('leaves a figure out of the clause of a sentence-ending apposition', () => {
    // The sewage set's rainfall: "..., a storm it described as a one-in-50-year event".
    const a = 'Thunderstorms brought 41 mm of rain to the valley in six hours, the weather service said.';
    const b = 'Nearly 45mm of rain fell on Harlby in six hours from Sunday evening, the weather service said.';
    const c =
      'It said up to 55mm of rain fell across parts of the valley in six hours on Sunday, a storm it described as a one-in-30-year event.';
    expect(disagreements({ 'a.txt': a, 'b.txt': b, 'c.txt': c }, 'number')).toEqual([
      ['41 mm', 'Nearly 45mm', 'up to 55mm'],
    ]);
  });

  it('counts the boats of "six rescue boats", not people rescued (the flood set)', () => {
    const a =
      'A helicopter lifted nine people from roofs, while six rescue boats worked through the night, the fire service said.';
    const b = (count: string) => `The fire service said crews rescued 63 people. ${count} boats were used overnight.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Four') }, 'number')).toEqual([['six', 'Four']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Six') }, 'number')).toEqual([]);
  });
});

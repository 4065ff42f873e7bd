import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// How old a built thing is, told as an age or as the year it was built ("the 2004-built tanker" / "the 22-year-old
// vessel" / "the 19-year-old tanker"), first met on the ferry and oil-leak sets. Written here with a bridge, an
// airliner, a block of flats and a tree (the golf set's oak); a person's age is left to the figures.

const published = new Date(Date.UTC(2026, 10, 22, 12));
const ages = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'number', published);

describe('the age of a built thing', () => {
  it('agrees where an age and a year of building fit, and differs where they do not', () => {
    const found = ages({
      'a.txt': 'The 1996-built road bridge was closed after a lorry struck its central pier.',
      'b.txt': 'Engineers are inspecting the 30-year-old bridge, which carries 20,000 vehicles a day.',
      'c.txt': 'The bridge, which was built in 1989, carries 20,000 vehicles a day.',
    });
    expect(found.disagreements).toEqual([['1996-built road bridge', 'built in 1989']]);
    expect(found.agreements).toContainEqual(['1996-built road bridge', '30-year-old bridge']);
  });

  it('reads the aircraft an age names, and an age told in words after the name', () => {
    expect(
      ages({
        'a.txt': 'The 12-year-old airliner had flown 40,000 hours, the airline said.',
        'b.txt': 'The Aurora Star is 15 years old and had flown 40,000 hours, the airline said.',
      }).disagreements,
    ).toEqual([['12-year-old airliner', 'is 15 years old']]);
  });

  it('dates a tree as a built thing, with a hedged age, and never as a person (the golf set)', () => {
    const tree = ages({
      'a.txt': 'Janet Orme, 54, was walking her dog when the 150-year-old oak in Harle Park came down in the gale.',
      'b.txt': 'A park ranger said the oak was around 200 years old and a well-known landmark in Harle.',
    });
    expect(tree.disagreements).toEqual([['150-year-old oak', 'was around 200 years old']]);
    // A person's age beside a thing built: "a 45-year-old bus driver" is no bus's age.
    expect(
      ages({
        'a.txt': 'A 45-year-old bus driver was hurt when the coach left the road near Harle.',
        'b.txt': 'The driver, 47, was hurt when the coach left the road near Harle.',
      }).disagreements,
    ).toEqual([['45', '47']]);
  });

  it('tells two ages once, and leaves a person’s age and an unbuilt thing alone', () => {
    // The figures already tell "22" from "23": one disagreement, not two.
    expect(
      ages({
        'a.txt': 'The 22-year-old tower block had its cladding replaced in 2019.',
        'b.txt': 'The 23-year-old tower block had its cladding replaced in 2019.',
      }).disagreements,
    ).toHaveLength(1);
    expect(
      ages({
        'a.txt': 'A 22-year-old man was arrested at the scene of the fire.',
        'b.txt': 'A 2004-built block was evacuated because of the fire.',
      }).disagreements,
    ).toEqual([]);
    expect(
      ages({
        'a.txt': 'The 40-year-old tradition draws thousands to the square.',
        'b.txt': 'The 35-year-old tradition draws thousands to the square.',
      }).disagreements.filter((values) => values.some((value) => /tradition/.test(value))),
    ).toEqual([]);
  });
});

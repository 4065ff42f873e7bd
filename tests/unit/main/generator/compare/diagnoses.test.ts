import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// What a thing was found to be, told as suspected in one article and confirmed in another (first met on the
// cruise-outbreak set's norovirus), told here about a hotel and a street: each beside the cases that must stay quiet.

const claims = (texts: Record<string, string>): string[][] => disagreementsWithOtherNews(texts, 'claim');

describe('suspected against confirmed', () => {
  const suspected = 'Three guests fell ill with what health officials suspect is Legionnaires disease, the hotel said.';

  it('reports a thing one article says is suspected and another confirmed', () => {
    const confirmed = 'Tests have confirmed Legionnaires disease in water samples taken from the hotel.';
    expect(claims({ 'a.txt': suspected, 'b.txt': confirmed })).toEqual([[suspected, confirmed]]);
  });

  it('stays quiet when both suspect it, or one doubts it', () => {
    expect(
      claims({ 'a.txt': suspected, 'b.txt': 'Officials described the illness as suspected Legionnaires disease.' }),
    ).toEqual([]);
    expect(
      claims({ 'a.txt': suspected, 'b.txt': 'Tests have not yet confirmed Legionnaires disease at the hotel.' }),
    ).toEqual([]);
  });

  it('reads each noun of a compound, and no count', () => {
    const leak = 'Firefighters were called to a suspected gas leak on Mill Street on Tuesday.';
    expect(claims({ 'a.txt': leak, 'b.txt': 'Engineers said the leak was confirmed within the hour.' })).toHaveLength(
      1,
    );
    expect(
      claims({
        'a.txt': 'There are twelve suspected cases in the town, the council said.',
        'b.txt': 'There are twelve confirmed cases in the town, the council said.',
      }),
    ).toEqual([]);
  });
});

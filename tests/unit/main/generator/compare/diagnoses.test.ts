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

describe('left unconfirmed against confirmed', () => {
  it('reports what one article says was not confirmed and another confirmed', () => {
    const open = 'The company has not said whether asbestos was present in the warehouse roof.';
    const confirmed = 'Inspectors confirmed on Friday that asbestos was present in the roof sheets.';
    expect(claims({ 'a.txt': open, 'b.txt': confirmed })).toEqual([[open, confirmed]]);
    const declined = 'Police declined to say whether a drone was involved in the near miss.';
    const drone = 'Police confirmed that a drone had come within 20 metres of the aircraft.';
    expect(claims({ 'a.txt': declined, 'b.txt': drone })).toEqual([[declined, drone]]);
  });

  it('stays quiet when both leave it open, and on a person whose state is another question', () => {
    expect(
      claims({
        'a.txt': 'The trust would not confirm whether ransomware was involved.',
        'b.txt': 'Staff were told to switch off computers after a suspected ransomware attack.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'Police have not said whether the man was armed.',
        'b.txt': 'Police confirmed that the man had died at the scene.',
      }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { claimsIn, disputedClaims } from './claimsIn.ts';

// A thing that "failed to" happen is denied as surely as one that "did not": "the siren failed to sound" against
// "the siren sounded". A phrasal verb keeps its particle in the fact's wording ("went off", "gave way").
// Sentences from floods, hospitals and storms, beside look-alikes that must stay quiet.

describe('"failed to" denies what follows it', () => {
  it('reads a failure to happen as a denial of the thing that failed', () => {
    expect(claimsIn('The flood siren failed to sound as the water rose.')).toContainEqual({
      thing: 'flood siren',
      verb: 'sound',
      denied: true,
    });
  });

  it('finds a siren that sounded in one article and failed to in another', () => {
    expect(
      disputedClaims({
        'gazette.txt': 'The flood siren sounded at 2am, giving residents of the lower town an hour to leave.',
        'echo.txt': 'Furious residents say the flood siren failed to sound as the river burst its banks.',
      }),
    ).toEqual(['Whether the flood siren sounded']);
  });

  it('words an alarm that went off with its particle, in the past', () => {
    expect(
      disputedClaims({
        'wire.txt': 'The hospital fire alarm did go off, but staff said they had not heard it on the upper wards.',
        'daily.txt': 'Shockingly, the hospital fire alarm FAILED to go off.',
      }),
    ).toEqual(['Whether the hospital fire alarm went off']);
    expect(
      disputedClaims({
        'wire.txt': 'The harbour wall gave way shortly after midnight.',
        'daily.txt': 'The harbour wall did not give way, the coastguard said.',
      }),
    ).toEqual(['Whether the harbour wall gave way']);
  });

  it('stays quiet for two things, or a failure that only might happen', () => {
    expect(
      disputedClaims({
        'wire.txt': 'A fire alarm went off in the east wing at 2am.',
        'daily.txt': 'The flood siren failed to sound.',
      }),
    ).toEqual([]);
    expect(
      disputedClaims({
        'wire.txt': 'The flood siren sounded at 2am.',
        'daily.txt': 'Residents fear the flood siren could fail to sound again next winter.',
      }),
    ).toEqual([]);
  });
});

describe('"paid back" is "repaid"', () => {
  // "Quarmby repaid 22,000 crowns" / "She has not paid back a single crown", first met on the resignation set.
  it('finds money repaid in one article and not paid back in another, and not when both say it was', () => {
    const repaid = 'The charity repaid 40,000 euros to the council in March, its chair said.';
    expect(
      disputedClaims({ 'a.txt': repaid, 'b.txt': 'The charity has not paid back a single euro, councillors say.' }),
    ).toEqual(['Whether the euros were repaid']);
    expect(
      disputedClaims({ 'a.txt': repaid, 'b.txt': 'The charity has paid back 40,000 euros, councillors say.' }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { disputedClaims } from './claimsIn.ts';

// Whether a failure was a cyber attack: "a technical failure rather than a cyber incident" against "Monday's cyber
// incident led to 190 cancellations", first met on the airport-outage set. Sentences from a hospital, a council and
// a bank, beside doubts and worries that answer nothing.

describe('whether a failure was a cyber attack', () => {
  it('finds one article calling it an attack and another ruling that out', () => {
    expect(
      disputedClaims({
        'wire.txt': 'The hospital said there was no evidence of a cyber attack and blamed a failed server upgrade.',
        'daily.txt': 'The cyber-attack forced the hospital to cancel 300 operations on Tuesday.',
      }),
    ).toEqual(['Whether it was a cyber attack']);
    expect(
      disputedClaims({
        'courier.txt': 'The council called the outage a technical fault rather than a cyber incident.',
        'blitz.txt': 'Hackers took the council’s payment system offline for three days.',
      }),
    ).toEqual(['Whether it was a cyber attack']);
    expect(
      disputedClaims({
        'courier.txt': 'The council has ruled out a cyber attack.',
        'blitz.txt': 'The outage knocked out card payments after a cyber attack on Monday.',
      }),
    ).toEqual(['Whether it was a cyber attack']);
  });

  it('stays quiet for a doubt, a worry, an article of two minds, and two articles that agree', () => {
    const bank = 'Customers of Saltmarsh Bank could not pay by card for most of Friday.';
    for (const line of [
      'It is not yet clear whether a cyber attack was to blame.',
      'The outage sparked fears of a suspected cyber attack.',
      'The bank said it could have been a cyber attack.',
      'The bank first denied a cyber attack, then admitted hackers had got in.',
      'The bank said the cyber attack had been contained by Saturday.',
    ]) {
      expect(
        disputedClaims({ 'a.txt': 'The bank said the cyber attack began on Friday.', 'b.txt': `${bank} ${line}` }),
        line,
      ).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { disputedClaims } from './claimsIn.ts';

// Whether a recall was the company's choice or ordered: "voluntarily recalled 140,000 pouches" / "was ordered by
// the agency to withdraw 140,000 units", first met on the EV-recall and baby-food sets. Sentences from toys, cars
// and cosmetics, beside doubts and look-alikes that must stay quiet.

describe('whether a recall was voluntary or ordered', () => {
  it('finds one article calling a recall voluntary and another ordered', () => {
    expect(
      disputedClaims({
        'wire.txt': 'Brightplay has voluntarily recalled 30,000 wooden toy trains, the company said.',
        'daily.txt': 'Brightplay was ordered by the safety regulator to recall 30,000 wooden toy trains.',
      }),
    ).toEqual(['Whether the recall was voluntary or ordered']);
    expect(
      disputedClaims({
        'wire.txt': 'The carmaker described the recall as voluntary.',
        'daily.txt': 'The recall of 8,000 vans is a move the transport authority ordered in March.',
      }),
    ).toHaveLength(1);
  });

  it('stays quiet for a doubt, a denial, "in order to", and two articles that agree', () => {
    const voluntary = 'Brightplay has voluntarily recalled 30,000 wooden toy trains.';
    for (const line of [
      'It is not clear whether the recall was voluntary.',
      'The recall was not ordered by the regulator, the company said.',
      'Brightplay recalled the toys in order to check the paint.',
      'Shoppers who ordered the recalled trains online will be refunded.',
      'Owners are required to return the recalled trains to the shop.',
      'Brightplay said the recall of the trains was voluntary.',
    ]) {
      expect(disputedClaims({ 'a.txt': voluntary, 'b.txt': line }), line).toEqual([]);
    }
  });
});

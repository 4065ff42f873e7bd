import { describe, expect, it } from 'vitest';
import { only, figures } from './figuresIn.ts';

// "Full results will take six to eight weeks" (the whale set) had been read as six results and a span of eight
// weeks. A bare figure running on "to" a higher one is one range, in the unit and scale the higher one gives.

describe('a range written "N to M"', () => {
  it('reads one range with the unit and the scale of its upper figure', () => {
    expect(only('Repairs to the pier will take three to four months.')).toMatchObject({
      text: 'three to four months',
      low: 3 * 30 * 24 * 60,
    });
    expect(only('The new roof will cost 20 to 30 million pounds.')).toMatchObject({
      text: '20 to 30 million pounds',
      low: 20_000_000,
      high: 30_000_000,
      unit: 'money:GBP',
    });
    expect(only('Some 40 to 50 families were moved out.')).toMatchObject({ low: 40, high: 50 });
  });

  it('reads no range in a figure running down, or from one figure to another', () => {
    expect(figures('The home side won 3 to 1.').map((figure) => figure.text)).not.toContain('3 to 1');
    expect(figures('Fares rose from 30 to 45 pounds.').map((figure) => figure.text)).not.toContain('30 to 45 pounds');
  });
});

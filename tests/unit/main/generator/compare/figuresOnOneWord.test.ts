import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// The university set: "needed to save £35m over three years" / "meant to save £32m over two years", beside "a
// £30million black hole" and "a forecast operating deficit of £28.5m". Sums of money abound in such a story; the
// word a figure hangs on says which sum it is.

describe('figures that hang on one word', () => {
  it('pairs the saving with the saving, not with the deficit beside it', () => {
    const { disagreements } = findIn({
      'wire.txt':
        'The vice-chancellor told staff the university needed to save £35m over three years after a sharp fall in overseas students.',
      'tabloid.txt': 'The uni blamed a £30million black hole in its finances on a fall in overseas students.',
      'trade.txt':
        'The plans are meant to save £32m over two years and to eliminate a forecast operating deficit of £28.5m.',
    });
    const money = disagreements
      .filter((fact) => fact.kind === 'number')
      .map((fact) => fact.values.map((value) => `${value.file} ${value.text}`))
      .filter((values) => values.some((value) => value.includes('£')));
    expect(money).toEqual([['wire.txt £35m', 'trade.txt £32m']]);
  });
});

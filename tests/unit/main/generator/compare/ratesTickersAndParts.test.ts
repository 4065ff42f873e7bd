import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';

// Figures the pairing used to lose: a rise told per month, a company named with its ticker, a part of a thing
// ("two of the school's boilers"), people who missed something, clock times with little else in common, and a share
// with its figure told again beside it.
// Sentences from trades other than the sets they were first met in.

const found = disagreementsWithOtherNews;

describe('figures told the way wires and money pages tell them', () => {
  it('compares what a rise adds each month, "an extra" included', () => {
    const a = (cost: string) =>
      `A Band D household in Ketterby will pay an extra £${cost} a month, or more than £90 a year, under the new council tax.`;
    const b = (cost: string) => `For a Band D household in Ketterby, the council tax rise adds about £${cost} a month.`;
    expect(found({ 'a.txt': a('8'), 'b.txt': b('6') }, 'number')).toEqual([['£8 a month', 'about £6 a month']]);
    expect(found({ 'a.txt': a('8'), 'b.txt': b('8') }, 'number')).toEqual([]);
  });

  it('passes over the figure told again in an aside ("35 per cent, or roughly 300 flats, to be affordable")', () => {
    // Each beside another share, so neither is the only percentage of its article.
    const a =
      'The estate, approved after a long public inquiry, includes 40% affordable housing. ' +
      'Only 12% of residents backed it in a poll.';
    const b =
      'It grants permission for the estate, with 35 per cent, or roughly 300 flats, to be affordable. ' +
      'Turnout in the poll was 9 per cent.';
    expect(found({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([['40%', '35 per cent']]);
  });

  it('passes over a ticker in brackets, and takes "gained" for a rise', () => {
    expect(
      sentencesOfLine('a.txt', 1, 'Shares fell 1.1%, while Halden Steel (HST.OL) gained 2.4%.').map((s) => s.end),
    ).toHaveLength(1);
    const a = 'The index fell 1.1% on Friday, while Halden Steel (HST.OL) gained 2.4%.';
    expect(found({ 'a.txt': a, 'b.txt': 'Halden Steel shares climbed 3 per cent on Friday.' }, 'number')).toEqual([
      ['2.4%', '3 per cent'],
    ]);
    expect(found({ 'a.txt': a, 'b.txt': 'Halden Steel shares climbed 2.4 per cent on Friday.' }, 'number')).toEqual([]);
  });

  it('counts "two of the school\'s boilers" as boilers, though not "two of the five boilers"', () => {
    const a = 'Two of the school’s boilers had not been working for several weeks before the closure.';
    expect(
      found({ 'a.txt': a, 'b.txt': 'Three of the school’s boilers were not working, a caretaker said.' }, 'number'),
    ).toEqual([['Two', 'Three']]);
    expect(
      found({ 'a.txt': a, 'b.txt': 'Two of the school’s boilers were not working, a caretaker said.' }, 'number'),
    ).toEqual([]);
  });

  it('counts travellers who missed their trains as travellers, not as people missing', () => {
    expect(
      found(
        {
          'a.txt': 'Around 9,000 passengers were affected by the signal failure at Brenna, the operator said.',
          'b.txt': 'The signal failure at Brenna led to roughly 12,000 travellers missing their trains.',
        },
        'number',
      ),
    ).toEqual([['Around 9,000', 'roughly 12,000']]);
  });

  it('compares two clock times of one happening even when the words beside them differ', () => {
    expect(
      found(
        {
          'a.txt': 'At about 4.10am, police said, raiders forced a fire door at the back of the gallery.',
          'b.txt':
            'Thieves got into the gallery through a fire exit at the back and took six paintings at around 5.30am.',
        },
        'date',
      ),
    ).toEqual([['about 4.10am', 'around 5.30am']]);
  });
});

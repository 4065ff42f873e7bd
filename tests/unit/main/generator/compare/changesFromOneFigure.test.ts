import { describe, expect, it } from 'vitest';
import { findIn, valuesOfTwo } from './compareTexts.ts';

// Two changes that start from one figure are one change told with two different ends: "to raise annual tuition fees
// ... from £6,200 to £8,950" / "to hike fees from £6,200 to £9,450" (the tuition-fee set), whatever bodies each
// sentence names.

const numbers = (a: string, b: string) => valuesOfTwo('number', a, b);

describe('changes from one figure', () => {
  it('compares the ends of two changes from the same figure', () => {
    expect(
      numbers(
        'Governors agreed on Tuesday to lift the charge from £6,200 to £8,950.',
        'The cost will soar from £6,200 to £9,450 for every newcomer.',
      ).disagreements,
    ).toEqual([['£8,950', '£9,450']]);
  });

  it('leaves apart two changes from different figures', () => {
    expect(
      numbers(
        'Governors agreed on Tuesday to lift the charge from £6,200 to £8,950.',
        'The cost will soar from £7,100 to £9,450 for every newcomer.',
      ).disagreements,
    ).toEqual([]);
  });

  it('joins a third article to a change from its figure though it names another body', () => {
    const { disagreements, agreements } = findIn({
      'wire.txt':
        'The University Court voted on 12 November to raise annual tuition fees for new students from £6,200 to £8,950.',
      'local.txt': 'The University Court voted on 12 November to raise annual tuition fees for new students to £8,950.',
      'tabloid.txt': 'The Board of Governors voted last week to hike fees from £6,200 to £9,450 for every new student.',
    });
    const values = (facts: typeof disagreements) => facts.map((fact) => fact.values.map((v) => `${v.file} ${v.text}`));
    expect(values(disagreements)).toEqual([['wire.txt £8,950', 'tabloid.txt £9,450']]);
    expect(values(agreements.filter((fact) => fact.kind === 'number'))).toEqual([
      ['wire.txt £8,950', 'local.txt £8,950'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// The place an elected person stands for, told two ways: a ward, a constituency, a seat. Sentences from national
// and local politics, beside look-alikes that must stay quiet.

const places = (texts: Record<string, string>) =>
  findIn(texts)
    .disagreements.filter((fact) => fact.fact.startsWith('The place'))
    .map((fact) => fact.values.map((value) => value.text));

describe('the place a person represents', () => {
  it('reports one person given two places', () => {
    expect(
      places({
        'a.txt': 'Councillor Tom Reyes, who represents the Northfield ward, voted against the plan.',
        'b.txt': 'Councillor Tom Reyes — the councillor for Hollins & Vale — voted against the plan.',
      }),
    ).toEqual([['Northfield ward', 'Hollins & Vale']]);
    expect(
      places({
        'a.txt': 'Labour MP Sarah Quinn, the MP for Hallam, spoke first.',
        'b.txt': 'Labour MP Sarah Quinn, who represents Broomhill, spoke first.',
      }),
    ).toEqual([['Hallam', 'Broomhill']]);
  });

  it('stays quiet for one place written two ways and for two people', () => {
    expect(
      places({
        'a.txt': 'Councillor Tom Reyes, who represents the Northfield ward, voted against the plan.',
        'b.txt': 'Councillor Tom Reyes, who represents Northfield, voted against the plan.',
      }),
    ).toEqual([]);
    expect(
      places({
        'a.txt': 'Councillor Tom Reyes, who represents Northfield, voted against the plan.',
        'b.txt': 'Councillor Ana Bell, who represents Hollins, voted for it.',
      }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// The badly hurt are a count of their own, beside the count of all the injured. Sentences from a factory fire and
// a ferry collision, none from the set the rule was first needed for (a coach crash).

const numbers = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'number');
const valuesOf = (fact: { values: { text: string }[] }) => fact.values.map((value) => value.text);

describe('counts of the seriously injured', () => {
  it('compares the badly hurt however each outlet says it', () => {
    const fire = numbers({
      'a.txt': 'Four workers were seriously injured in the fire at the Harl paint factory, the fire service said.',
      'b.txt':
        'The fire service said 31 people were treated after the Harl factory fire, six of them with serious injuries.',
    });
    expect(fire.map(valuesOf)).toEqual([['Four', 'six']]);
    expect(fire.map((fact) => fact.fact)).toEqual(['Number of people seriously injured']);
    expect(
      numbers({
        'a.txt': 'Seven of the injured were seriously hurt when the ferries collided off Skelm, the coastguard said.',
        'b.txt': 'Five people are in a critical condition after the ferries collided off Skelm, the coastguard said.',
      }).map(valuesOf),
    ).toEqual([['Seven', 'Five']]);
  });

  it('reads "in a serious but stable condition" further on, and a tabloid\'s "fighting for their lives"', () => {
    // The marathon set's runners in hospital.
    expect(
      numbers({
        'a.txt': 'Two men remain in hospital in a serious but stable condition after the Ravensby marathon.',
        'b.txt': 'At least 20 runners were taken to hospital and three were last night fighting for their lives.',
      }).map(valuesOf),
    ).toEqual([['Two', 'three']]);
    // "two of whom": the badly hurt among those just counted.
    expect(
      numbers({
        'a.txt':
          'The service took 14 runners to hospital, two of whom remained in a serious condition on Sunday night.',
        'b.txt': 'At least 20 runners were taken to hospital and three were last night fighting for their lives.',
      }).map(valuesOf),
    ).toEqual([
      ['14', 'At least 20'],
      ['two', 'three'],
    ]);
  });

  it('never compares the badly hurt with all the injured, or a part of the injured told no further', () => {
    expect(
      numbers({
        'a.txt': 'Nine people were injured in the fire at the Harl paint factory, the fire service said.',
        'b.txt': 'Six people were seriously injured in the fire at the Harl paint factory, the fire service said.',
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Three people were injured when the ferries collided off Skelm.',
        'b.txt': 'Two of the injured were children, after the ferries collided off Skelm.',
      }),
    ).toEqual([]);
  });
});

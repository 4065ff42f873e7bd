import { describe, expect, it } from 'vitest';
import { valuesOfTwo } from './compareTexts.ts';

// Two sentences that name different things are kept apart only by the names near their figures: "about 38,000 tonnes
// of diesel to Limerick" names the port for the cargo, while "The Greek-owned Thessaly Venture ... hit the Hollow
// Stones late on Thursday night with 40,000 tonnes" names the ship and the reef for the rest of the sentence (the
// tanker, tuition-fee, airport and landslide sets). Sentences from a grounding and a flood.

const numbers = (a: string, b: string) => valuesOfTwo('number', a, b);

describe('names near a figure', () => {
  it('compares two figures whose sentences name different things far from them', () => {
    expect(
      numbers(
        "Halvard Shipping's tanker Nordic Star ran aground off the coast on Friday while it was carrying about 38,000 tonnes of diesel.",
        'Coastguards said 40,000 tonnes of diesel were on board when the ship hit the Skerry Rocks.',
      ).disagreements,
    ).toEqual([['about 38,000 tonnes', '40,000 tonnes']]);
  });

  it('keeps apart two figures said of different places named beside them', () => {
    expect(
      numbers(
        'Floodwater entered 45 homes in Harl on Sunday.',
        'Some 30 homes in Tarrow were flooded when the river rose on Sunday.',
      ).disagreements,
    ).toEqual([]);
  });
});

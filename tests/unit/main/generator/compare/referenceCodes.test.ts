import { describe, expect, it } from 'vitest';
import { valuesOfTwo } from './compareTexts.ts';

// A reference code copied wrongly: "recall notice R-2026-0417" / "R-2026-0471", first met on the EV-recall set.
// Sentences from an airline, a court and a rescue, beside codes that are two things and numbers that are counts.

const names = (a: string, b: string) => valuesOfTwo('name', a, b);

describe('a reference code written two ways', () => {
  it('finds a notice, a flight and a call sign whose digits slipped', () => {
    expect(
      names(
        'The regulator published recall notice R-2026-0417 on Tuesday.',
        'According to recall notice R-2026-0471, the fault lies in the cells.',
      ).disagreements,
    ).toEqual([['notice R-2026-0417', 'notice R-2026-0471']]);
    expect(
      names('Passengers on flight BA2490 were stranded overnight.', 'Flight BA2940 was held at the gate for six hours.')
        .disagreements,
    ).toEqual([['flight BA2490', 'Flight BA2940']]);
    expect(
      names('The coastguard helicopter Rescue 914 winched two men aboard.', 'Rescue 941 lifted the men to hospital.')
        .disagreements,
    ).toEqual([['Rescue 914', 'Rescue 941']]);
  });

  it('stays quiet for codes far apart, an article that gives two, counts, years and one code written alike', () => {
    for (const [a, b] of [
      ['Passengers on flight BA2490 were stranded.', 'Passengers on flight EZY811 were stranded.'],
      ['Flights BA2490 and flight BA2940 were both cancelled.', 'Flight BA2940 was cancelled.'],
      ['About 400 people were evacuated.', 'About 410 people were evacuated.'],
      ['The plant opened in 1962.', 'The plant opened in 1926.'],
      ['Case number 24/0183 was adjourned.', 'The judge adjourned case number 24/0183.'],
    ]) {
      expect(names(a as string, b as string).disagreements, a).toEqual([]);
    }
  });
});

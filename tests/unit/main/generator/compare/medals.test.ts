import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// Which medal someone won at one event (from the doping-ban set: "the silver medal she won at the Continental
// Championships" / "the gold medal she won at the Continental Championships"), with sentences from swimming,
// rowing and a science fair, beside look-alikes that must stay quiet.

const medals = (texts: Record<string, string>) =>
  findIn(texts).disagreements.filter((fact) => fact.fact === 'Which medal was won');

describe('one event, two medal colours', () => {
  it('reports a colour given two ways for one event, however the medal is told', () => {
    const cases: Record<string, string>[] = [
      {
        'a.txt': 'She keeps the silver medal she won at the Continental Championships in Brenna.',
        'b.txt': 'She keeps the gold medal she won at the Continental Championships in Brenna.',
      },
      {
        'a.txt': 'The swimmer, who took bronze at the Commonwealth Games, retired on Monday.',
        'b.txt': 'The swimmer, a Commonwealth silver medallist, retired on Monday.',
      },
      {
        'a.txt': 'The crew won gold at the European Rowing Championships last summer.',
        'b.txt': 'The crew, European silver medallists last summer, were disqualified.',
      },
      {
        'a.txt': 'Her project won a gold medal at the Harlow Science Fair.',
        'b.txt': 'Her project won a bronze medal at the Harlow Science Fair.',
      },
    ];
    for (const texts of cases) expect(medals(texts).length, JSON.stringify(texts)).toBe(1);
  });

  it('stays quiet for prices and metals, two events, one colour, and an article that gives both', () => {
    const quiet: Record<string, string>[] = [
      {
        'a.txt': 'The price of gold rose on Monday, traders in London said.',
        'b.txt': 'Silver prices fell on Monday, traders in London said.',
      },
      {
        'a.txt': 'She won Olympic gold in 2024.',
        'b.txt': 'She took silver at the World Championships in 2025.',
      },
      {
        'a.txt': 'He won gold at the Nordic Games.',
        'b.txt': 'The Nordic Games gold medallist was cleared on Friday.',
      },
      {
        'a.txt': 'She won gold in the relay and silver in the sprint at the Nordic Games.',
        'b.txt': 'She won silver at the Nordic Games.',
      },
    ];
    for (const texts of quiet) expect(medals(texts), JSON.stringify(texts)).toEqual([]);
  });
});

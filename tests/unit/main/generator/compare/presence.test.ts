import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Whether someone was on duty: "No lifeguard was on duty" against "a lifeguard was on duty at the time". Sentences
// from a drowning, a care-home fire and a stadium crush, beside look-alikes that must stay quiet.

function disputed(texts: Record<string, string>): string[] {
  return findFacts(articlesOf(texts), everyLine)
    .disagreements.filter((fact) => fact.kind === 'claim')
    .map((fact) => fact.fact);
}

describe('who was on duty', () => {
  it('finds someone on duty in one article and nobody in another', () => {
    expect(
      disputed({
        'gazette.txt': 'No lifeguard was on duty when the boy got into difficulty off the main beach.',
        'wire.txt': 'A lifeguard was on duty at the time and swam out to the boy, the council said.',
      }),
    ).toEqual(['Whether a lifeguard was on duty']);
    expect(
      disputed({
        'echo.txt': 'Fire tears through care home with NO night nurse on shift',
        'times.txt': 'One night nurse was on shift when the fire started in a first-floor bedroom.',
      }),
    ).toEqual(['Whether a night nurse was on shift']);
    expect(
      disputed({
        'daily.txt': 'There were no stewards on duty at the north gate, fans said.',
        'wire.txt': 'Stewards were present at the north gate throughout, the club said.',
      }),
    ).toEqual(['Whether any stewards were present']);
  });

  it('stays quiet for two moments, two kinds of people, or a place that stands on a site', () => {
    expect(
      disputed({
        'gazette.txt': 'No police officers were on site until 3am.',
        'wire.txt': 'Police officers were on site at the time, the force said.',
      }),
    ).toEqual([]);
    expect(
      disputed({
        'gazette.txt': 'No lifeguard was on duty at the beach.',
        'wire.txt': 'A first-aider was on duty at the beach.',
      }),
    ).toEqual([]);
    expect(
      disputed({
        'gazette.txt': 'A car park on the site of the old mill was closed.',
        'wire.txt': 'No car park was damaged by the fire.',
      }),
    ).toEqual([]);
  });
});

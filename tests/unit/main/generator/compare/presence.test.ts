import { describe, expect, it } from 'vitest';
import { disputedClaims } from './claimsIn.ts';

// Whether someone was on duty: "No lifeguard was on duty" against "a lifeguard was on duty at the time". Sentences
// from a drowning, a care-home fire and a stadium crush, beside look-alikes that must stay quiet.

describe('who was on duty', () => {
  it('finds someone on duty in one article and nobody in another', () => {
    expect(
      disputedClaims({
        'gazette.txt': 'No lifeguard was on duty when the boy got into difficulty off the main beach.',
        'wire.txt': 'A lifeguard was on duty at the time and swam out to the boy, the council said.',
      }),
    ).toEqual(['Whether a lifeguard was on duty']);
    expect(
      disputedClaims({
        'echo.txt': 'Fire tears through care home with NO night nurse on shift',
        'times.txt': 'One night nurse was on shift when the fire started in a first-floor bedroom.',
      }),
    ).toEqual(['Whether a night nurse was on shift']);
    expect(
      disputedClaims({
        'daily.txt': 'There were no stewards on duty at the north gate, fans said.',
        'wire.txt': 'Stewards were present at the north gate throughout, the club said.',
      }),
    ).toEqual(['Whether any stewards were present']);
  });

  it('stays quiet for two moments, two kinds of people, or a place that stands on a site', () => {
    expect(
      disputedClaims({
        'gazette.txt': 'No police officers were on site until 3am.',
        'wire.txt': 'Police officers were on site at the time, the force said.',
      }),
    ).toEqual([]);
    expect(
      disputedClaims({
        'gazette.txt': 'No lifeguard was on duty at the beach.',
        'wire.txt': 'A first-aider was on duty at the beach.',
      }),
    ).toEqual([]);
    expect(
      disputedClaims({
        'gazette.txt': 'A car park on the site of the old mill was closed.',
        'wire.txt': 'No car park was damaged by the fire.',
      }),
    ).toEqual([]);
  });
});

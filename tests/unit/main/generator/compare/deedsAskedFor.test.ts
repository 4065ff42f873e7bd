import { describe, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween } from './compareTexts.ts';

// A deed asked for or wanted ("called on the Navy to publish its logs") is not told done, so it contradicts no
// article that says it was not done; one someone was made or let do ("forced the club to close") is told done.

describe('a deed after "to"', () => {
  const denied = 'The airline has not published its safety report.';

  it('reads a deed asked for, wanted or planned as not told done', () => {
    expectNoClaimBetween(denied, 'Passenger groups have called on the airline to publish its safety report.');
    expectNoClaimBetween(denied, 'Unions urged the airline to publish its safety report.');
    expectNoClaimBetween(denied, 'Regulators want the airline to publish its safety report.');
    expectNoClaimBetween(denied, 'The airline was called on to publish its safety report.');
  });

  it('reads a deed managed, forced, let or had to be done as told done', () => {
    expectOneClaimBetween(denied, 'The regulator forced the airline to publish its safety report.');
    expectOneClaimBetween(denied, 'The airline had to publish its safety report after the crash.');
    expectOneClaimBetween(denied, 'The airline went on to publish its safety report in May.');
  });
});

import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectOneClaimBetween } from './compareTexts.ts';

// Someone kept in post but off duty ("has been suspended", "placed on leave") neither resigned nor was sacked.
// Sentences from sport, policing, health and local politics, beside a service suspended, which is stopped for a
// while and says nothing of anyone's job.

describe('suspended from a post', () => {
  it('reports a suspension against a sacking and against a resignation', () => {
    const coach = 'Head coach Anna Berg has been suspended pending an investigation into the allegations.';
    const sacked = 'Head coach Anna Berg was sacked on Monday, the club said.';
    expectOneClaimBetween(coach, sacked);
    const onLeave = 'The force said its chief constable, Mark Dale, had been placed on leave.';
    const resigned = 'Chief Constable Mark Dale resigned on Tuesday night.';
    expectOneClaimBetween(onLeave, resigned);
    const gardening = 'The trust’s chief executive, Priya Nair, has been put on gardening leave.';
    const quit = 'Chief executive Priya Nair quit after the report was published.';
    expectOneClaimBetween(gardening, quit);
  });

  it('stays quiet when the articles agree, and on a service suspended', () => {
    expect(
      claimsOfTwo(
        'Her chief of staff, Leon Marsh, has been suspended on full pay.',
        'Chief of staff Leon Marsh was placed on leave while the inquiry runs.',
      ),
    ).toEqual([]);
    expect(
      claimsOfTwo(
        'All sailings between Ardmhor and Brannoch have been suspended until Wednesday.',
        'Councillor Brannoch resigned on Tuesday.',
      ),
    ).toEqual([]);
  });
});

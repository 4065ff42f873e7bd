import { describe, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween } from './compareTexts.ts';

// One who "left by mutual consent" neither resigned nor was sacked. Sentences from business, rugby and music, with
// the title before the name ("sacked chief executive Ann Hale") read as the person.

describe('retired, resigned or sacked', () => {
  it('reports a retirement against a resignation, read from a relative clause too', () => {
    const retired = 'Goalkeeper Tomas Brandt, who retired in March after 14 seasons, will coach the youth side.';
    const resigned = 'Goalkeeper Tomas Brandt resigned from the club in March.';
    expectOneClaimBetween(retired, resigned);
    expectNoClaimBetween(retired, 'Tomas Brandt retired from the club in March.');
    // A retired player is no claim of how he left.
    expectNoClaimBetween('The retired goalkeeper Tomas Brandt will coach the youth side.', resigned);
  });
});

describe('would have been sacked', () => {
  it('reads a sacking that would have happened, had the person still been in post, as none', () => {
    const sacked = 'Club secretary Dana Whitlow was sacked on Friday over the missing funds.';
    const wouldHave = 'Club secretary Dana Whitlow would have been sacked had she not already left the club.';
    expectOneClaimBetween(sacked, wouldHave);
    const former = 'Former club secretary Dana Whitlow would have been sacked over the missing funds.';
    expectOneClaimBetween(sacked, former);
    // Without a condition or a past holder, it may be a plan told in reported speech: not read.
    expectNoClaimBetween(sacked, 'The chairman said Dana Whitlow would have been sacked by the end of the season.');
  });
});

describe('left by mutual consent', () => {
  it('reports a departure by agreement against a sacking and a resignation', () => {
    const agreed = 'Chief executive Ann Hale has left the company by mutual consent.';
    const sacked = 'The board sacked chief executive Ann Hale on Monday.';
    expectOneClaimBetween(agreed, sacked);
    const parted = 'Head coach Luis Ortega parted company with the club by mutual agreement.';
    const resigned = 'Head coach Luis Ortega resigned on Friday after the defeat.';
    expectOneClaimBetween(parted, resigned);
  });

  it('stays quiet when the articles agree, and on an agreement that is no departure', () => {
    expectNoClaimBetween(
      'Conductor Maria Lind has left the orchestra by mutual consent.',
      'Maria Lind left the orchestra by mutual consent on Monday.',
    );
    expectNoClaimBetween(
      'The fee was settled by mutual consent.',
      'The board sacked chief executive Ann Hale on Monday.',
    );
  });
});

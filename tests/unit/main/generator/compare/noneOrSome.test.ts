import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// Whether there were any of a thing, first met on the rail-strike set ("There are no replacement buses at all" /
// "rail replacement buses are operating on three routes"), told here of a ferry strike and a flood.

const none = 'There are no relief coaches at all, whatever the operator has said.';
const some = 'Relief coaches are running between the two ports every hour.';

describe('whether there were any of a kind of thing', () => {
  it('sets "no" such things against such things doing something, in the words of each', () => {
    expect(claimsOfTwo(none, some)).toEqual([['no relief coaches', 'Relief coaches']]);
    expect(
      claimsOfTwo(
        'There were no sandbag stations in the town on Friday.',
        'Sandbag stations have opened at the school.',
      ),
    ).toEqual([['no sandbag stations', 'Sandbag stations']]);
  });

  it('stays quiet on a lone noun, a doubt, a denied verb, and when both agree', () => {
    expectNoClaimBetween('There are no coaches at all.', 'Coaches are running every hour.');
    expectNoClaimBetween('It is not clear whether relief coaches will run.', none);
    expectNoClaimBetween('Relief coaches are not running today.', none);
    expectNoClaimBetween(some, 'Relief coaches are running between the ports, the operator said.');
  });
});

import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// Whether a weapon was real, first met on the robbery set ("brandishing a handgun" / "possession of an imitation
// firearm"), told here of a post-office raid.

const real = 'A man threatened the cashier with a pistol before fleeing with the takings, police said.';
const replica = 'Police later found a replica pistol dumped in a bin near the post office.';

describe('whether a weapon was real or an imitation', () => {
  it('sets a weapon someone held against an imitation one, in the words of each', () => {
    expect(claimsOfTwo(real, replica)).toEqual([['threatened the cashier with a pistol', 'a replica pistol']]);
    expect(claimsOfTwo('The raider, armed with a handgun, fled on foot.', replica)).toEqual([
      ['armed with a handgun', 'a replica pistol'],
    ]);
  });

  it('stays quiet on firearms officers, when both agree, and when an article tells both', () => {
    expectNoClaimBetween('Firearms officers sealed off the street within minutes.', replica);
    expectNoClaimBetween(real, 'The raider brandished a pistol at the cashier, police said.');
    expectNoClaimBetween(
      real,
      'The raider brandished what looked like a pistol; police later found a replica pistol in a bin.',
    );
  });
});

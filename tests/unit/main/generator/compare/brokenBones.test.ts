import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// Which bone was broken, first met on the robbery set ("broke his hip" / "a broken leg"), told here of a cyclist
// knocked down at a junction.

const hip = 'The cyclist, 68, was thrown from his bike and broke his hip, ambulance crews said.';
const leg = 'The pensioner was taken to Hallam General, where he is being treated for a broken leg.';

describe('which bone was broken', () => {
  it('sets one bone against another, in the words of each', () => {
    expect(claimsOfTwo(hip, leg)).toEqual([['broke his hip', 'a broken leg']]);
    expect(claimsOfTwo('He suffered a fractured left wrist in the fall.', leg)).toEqual([
      ['fractured left wrist', 'a broken leg'],
    ]);
  });

  it('stays quiet when both name one bone, on things that broke, and when an article names two bones', () => {
    expectNoClaimBetween(hip, 'He is in hospital with a broken hip after the crash at the junction.');
    expectNoClaimBetween('The van broke the barrier and a broken window was found nearby.', leg);
    expectNoClaimBetween('The cyclist broke his hip and the driver suffered a broken wrist.', leg);
  });
});

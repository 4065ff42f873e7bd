import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// How busy a place was when it happened, first met on the car-park set ("The car park was largely empty at the
// time" / "The car park was packed with late-night shoppers"), told here of a station and a beach.

describe('how busy a place was at the time', () => {
  it('sets a place nearly empty against the same place packed, in the words of each', () => {
    const empty = 'The station concourse was almost deserted when the ceiling fell, police said.';
    const packed = 'The station concourse was packed with commuters when the ceiling fell.';
    expect(claimsOfTwo(empty, packed)).toEqual([
      ['The station concourse was almost deserted', 'The station concourse was packed'],
    ]);
  });

  it('stays quiet when both agree, when a place is described rather than told, or when it is doubted', () => {
    const quiet = 'The beach was quiet when the cliff gave way, the coastguard said.';
    expectNoClaimBetween(quiet, 'The beach was largely empty when the cliff gave way.');
    expectNoClaimBetween(quiet, 'The cliff above a busy beach gave way on Sunday.');
    expectNoClaimBetween(quiet, 'The beach would normally be packed on a sunny Sunday, the coastguard said.');
    // Two places: the beach and the car park above it.
    expectNoClaimBetween(quiet, 'The car park above the cliff was full when it gave way.');
  });
});

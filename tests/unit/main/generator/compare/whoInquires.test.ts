import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// Who looks into what went wrong, first met on the marathon set ("would commission an independent review" / "would
// carry out an internal review"), told here of a school trip and a council's IT failure.

const independent = 'The head teacher said the trust would commission an independent review of the trip.';
const internal = 'She said the school would carry out an internal review and report to governors.';

describe('whether an inquiry is independent or internal', () => {
  it('sets the two kinds against each other, in the words of each', () => {
    expect(claimsOfTwo(independent, internal)).toEqual([['independent review', 'internal review']]);
  });

  it('stays quiet on an inquiry someone asks for, on a routine audit, and when an article names both', () => {
    expectNoClaimBetween('Parents called for an independent review of the trip.', internal);
    expectNoClaimBetween(independent, 'A 2024 internal audit had warned the trust about its trips.');
    expectNoClaimBetween(independent, 'An internal review will be followed by an independent inquiry, the trust said.');
  });
});

import { describe, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween } from './compareTexts.ts';

// A declaration or an announcement of a thing makes it so: told as made in one article and as not made in another,
// it is a claim; a verb of saying with what was said after it tells no happening.

describe('a thing declared and not declared', () => {
  it('sets "had not declared a major incident" against "declared a major incident"', () => {
    expectOneClaimBetween(
      'The health board said it had not declared a major incident, although wards were full.',
      'Greymoor Health Board declared a major incident as wards filled up.',
    );
    expectOneClaimBetween(
      'The club has not announced the sale of the stadium.',
      'The club announced the sale of the stadium on Monday.',
    );
  });

  it('says nothing of what was said, of another thing declared, or of a thing narrowed another way', () => {
    expectNoClaimBetween(
      'The club announced the sale would go ahead in June.',
      'The club has not announced the sale of the stadium.',
    );
    expectNoClaimBetween(
      'Greymoor Health Board declared a major incident as wards filled up.',
      'The council has not declared a climate emergency.',
    );
    expectNoClaimBetween(
      'The health board declared a critical incident on Monday.',
      'The health board had not declared a major incident.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findPredicateClaims } from '../../../../../src/main/generator/compare/predicateClaims.ts';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// Claims first met on the festival set, told here in other trades' words: a thing owned by another ("the
// league's final round"), "last" and "final" picking out one day, and a company name whose last word wink reads as
// a verb ("Northgate Live"). Each beside the clean case that must stay quiet.

function claimsOf(text: string): { thing: string; verb: string }[] {
  return sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findPredicateClaims(sentence))
    .map((claim) => ({ thing: claim.phraseText, verb: claim.verbText }));
}

describe('things owned by others, and names that end in a verb', () => {
  it('reads the thing after an owner\'s "\'s" as what underwent the verb', () => {
    expect(claimsOf("The board has postponed the league's final round.")).toContainEqual({
      thing: 'final round',
      verb: 'postponed',
    });
  });

  it('hears "postponed the last day" and "the final day was cancelled" as one day told two ways', () => {
    const a = "The organisers have postponed the show's last day, citing the storm damage.";
    const b = (verb: string) => `The final day of the show has been ${verb} because of the storm damage.`;
    expect(disagreementsWithOtherNews({ 'a.txt': a, 'b.txt': b('cancelled') }, 'claim')).toHaveLength(1);
    expect(disagreementsWithOtherNews({ 'a.txt': a, 'b.txt': b('postponed') }, 'claim')).toEqual([]);
  });

  it('does not read the last word of "Northgate Live" as a verb', () => {
    // The claim and the contraries it denies are all told by "cancelled"; none by "Live".
    const verbs = claimsOf('Promoters Northgate Live cancelled the show at 7am.').map((claim) => claim.verb);
    expect(verbs.length).toBeGreaterThan(0);
    expect(new Set(verbs)).toEqual(new Set(['cancelled']));
  });
});

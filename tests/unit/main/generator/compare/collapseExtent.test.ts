import { describe, expect, it } from 'vitest';
import { claimsOfTwo, expectNoClaimBetween } from './compareTexts.ts';

// How much of a structure fell, first met on the car-park and festival-stage sets ("Part of the top deck has
// collapsed" / "the entire top floor caved in"), told here of a stand, a mill and a pier. The value shown is the
// words of extent up to the collapse, so a teacher sees "part of ..." against "the entire ...".

const part = 'Part of the north stand roof collapsed onto empty seats at Holm Park on Sunday, the club said.';
const whole = 'Fans fled as the entire north stand roof caved in at Holm Park on Sunday.';

describe('how much of a structure collapsed', () => {
  it('sets part of a roof against the entire roof, each told in its own words', () => {
    expect(claimsOfTwo(part, whole)).toEqual([
      ['Part of the north stand roof collapsed', 'the entire north stand roof caved in'],
    ]);
  });

  it('reads "gave way", "came crashing down" and "partially collapsed" as a collapse', () => {
    const gaveWay = 'Part of the mill floor gave way under the weight of the grain, the fire service said.';
    const crashing = 'The whole mill floor came crashing down under the weight of the grain, the fire service said.';
    expect(claimsOfTwo(gaveWay, crashing)).toEqual([
      ['Part of the mill floor gave way', 'The whole mill floor came crashing down'],
    ]);
    const partially = 'The old pier, which partially collapsed in the storm, will be demolished, the council said.';
    const entirely = 'The old pier, which collapsed entirely in the storm, will be demolished, the council said.';
    expect(claimsOfTwo(partially, entirely)).toEqual([['partially collapsed', 'collapsed entirely']]);
    expect(claimsOfTwo(partially, 'The entire old pier collapsed in the storm, the council said.')).toEqual([
      ['partially collapsed', 'The entire old pier collapsed'],
    ]);
  });

  it('stays quiet when both tell part, when one doubts the collapse, or when a sentence tells both', () => {
    expectNoClaimBetween(part, 'Part of the north stand roof caved in at Holm Park on Sunday.');
    expectNoClaimBetween(part, 'Engineers said the entire north stand roof could collapse at Holm Park.');
    // A count of things that fell says nothing of how much of each fell.
    expectNoClaimBetween(part, 'A total of three stand roofs collapsed at Holm Park on Sunday.');
    expectNoClaimBetween(
      part,
      'Part of the north stand roof collapsed, and then the entire north stand roof caved in at Holm Park.',
    );
  });
});

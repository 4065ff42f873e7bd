import { describe, expect, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween, findIn } from './compareTexts.ts';

// The people held after one event, named as a group ("They", "Two men arrested after the raid", "the suspects"):
// one article has them out on bail, another still in custody. Sentences from a stabbing, a depot raid and a protest.

describe('a group held or bailed', () => {
  it('reports the group out on bail in one article and in custody in another', () => {
    const bailed = 'Three teenagers arrested after the stabbing in Harlow have been released on bail.';
    const held = 'The suspects remain in custody, police said on Sunday.';
    expectOneClaimBetween(bailed, held);
    const they = 'They have since been released on bail pending further inquiries, the force said.';
    const men = 'Two men arrested after the raid on the Kelby depot remain in custody.';
    expectOneClaimBetween(they, men);
  });

  it('asks where those arrested are', () => {
    const found = findIn({
      'a.txt': 'They have since been released on bail pending further inquiries, the force said.',
      'b.txt': 'Two men arrested after the raid on the Kelby depot remain in custody.',
    });
    expect(found.disagreements.map((fact) => fact.fact)).toContain(
      'Whether those arrested are in custody or out on bail',
    );
  });

  it('stays quiet when the articles agree, one tells only of the arrest, or names the one held', () => {
    expectNoClaimBetween(
      'Two women arrested after the protest were remanded in custody.',
      'The suspects remain in custody.',
    );
    expectNoClaimBetween('Two men were arrested at the scene on Friday.', 'The suspects have been released on bail.');
    expectNoClaimBetween('They said Dean Moss was remanded in custody.', 'The suspects have been released on bail.');
  });
});

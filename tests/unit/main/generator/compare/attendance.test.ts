import { describe, expect, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween, findIn } from './compareTexts.ts';

// Whether someone was at their own hearing: in person, by video link, or not at all. Sentences from an inquest, a
// sports tribunal and a planning appeal, with look-alikes that must stay quiet.

describe('attendance at a hearing', () => {
  it('reports "appeared in person" against "did not attend the hearing", asked as attendance', () => {
    const there = 'The jockey, Carla Menzies, who appeared in person, said she regretted the incident.';
    const away = 'Carla Menzies, who did not attend the hearing, was represented by her agent.';
    expectOneClaimBetween(there, away);
    const { disagreements } = findIn({ 'a.txt': there, 'b.txt': away });
    expect(disagreements.map((fact) => fact.fact)).toContain('Whether Carla Menzies attended the hearing in person');
  });

  it('reads giving evidence as being there, and a video link or a sentence "in his absence" as not', () => {
    const gave = 'Giving evidence over three days, Dr Ravi Anand told the inquest the ward was short of nurses.';
    const video = 'Dr Ravi Anand gave evidence by video link from Toronto.';
    expectOneClaimBetween(gave, video);
    const present = 'Developer Iain Rusk attended the appeal session at the town hall.';
    const absent = 'Iain Rusk was fined £4,000 in his absence.';
    expectOneClaimBetween(present, absent);
  });

  it('stays quiet when the articles agree, and on attending something other than a hearing', () => {
    expectNoClaimBetween(
      'Carla Menzies, who did not attend the hearing, was represented by her agent.',
      'Carla Menzies did not attend the two-day hearing.',
    );
    expectNoClaimBetween(
      'Carla Menzies attended school in Ashwell before turning professional.',
      'Carla Menzies, who did not attend the hearing, was represented by her agent.',
    );
  });
});

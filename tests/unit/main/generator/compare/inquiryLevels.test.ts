import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews, findIn } from './compareTexts.ts';

// How far an official inquiry has gone, first met on the data-breach, airport and blackout sets, told here in
// other trades' words: a first look ("opened a review", "making initial enquiries", "looking into", "stopped short
// of a formal investigation") against a formal investigation ("launched a probe"). Each beside the clean cases
// that must stay quiet.

const claims = (texts: Record<string, string>) => disagreementsWithOtherNews(texts, 'claim');

describe('how far an official inquiry has gone', () => {
  it('reads "opened a review" against "launched a formal investigation"', () => {
    const a = 'The Food Standards Agency has opened a review of the recall, a spokesperson said.';
    const b = (step: string) => `The food watchdog has ${step} into the recall.`;
    expect(claims({ 'a.txt': a, 'b.txt': b('launched a formal investigation') })).toEqual([
      [a, b('launched a formal investigation')],
    ]);
    expect(claims({ 'a.txt': a, 'b.txt': b('begun a review of its handling and looked') })).toEqual([]);
  });

  it('reads "making initial enquiries" and "stopped short of" as a first look', () => {
    const a = 'Police said they were making initial enquiries after the footage was shared.';
    const b = 'Police have launched an investigation after the footage was shared online.';
    expect(claims({ 'a.txt': a, 'b.txt': b })).toEqual([[a, b]]);
    const c = 'The rail regulator is looking into the signal failure but has stopped short of a formal investigation.';
    const d = 'The rail regulator has opened a formal investigation into the signal failure.';
    expect(claims({ 'c.txt': c, 'd.txt': d })).toHaveLength(1);
  });

  it('reads "was assessing it" as a first look, and a tabloid\'s "cops" as the police (the resignation set)', () => {
    const a = 'Harlow Police said it had received the complaint and was assessing it.';
    const b = 'Cops have launched a fraud probe into the charity.';
    expect(claims({ 'a.txt': a, 'b.txt': b })).toEqual([[a, b]]);
    expect(findIn({ 'a.txt': a, 'b.txt': b }).disagreements.map((fact) => fact.fact)).toContain(
      'Whether the police have opened a formal investigation',
    );
  });

  it('leaves a company\'s own review and "yet to publish details of its investigation" alone', () => {
    const a = 'The airline has launched an internal review of the incident, its chief executive said.';
    const b = 'The aviation regulator has opened a formal investigation into the incident.';
    expect(claims({ 'a.txt': a, 'b.txt': b })).toEqual([]);
    const c = 'The regulator is yet to publish any details of its investigation into the incident.';
    expect(claims({ 'c.txt': c, 'b.txt': b })).toEqual([]);
    // The police and a regulator are two inquiries.
    const d = 'Police are making initial enquiries into the incident, a force spokesman said.';
    expect(claims({ 'd.txt': d, 'b.txt': b })).toEqual([]);
  });
});

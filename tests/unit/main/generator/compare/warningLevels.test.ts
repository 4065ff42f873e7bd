import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// The colour of one official warning, first met on the festival set, told here in other trades' words: a heat
// alert, a flood warning raised "to red". Each beside the clean cases that must stay quiet.

const claims = (texts: Record<string, string>) => disagreementsWithOtherNews(texts, 'claim');

describe('the colour of one warning', () => {
  it('reads "an amber heat-health alert" against "a red heat alert"', () => {
    const a = 'The health agency issued an amber heat-health alert for the region on Monday.';
    const b = (colour: string) => `A ${colour} heat alert is in force across the region until Friday.`;
    expect(claims({ 'a.txt': a, 'b.txt': b('red') })).toEqual([[a, b('red')]]);
    expect(claims({ 'a.txt': a, 'b.txt': b('amber') })).toEqual([]);
  });

  it('reads "raised its flood warning to red" as a red warning, and shows the sentence, not the heading', () => {
    const a = ['Red warning', '', 'The agency raised its flood warning for the valley to red at noon.'].join('\n');
    const b = 'An amber flood warning remains in place for the valley, the agency said.';
    expect(claims({ 'a.txt': a, 'b.txt': b })).toEqual([
      ['The agency raised its flood warning for the valley to red at noon.', b],
    ]);
  });

  it('leaves two warnings for two hazards, and an article that gives two colours, alone', () => {
    const a = 'A yellow warning for snow covers the hills overnight.';
    const b = 'An amber warning for rain is in force for the coast.';
    expect(claims({ 'a.txt': a, 'b.txt': b })).toEqual([]);
    const c = 'A yellow warning for rain was upgraded to amber on Sunday afternoon.';
    expect(claims({ 'c.txt': c, 'b.txt': b })).toEqual([]);
  });
});

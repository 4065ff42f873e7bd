import { describe, expect, it } from 'vitest';
import { judgeText } from './judgeText.ts';

// A "no proof was given" sentence points back at the claim it doubts, as a reader would find it.

function flaggedIn(text: string) {
  const flagged = judgeText(text).filter((verdict) => verdict.kind === 'flagged');
  expect(flagged).toHaveLength(1);
  return flagged[0];
}

describe('linking a flagged sentence to its claim', () => {
  it('follows a pronoun back to the claim in the paragraph before', () => {
    const text = 'The company says its new drug cuts deaths by half.\n\nIt has not published the data.';
    expect(flaggedIn(text)?.claim).toBe('The company says its new drug cuts deaths by half.');
  });

  it('follows "The claim" back to what was claimed', () => {
    const text =
      "Ukraine's military said it had shot down 20 drones overnight. The claim could not be independently verified.";
    expect(flaggedIn(text)?.claim).toBe("Ukraine's military said it had shot down 20 drones overnight.");
  });

  it('prefers the sentence where the same actor makes the claim over a nearer one', () => {
    const text = [
      'Officials in Kyiv accused Moscow of deporting children.',
      'Russia has rejected the allegation.',
      'Kyiv has offered no evidence to support the figures.',
    ].join(' ');
    expect(flaggedIn(text)?.claim).toBe('Officials in Kyiv accused Moscow of deporting children.');
  });

  it('skips a sentence in between to reach the claim', () => {
    const text = [
      'The president claimed that the election was stolen.',
      'He spoke at a rally in Ohio on Saturday, where thousands cheered.',
      'He has not presented evidence of fraud.',
    ].join('\n');
    expect(flaggedIn(text)?.claim).toBe('The president claimed that the election was stolen.');
  });

  it('links a withheld record to the unsourced claim right before it', () => {
    const text = 'The fire is believed to have been started deliberately.\n\nPolice have not released the footage.';
    expect(flaggedIn(text)?.claim).toBe('The fire is believed to have been started deliberately.');
  });

  it('links nothing when no earlier sentence makes a claim', () => {
    const text = 'The storm hit the coast on Monday. The footage could not be independently verified.';
    expect(flaggedIn(text)?.claim).toBeUndefined();
  });

  it('links nothing when the claim is in the flagged sentence itself', () => {
    const text = 'Rain fell all day. The company claims its drug halves deaths but has not published the data.';
    expect(flaggedIn(text)?.claim).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { measureLine } from '../../../../../src/main/generator/clutter/lineFeatures.ts';

describe('measureLine', () => {
  it('sees a paragraph of running text', () => {
    const line = measureLine(
      'The US did not give proof to back up its claim that Russia was planning to stage an attack.',
    );
    expect(line.isProse).toBe(true);
    expect(line.endsWithTerminal).toBe(true);
    expect(line.stopShare).toBeGreaterThan(0.3);
    expect(line.cues).toEqual([]);
  });

  it('sees a teaser cut off with an ellipsis, which is not a sentence ending', () => {
    const line = measureLine('Young people who had a difficult begining in life might be...');
    expect(line.endsWithEllipsis).toBe(true);
    expect(line.endsWithTerminal).toBe(false);
    expect(line.isProse).toBe(false);
  });

  it('finds the date in a timestamp line, and none in a reading time', () => {
    const stamp = measureLine('Updated 11:57 IST, February 14th 2022');
    expect(stamp.dateText).toBe('11:57 IST, February 14th 2022');
    expect(stamp.dateShare).toBeGreaterThan(0.5);
    expect(measureLine('- 3 min read').dateText).toBeUndefined();
  });

  it('measures capitalised words and numbers', () => {
    expect(measureLine('Jennifer Rankin in Brussels').capitalisedShare).toBe(1);
    expect(measureLine('4 1 vote').numberShare).toBeCloseTo(2 / 3);
    expect(measureLine('ADVERTISEMENT').allCapitals).toBe(true);
  });

  it('finds cue phrases, also in link texts glued together when a page was copied', () => {
    const glued = measureLine('Email ThisBlogThis!Share to TwitterShare to Facebook');
    expect(glued.cues.map((cue) => cue.family)).toContain('share or follow prompt');
    expect(measureLine('Our website uses cookies to enhance your experience. Learn more').cues[0]).toEqual({
      family: 'cookie or consent banner',
      phrase: 'cookies',
    });
  });

  it('makes lines that differ only in counts repeat each other', () => {
    expect(measureLine('12 Comments').repeatKey).toBe(measureLine('3 comments').repeatKey);
  });
});

import { describe, expect, it } from 'vitest';
import { growthText, shareOrDash } from '../../../src/renderer/src/lib/growthWords.ts';

describe('growth as the teacher reads it', () => {
  it('is a signed change in percentage points, or a dash when a form was not taken', () => {
    expect(growthText({ pre: 0.5, post: 0.75, growth: 0.25 })).toBe('+25 points');
    expect(growthText({ pre: 0.6, post: 0.55, growth: -0.05 })).toBe('−5 points');
    expect(growthText({ pre: 0.5, post: 0.51, growth: 0.01 })).toBe('+1 point');
    expect(growthText({ pre: 0.5, post: 0.5, growth: 0 })).toBe('±0 points');
    expect(growthText({ pre: 0.5, post: null, growth: null })).toBe('–');
  });

  it('shows a share as a percentage and a missing one as a dash', () => {
    expect(shareOrDash(0.666)).toBe('67 %');
    expect(shareOrDash(null)).toBe('–');
  });
});

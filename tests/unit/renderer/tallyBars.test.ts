import { describe, expect, it } from 'vitest';
import { tallyBars } from '../../../src/renderer/src/lib/tallyBars.ts';

describe('the two bars of a skill', () => {
  it('shows the share found and the share of clean cases flagged', () => {
    const [found, alarms] = tallyBars({ hits: 3, misses: 1, falseAlarms: 1, correctRejections: 4 });
    expect(found).toEqual({ name: 'hits', label: 'Found', share: 0.75, caption: '3 of 4' });
    expect(alarms).toEqual({ name: 'falseAlarms', label: 'False alarms', share: 0.2, caption: '1 of 5' });
  });

  it('draws no bar, and says why, when there was nothing of that kind', () => {
    const [found, alarms] = tallyBars({ hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 });
    expect(found).toMatchObject({ share: null, caption: 'no problems to find' });
    expect(alarms).toMatchObject({ share: null, caption: 'no clean cases' });
  });
});

import { describe, expect, it } from 'vitest';
import { fairShares } from '../../../../src/main/quiz/fairShares.ts';
import { mulberry32 } from '../../../../src/main/quiz/mulberry32.ts';

describe('fairShares', () => {
  it('splits evenly when every group can give its share', () => {
    expect(fairShares(12, [20, 20, 20], mulberry32(1))).toEqual([4, 4, 4]);
  });

  it('gives the odd ones out to groups the seed picks, never more than one extra each', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed += 1) {
      const shares = fairShares(10, [20, 20, 20], mulberry32(seed));
      expect(shares.reduce((a, b) => a + b)).toBe(10);
      expect(Math.max(...shares) - Math.min(...shares)).toBe(1);
      seen.add(shares.join());
    }
    expect(seen.size).toBe(3); // the extra item does not always go to the first group
  });

  it('passes a short group’s share on to the others', () => {
    const shares = fairShares(12, [1, 20, 20], mulberry32(1));
    expect(shares[0]).toBe(1);
    expect(shares.reduce((a, b) => a + b)).toBe(12);
    expect(Math.abs((shares[1] ?? 0) - (shares[2] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('gives everything there is when less is available than asked', () => {
    expect(fairShares(50, [3, 0, 7], mulberry32(1))).toEqual([3, 0, 7]);
    expect(fairShares(5, [0, 0], mulberry32(1))).toEqual([0, 0]);
  });
});

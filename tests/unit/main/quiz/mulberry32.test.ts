import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/main/quiz/mulberry32.ts';
import { shuffled } from '../../../../src/main/quiz/shuffle.ts';

// The generator as its author published it (a JS number state, growing past 32 bits), to check the port.
function publishedMulberry32(a: number): () => number {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mulberry32', () => {
  it('gives the published sequence for the same seed', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 2 ** 32 - 1]) {
      const ours = mulberry32(seed);
      const theirs = publishedMulberry32(seed);
      for (let at = 0; at < 2000; at += 1) expect(ours()).toBe(theirs());
    }
  });

  it('stays in [0, 1) and spreads evenly over ten bins', () => {
    const random = mulberry32(7);
    const bins = Array.from({ length: 10 }, () => 0);
    let lowest = 1;
    let highest = 0;
    for (let at = 0; at < 100_000; at += 1) {
      const value = random();
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
      const bin = Math.floor(value * 10);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(highest).toBeLessThan(1);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('shuffled', () => {
  it('keeps every element, leaves the input alone and depends only on the seed', () => {
    const list = Array.from({ length: 30 }, (_, at) => at);
    const once = shuffled(list, mulberry32(5));
    expect([...once].sort((a, b) => a - b)).toEqual(list);
    expect(list).toEqual(Array.from({ length: 30 }, (_, at) => at));
    expect(shuffled(list, mulberry32(5))).toEqual(once);
    expect(shuffled(list, mulberry32(6))).not.toEqual(once);
  });
});

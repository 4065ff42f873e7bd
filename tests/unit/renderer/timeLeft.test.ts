import { describe, expect, it } from 'vitest';
import { clockText, warningFor } from '../../../src/renderer/src/lib/timeLeft.ts';

describe('the clock of a timed assignment', () => {
  it('reads minutes and seconds, rounded up so 0:00 means the time is up', () => {
    expect(clockText(10 * 60_000)).toBe('10:00');
    expect(clockText(5 * 60_000 + 3_000)).toBe('5:03');
    expect(clockText(59_001)).toBe('1:00');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5_000)).toBe('0:00');
    expect(clockText(62 * 60_000 + 3_000)).toBe('1:02:03');
  });

  it('is said aloud at five minutes, one minute and the end only', () => {
    expect(warningFor(20 * 60_000)).toBe('');
    expect(warningFor(5 * 60_000 + 1)).toBe('');
    expect(warningFor(5 * 60_000)).toBe('Five minutes left.');
    expect(warningFor(60_000)).toBe('One minute left.');
    expect(warningFor(0)).toMatch(/^Time is up/);
  });
});

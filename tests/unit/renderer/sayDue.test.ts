import { describe, expect, it } from 'vitest';
import { sayDue } from '../../../src/renderer/src/components/review/sayDue.ts';

const now = Date.UTC(2026, 10, 23, 9, 0);
const hours = (n: number) => n * 60 * 60 * 1000;

describe('sayDue', () => {
  it('counts what is due, singular and plural', () => {
    expect(sayDue(1, now, now)).toBe('1 item is due for another look.');
    expect(sayDue(7, now - hours(3), now)).toBe('7 items are due for another look.');
  });

  it('tells a new student that a first review starts on new items', () => {
    expect(sayDue(0, null, now)).toMatch(/^Nothing is due yet/);
  });

  it('rounds the wait for the next item up to whole days, never below one', () => {
    expect(sayDue(0, now + hours(2), now)).toContain('due in 1 day.');
    expect(sayDue(0, now + hours(25), now)).toContain('due in 2 days.');
    expect(sayDue(0, now + hours(24 * 21), now)).toContain('due in 21 days.');
  });
});

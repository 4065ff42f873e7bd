import { describe, expect, it } from 'vitest';
import { formatPoints, percent, scoreOutOf, tallySentence, verdictFor } from '../../../src/renderer/src/lib/verdict.ts';

describe('saying a score in words', () => {
  it('says right, partly right with the points, or not quite', () => {
    expect(verdictFor(1)).toEqual({ tone: 'right', words: 'Right' });
    expect(verdictFor(0.5)).toEqual({ tone: 'partly', words: 'Partly right (0.5)' });
    expect(verdictFor(2 / 3)).toEqual({ tone: 'partly', words: 'Partly right (0.67)' });
    expect(verdictFor(0)).toEqual({ tone: 'wrong', words: 'Not quite' });
  });

  it('writes totals without needless decimals', () => {
    expect(scoreOutOf(7.5, 10)).toBe('7.5 of 10');
    expect(scoreOutOf(3, 4)).toBe('3 of 4');
    expect(scoreOutOf(1 + 1 / 3, 5)).toBe('1.33 of 5');
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
    expect(percent(0.755)).toBe('76 %');
  });
});

describe('tallySentence', () => {
  it('says nothing for a single choice, where the verdict already says it all', () => {
    expect(tallySentence('single_choice', { hits: 1, misses: 0, falseAlarms: 0, correctRejections: 0 })).toBe(
      undefined,
    );
  });

  it('counts what was found and what was flagged wrongly', () => {
    expect(tallySentence('mark_lines', { hits: 2, misses: 1, falseAlarms: 1, correctRejections: 5 })).toBe(
      'You found 2 of 3. 1 line you marked was fine (a false alarm).',
    );
    expect(tallySentence('choose_all', { hits: 1, misses: 0, falseAlarms: 2, correctRejections: 2 })).toBe(
      'You found 1 of 1. 2 options you chose were fine (false alarms).',
    );
  });

  it('praises leaving a clean page alone, and names the slip when a clean line was marked', () => {
    expect(tallySentence('mark_lines', { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 6 })).toBe(
      'There was nothing to mark here. You rightly left every line alone.',
    );
    expect(tallySentence('mark_lines', { hits: 0, misses: 0, falseAlarms: 1, correctRejections: 5 })).toBe(
      'There was nothing to mark here. 1 line you marked was fine (a false alarm).',
    );
  });
});

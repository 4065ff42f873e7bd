import { describe, expect, it } from 'vitest';
import { nextLineIndex } from '../../../src/renderer/src/lib/lineNavigation.ts';

describe('moving between article lines with the keyboard', () => {
  it('steps with the arrows, stops at the ends and jumps with Home and End', () => {
    expect(nextLineIndex('ArrowDown', 0, 9)).toBe(1);
    expect(nextLineIndex('ArrowRight', 3, 9)).toBe(4);
    expect(nextLineIndex('ArrowUp', 3, 9)).toBe(2);
    expect(nextLineIndex('ArrowLeft', 0, 9)).toBe(0);
    expect(nextLineIndex('ArrowDown', 8, 9)).toBe(8);
    expect(nextLineIndex('Home', 5, 9)).toBe(0);
    expect(nextLineIndex('End', 5, 9)).toBe(8);
  });

  it('leaves every other key (Space, Enter, Tab, letters) to someone else', () => {
    for (const key of [' ', 'Enter', 'Tab', 'a']) expect(nextLineIndex(key, 2, 9)).toBe(undefined);
    expect(nextLineIndex('ArrowDown', 0, 0)).toBe(undefined);
  });
});

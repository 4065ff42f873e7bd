import { describe, expect, it } from 'vitest';
import { checkResponse } from '../../../../src/main/quiz/checkResponse.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { scoreResponse } from '../../../../src/main/quiz/scoreResponse.ts';
import { itemSchema, type Item } from '../../../../src/shared/items.ts';
import type { ItemResponse } from '../../../../src/shared/quiz.ts';
import { seedItems } from './support/seedItems.ts';

// Items shaped like the generator's, checked by the same schema, with counts of targets chosen for the arithmetic.
const passage = {
  file: '000_3309193dad904053.txt',
  line: 1,
  text: 'China supports Russia in opposing NATO expansion',
  start: 0,
  end: 48,
};
const base = { prompt: 'Which of these…', explanation: 'Because…', difficulty: 2, evidence: [passage] };
const fiveOptions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Sentence ${id}.` }));

function chooseAll(key: string[]): Item {
  return itemSchema.parse({
    ...base,
    id: 'evidence-0000000000a1',
    skill: 'evidence',
    format: 'choose_all',
    clean: key.length === 0,
    options: fiveOptions,
    key,
  });
}

function markLines(key: number[], lineCount: number): Item {
  const lines = Array.from({ length: lineCount }, (_, at) => ({ line: 10 + at, text: `Line ${10 + at}` }));
  return itemSchema.parse({
    ...base,
    id: 'clutter-0000000000b2',
    skill: 'clutter',
    format: 'mark_lines',
    clean: key.length === 0,
    file: passage.file,
    lines,
    key,
  });
}

function singleChoice(clean: boolean): Item {
  return itemSchema.parse({
    ...base,
    id: 'compare-0000000000c3',
    skill: 'compare',
    format: 'single_choice',
    clean,
    options: fiveOptions.slice(0, 3),
    key: 'b',
  });
}

describe('single choice', () => {
  it('scores 1 for the key and 0 for any other option', () => {
    const item = singleChoice(false);
    expect(scoreResponse(item, { optionId: 'b' }).score).toBe(1);
    expect(scoreResponse(item, { optionId: 'a' }).score).toBe(0);
  });

  it('counts a flawed item as a hit or a miss, a clean one as a correct rejection or a false alarm', () => {
    const none = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
    expect(scoreResponse(singleChoice(false), { optionId: 'b' }).tally).toEqual({ ...none, hits: 1 });
    expect(scoreResponse(singleChoice(false), { optionId: 'c' }).tally).toEqual({ ...none, misses: 1 });
    expect(scoreResponse(singleChoice(true), { optionId: 'b' }).tally).toEqual({ ...none, correctRejections: 1 });
    expect(scoreResponse(singleChoice(true), { optionId: 'a' }).tally).toEqual({ ...none, falseAlarms: 1 });
  });
});

describe('choose all: partial credit = (hits − false alarms) / targets, floored at 0', () => {
  const item = chooseAll(['a', 'c', 'e']);

  it('gives full credit for the key and a third per target found', () => {
    expect(scoreResponse(item, { optionIds: ['e', 'a', 'c'] }).score).toBe(1);
    expect(scoreResponse(item, { optionIds: ['a'] }).score).toBeCloseTo(1 / 3, 10);
    expect(scoreResponse(item, { optionIds: ['a', 'c'] }).score).toBeCloseTo(2 / 3, 10);
  });

  it('takes a hit back for every false alarm', () => {
    expect(scoreResponse(item, { optionIds: ['a', 'c', 'b'] }).score).toBeCloseTo(1 / 3, 10);
    expect(scoreResponse(item, { optionIds: ['a', 'c', 'e', 'b'] }).score).toBeCloseTo(2 / 3, 10);
  });

  it('never goes below 0', () => {
    expect(scoreResponse(item, { optionIds: ['b', 'd'] }).score).toBe(0);
    expect(scoreResponse(item, { optionIds: ['a', 'b', 'd'] }).score).toBe(0);
    expect(scoreResponse(item, { optionIds: [] }).score).toBe(0);
  });

  it('pays nothing for marking everything when targets are at most half of the options', () => {
    const twoOfFive = chooseAll(['b', 'd']);
    expect(scoreResponse(twoOfFive, { optionIds: ['a', 'b', 'c', 'd', 'e'] }).score).toBe(0);
  });

  it('counts every option as one decision', () => {
    expect(scoreResponse(item, { optionIds: ['a', 'b'] }).tally).toEqual({
      hits: 1, // a
      misses: 2, // c, e
      falseAlarms: 1, // b
      correctRejections: 1, // d
    });
  });
});

describe('mark the lines', () => {
  it('scores and counts lines like options', () => {
    const item = markLines([11, 12, 15, 16], 8);
    const result = scoreResponse(item, { lines: [11, 12, 15, 13, 10] });
    expect(result.score).toBeCloseTo((3 - 2) / 4, 10);
    expect(result.tally).toEqual({ hits: 3, misses: 1, falseAlarms: 2, correctRejections: 2 });
    expect(scoreResponse(item, { lines: [10, 13] }).score).toBe(0);
  });
});

describe('an item with no target (a clean case: "there may be none")', () => {
  it('scores 1 for marking nothing and the share of lines rightly left alone otherwise', () => {
    const item = markLines([], 5);
    expect(scoreResponse(item, { lines: [] })).toEqual({
      score: 1,
      tally: { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 5 },
    });
    expect(scoreResponse(item, { lines: [12] }).score).toBeCloseTo(4 / 5, 10);
    expect(scoreResponse(item, { lines: [10, 12] }).score).toBeCloseTo(3 / 5, 10);
    expect(scoreResponse(item, { lines: [10, 11, 12, 13, 14] })).toEqual({
      score: 0,
      tally: { hits: 0, misses: 0, falseAlarms: 5, correctRejections: 0 },
    });
  });

  it('applies the same rule to a choose-all item with an empty key', () => {
    const item = chooseAll([]);
    expect(scoreResponse(item, { optionIds: [] }).score).toBe(1);
    expect(scoreResponse(item, { optionIds: ['a'] }).score).toBeCloseTo(4 / 5, 10);
    expect(scoreResponse(item, { optionIds: ['a', 'b', 'c', 'd', 'e'] }).score).toBe(0);
  });
});

describe('on the generated items of the seed set', () => {
  it('gives every key full credit, with hits for every target and no false alarm', async () => {
    for (const item of await seedItems()) {
      const { score, tally } = scoreResponse(item, keyAsResponse(item));
      expect(score, item.id).toBe(1);
      expect(tally.falseAlarms + tally.misses, item.id).toBe(0);
      expect(checkResponse(item, keyAsResponse(item)).ok, item.id).toBe(true);
    }
  });

  it('never rewards marking everything as much as the key, and on average far less', async () => {
    const items = (await seedItems()).filter((item) => item.format !== 'single_choice');
    expect(items.length).toBeGreaterThan(0);
    let total = 0;
    for (const item of items) {
      const everything: ItemResponse =
        item.format === 'mark_lines'
          ? { lines: item.lines.map((line) => line.line) }
          : { optionIds: item.options.map((option) => option.id) };
      const { score, tally } = scoreResponse(item, everything);
      expect(score, item.id).toBeLessThan(1);
      expect(tally.misses + tally.correctRejections, item.id).toBe(0);
      total += score;
    }
    expect(total / items.length).toBeLessThan(0.5);
  });
});

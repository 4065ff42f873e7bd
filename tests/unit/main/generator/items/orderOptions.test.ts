import { describe, expect, it } from 'vitest';
import { letterOptions, orderOptions } from '../../../../../src/main/generator/items/orderOptions.ts';

const lines = ['Leave a Reply', 'Putin and Xi signed new energy and trade deals.', 'Article Rating', 'Skip to content'];

describe('orderOptions', () => {
  it('gives the same order for the same seed every time, lettered in display order', () => {
    const drafts = lines.map((text, at) => ({ text, correct: at === 0 }));
    const first = orderOptions('clutter-1', drafts);
    expect(orderOptions('clutter-1', [...drafts].reverse())).toEqual(first);
    expect(first.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(first.options.find((o) => o.id === first.keys[0])?.text).toBe('Leave a Reply');
  });

  it('puts the key in different places for different items', () => {
    const places = new Set(
      Array.from(
        { length: 40 },
        (_, n) =>
          orderOptions(
            `item-${n}`,
            lines.map((text, at) => ({ text, correct: at === 0 })),
          ).keys[0],
      ),
    );
    expect(places.size).toBe(4);
  });

  it('keeps one option per text, and a text that is right stays right', () => {
    const { options, keys } = orderOptions('x', [
      { text: 'Friday', correct: false },
      { text: 'Friday', correct: true },
      { text: 'Wednesday', correct: false },
    ]);
    expect(options.map((o) => o.text).sort()).toEqual(['Friday', 'Wednesday']);
    expect(options.find((o) => o.id === keys[0])?.text).toBe('Friday');
  });
});

describe('letterOptions', () => {
  it('keeps a fixed scale in its order', () => {
    const { options, keys } = letterOptions([
      { text: 'named source', correct: false },
      { text: 'unnamed source', correct: true },
    ]);
    expect(options).toEqual([
      { id: 'a', text: 'named source' },
      { id: 'b', text: 'unnamed source' },
    ]);
    expect(keys).toEqual(['b']);
  });
});

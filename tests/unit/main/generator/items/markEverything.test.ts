import { describe, expect, it } from 'vitest';
import { generateSet } from '../../../../../src/main/generator/generateSet.ts';
import { scoreResponse } from '../../../../../src/main/quiz/scoreResponse.ts';
import type { Item } from '../../../../../src/shared/items.ts';
import { seedSetDir } from '../../../../support/paths.ts';

// Discernment: a student who marks every line or ticks every box, flagging everything as a problem, must earn
// nothing on any item of the seed set, scored by the engine's own rules.

function everything(item: Item) {
  if (item.format === 'mark_lines') return { lines: item.lines.map((line) => line.line) };
  if (item.format === 'choose_all') return { optionIds: item.options.map((option) => option.id) };
  return undefined;
}

describe('flagging everything on the seed items', () => {
  it('earns no credit on any choose-all or mark-the-lines item', async () => {
    const generated = await generateSet(seedSetDir);
    if (!generated.ok) throw new Error(generated.error.message);
    const multiMark = generated.value.items.items.filter((item) => item.format !== 'single_choice');
    expect(multiMark.length).toBeGreaterThan(10);
    const paying = multiMark
      .map((item) => ({ id: item.id, score: scoreResponse(item, everything(item)!).score }))
      .filter(({ score }) => score > 0);
    expect(paying).toEqual([]);
  });
});

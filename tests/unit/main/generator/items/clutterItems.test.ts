import { beforeAll, describe, expect, it } from 'vitest';
import { generateSet } from '../../../../../src/main/generator/generateSet.ts';
import {
  chromeWindows,
  cleanWindow,
  clutterMarkLines,
} from '../../../../../src/main/generator/items/clutterMarkLines.ts';
import { clutterOddLine } from '../../../../../src/main/generator/items/clutterOddLine.ts';
import { indexSet, type SetIndex } from '../../../../../src/main/generator/items/setIndex.ts';
import { seedSetDir } from '../../../../support/paths.ts';

// The clutter builders on the seed set's real analysis: what stretch of a page a student sees, and which lines
// stand beside a clutter line as its distractors.

let index: SetIndex;

beforeAll(async () => {
  const generated = await generateSet(seedSetDir);
  if (!generated.ok) throw new Error(generated.error.message);
  index = indexSet(generated.value.analysis);
});

describe('clutter windows for marking lines', () => {
  it('are unbroken stretches of the article, at most 18 lines, holding at least as many article lines as clutter', () => {
    for (const file of index.files) {
      const lines = index.linesOf(file);
      for (const window of chromeWindows(lines)) {
        const at = lines.indexOf(window[0] as (typeof lines)[number]);
        expect(window).toEqual(lines.slice(at, at + window.length));
        expect(window.length).toBeLessThanOrEqual(18);
        const clutter = window.filter((l) => l.boilerplate).length;
        expect(clutter).toBeGreaterThan(0);
        expect(window.length - clutter).toBeGreaterThanOrEqual(clutter);
      }
    }
  });

  it('shows the comment box under the second article with the story’s last paragraphs above it', () => {
    const [footer] = chromeWindows(index.linesOf('001_4b2cff3ecd599e03.txt')).slice(-1);
    const texts = footer?.map((l) => l.text) ?? [];
    expect(texts).toContain('Leave a Reply');
    expect(footer?.[0]?.boilerplate).toBe(false);
  });

  it('skips a stretch whose clutter is a repeat of the headline: which copy to mark would be a coin toss', () => {
    const windows = chromeWindows(index.linesOf('003_338cd976ea4e89e7.txt'));
    for (const window of windows) expect(window.map((l) => l.text)).not.toContain('By -');
  });

  it('makes the clean stretch from five article lines in a row, so "there may be none" is sometimes true', () => {
    for (const file of index.files) {
      const window = cleanWindow(index.linesOf(file));
      if (!window) continue;
      expect(window).toHaveLength(5);
      expect(window.every((l) => !l.boilerplate)).toBe(true);
    }
    const items = clutterMarkLines(index);
    expect(items.some((i) => i.clean && i.format === 'mark_lines' && i.key.length === 0)).toBe(true);
  });
});

describe('odd line out', () => {
  it('surrounds each clutter line with real lines of the same article, closest in length first', () => {
    for (const item of clutterOddLine(index)) {
      if (item.format !== 'single_choice') continue;
      const file = item.evidence[0]?.file as string;
      const own = new Set(index.linesOf(file).map((l) => l.text));
      for (const option of item.options) expect(own.has(option.text)).toBe(true);
      expect(item.options.length).toBeGreaterThanOrEqual(3);
    }
  });
});

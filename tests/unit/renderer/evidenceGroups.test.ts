import { describe, expect, it } from 'vitest';
import { groupEvidence } from '../../../src/renderer/src/lib/evidenceGroups.ts';
import { seedItems } from '../main/quiz/support/seedItems.ts';

const items = await seedItems();

describe('groupEvidence', () => {
  it('keeps a compare item’s outlets in the order the item names them, first then second', () => {
    const compare = items.filter(
      (item) => item.skill === 'compare' && new Set(item.evidence.map((p) => p.file)).size === 2,
    );
    expect(compare.length).toBeGreaterThan(3);
    for (const item of compare) {
      const firstFile = item.evidence[0]?.file;
      const groups = groupEvidence(item.evidence);
      expect(groups.map((group) => group.file)[0]).toBe(firstFile);
      expect(groups).toHaveLength(2);
    }
  });

  it('puts each article’s lines in reading order, each line once, every passage kept', () => {
    for (const item of items) {
      const groups = groupEvidence(item.evidence);
      for (const group of groups) {
        const lines = group.lines.map((line) => line.line);
        expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
      }
      const ranges = groups.flatMap((group) => group.lines.flatMap((line) => line.ranges));
      expect(ranges).toHaveLength(item.evidence.length);
    }
  });

  it('lists a quotation repeated on one line once', () => {
    const passage = { file: 'a.txt', line: 3, text: 'Putin', start: 0, end: 5 };
    const [group] = groupEvidence([passage, { ...passage, start: 20, end: 25 }]);
    expect(group?.lines).toEqual([
      {
        line: 3,
        quotes: ['Putin'],
        ranges: [
          { start: 0, end: 5 },
          { start: 20, end: 25 },
        ],
      },
    ]);
  });
});

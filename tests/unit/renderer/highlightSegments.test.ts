import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/main/content/readArticle.ts';
import { highlightSegments } from '../../../src/renderer/src/lib/highlightSegments.ts';
import { groupEvidence } from '../../../src/renderer/src/lib/evidenceGroups.ts';
import { contentDir, seedSetId } from '../../support/paths.ts';
import { seedItems } from '../main/quiz/support/seedItems.ts';

const items = await seedItems();

describe('highlightSegments on the seed items’ evidence', () => {
  it('gives back every evidence line unchanged, with exactly the passages’ words marked', async () => {
    let checked = 0;
    for (const item of items) {
      for (const group of groupEvidence(item.evidence)) {
        const article = await readArticle(contentDir, seedSetId, group.file);
        if (!article.ok) throw new Error(article.error.message);
        for (const evidence of group.lines) {
          const text = article.value.lines.find((line) => line.line === evidence.line)?.text ?? '';
          const segments = highlightSegments(text, evidence.ranges);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          const marked = segments.filter((segment) => segment.marked).map((segment) => segment.text);
          // Each passage's words lie inside one marked run (touching passages merge into one run).
          for (const quote of evidence.quotes)
            expect(
              marked.some((run) => run.includes(quote)),
              quote,
            ).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('merges the claim and the words that call it unproven when they share a line', () => {
    // evidence-5c2584f90ee3 marks three places in line 7 of the Putin-visits-Xi article.
    const item = items.find((candidate) => candidate.evidence.filter((p) => p.line === 7).length >= 3);
    if (!item) throw new Error('the seed items no longer hold a line with three passages');
    const [group] = groupEvidence(item.evidence.filter((passage) => passage.line === 7));
    expect(group?.lines).toHaveLength(1);
    expect(group?.lines[0]?.ranges.length).toBeGreaterThanOrEqual(3);
  });
});

describe('highlightSegments at the edges', () => {
  it('leaves a line without ranges as one plain run, and an empty line as one empty run', () => {
    expect(highlightSegments('Skip to content', [])).toEqual([{ text: 'Skip to content', marked: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('marks a whole line, merges overlapping and touching ranges, and clips ranges past the end', () => {
    expect(highlightSegments('Post a Comment', [{ start: 0, end: 14 }])).toEqual([
      { text: 'Post a Comment', marked: true },
    ]);
    expect(
      highlightSegments('some analysts have said', [
        { start: 5, end: 13 },
        { start: 0, end: 6 },
        { start: 13, end: 18 },
      ]),
    ).toEqual([
      { text: 'some analysts have', marked: true },
      { text: ' said', marked: false },
    ]);
    expect(highlightSegments('may', [{ start: 1, end: 40 }])).toEqual([
      { text: 'm', marked: false },
      { text: 'ay', marked: true },
    ]);
    expect(highlightSegments('may', [{ start: 5, end: 9 }])).toEqual([{ text: 'may', marked: false }]);
  });
});

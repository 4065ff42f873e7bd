import { describe, expect, it } from 'vitest';
import { generateSet } from '../../../../../src/main/generator/generateSet.ts';
import { projectRoot } from '../../../../support/paths.ts';
import { join } from 'node:path';

// A flag that points back ("It has not provided one.") or answers in a few words ("Nothing yet.") says nothing on
// its own: the items show it with the sentence before it on its line, as the council-vote set writes them.

const councilSet = join(projectRoot, 'tests/fixtures/articles/2026-02-harwick-council-budget-vote');

describe('flagged sentences that point back', () => {
  it('are asked about with the sentence they answer', async () => {
    const generated = await generateSet(councilSet);
    if (!generated.ok) throw new Error(generated.error.message);
    const shown = generated.value.items.items.flatMap((item) => [
      item.prompt,
      ...(item.format === 'mark_lines' ? [] : item.options.map((option) => option.text)),
    ]);
    const mentions = (words: string): string[] => shown.filter((text) => text.includes(words));
    expect(mentions('It has not provided one.').length).toBeGreaterThan(0);
    for (const text of mentions('It has not provided one.'))
      expect(text).toContain('for the document behind the figure');
    expect(mentions('Nothing yet.').length).toBeGreaterThan(0);
    for (const text of mentions('Nothing yet.')) expect(text).toContain('for the paperwork behind that number');
  });
});

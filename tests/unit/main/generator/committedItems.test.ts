import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSet } from '../../../../src/main/generator/generateSet.ts';
import { jsonFileText } from '../../../../src/main/generator/writeSetFiles.ts';
import { itemsFileSchema } from '../../../../src/shared/items.ts';
import { contentDir, seedSetDir, seedSetId } from '../../../support/paths.ts';

// The committed items are exactly what the generator makes from the committed articles. When a rule changes,
// this fails until `npm run generate` is run and the new files are committed with the change.

describe('content/items for the seed set', () => {
  it('is exactly what the generator produces now (run `npm run generate` if this fails)', async () => {
    const generated = await generateSet(seedSetDir);
    if (!generated.ok) throw new Error(generated.error.message);
    const committedItems = await readFile(join(contentDir, 'items', `${seedSetId}.json`), 'utf8');
    const committedAnalysis = await readFile(join(contentDir, 'analysis', `${seedSetId}.json`), 'utf8');
    expect(itemsFileSchema.safeParse(JSON.parse(committedItems)).success).toBe(true);
    // Structure first, for a readable diff of what changed; then the exact bytes.
    expect(JSON.parse(committedItems)).toEqual(generated.value.items);
    expect(JSON.parse(committedAnalysis)).toEqual(generated.value.analysis);
    expect(committedItems).toBe(jsonFileText(generated.value.items));
    expect(committedAnalysis).toBe(jsonFileText(generated.value.analysis));
  });
});

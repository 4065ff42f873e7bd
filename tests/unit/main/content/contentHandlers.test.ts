import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/api.ts';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { openDatabase } from '../../../../src/main/store/openDatabase.ts';
import { seedSetDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { kelvick } from '../articleImport/support/articleSources.ts';

// The set list a class picks from: content/'s folders, and only the data folder's imported sets. A content/ folder
// named like an imported set is never listed or read from content/.

const tempDir = useTempDir('crossread-content-handlers-');

describe('listArticleSets and readArticle', () => {
  it('leave out a content/ folder named "imported-…"', async () => {
    const contentDir = await tempDir();
    const dataDir = await tempDir();
    await cp(seedSetDir, join(contentDir, 'articles', seedSetId), { recursive: true });
    const lookalike = 'imported-kelvick-0123456789';
    await cp(kelvick, join(contentDir, 'articles', lookalike), { recursive: true });
    await writeFile(join(contentDir, 'articles', lookalike, 'set.json'), '{"title":"Not imported"}');
    const database = openDatabase(dataDir, () => Date.now());
    try {
      const handlers = createHandlers({ contentDir, dataDir, database });
      const listed = await invokeCall(handlers, 'listArticleSets', {});
      const sets = listed.ok ? (listed.value as { sets: { id: string }[] }).sets : [];
      expect(sets.map((set) => set.id)).toEqual([seedSetId]);
      const read = await invokeCall(handlers, 'readArticle', { setId: lookalike, file: '000_tvcourier.txt' });
      expect(read).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      database.db?.close();
    }
  });
});

import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleSets } from '../../../../src/main/content/listArticleSets.ts';
import { contentDir, seedSetDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';

const tempDir = useTempDir();

describe('listArticleSets on the real content', () => {
  it('lists the seed set with its five articles, their headlines and word counts', async () => {
    const result = await listArticleSets(contentDir);
    if (!result.ok) throw new Error(result.error.message);
    const seed = result.value.find((set) => set.id === seedSetId);
    expect(seed?.problems).toEqual([]);
    expect(seed?.date).toBe('2022-02-04');
    expect(seed?.articles.map((a) => a.headline)).toEqual([
      'China supports Russia in opposing NATO expansion',
      'Putin Visits Xi Jinping in China, Two Nations Agree That NATO Should Stop Expanding',
      // The page opens with a timestamp; the headline is the line after it.
      "What's China's interest in Russia-Ukraine crisis & why is it opposing NATO's expansion?",
      'China Supports Russia Against NATO Expansion',
      // "Skip to content" comes first on that page.
      'China backs Russia in challenge to NATO',
    ]);
    for (const article of seed?.articles ?? []) expect(article.wordCount).toBeGreaterThan(250);
  });
});

describe('listArticleSets with broken files', () => {
  async function setWithBrokenFiles(): Promise<string> {
    const root = await tempDir();
    const setDir = join(root, 'articles', 'broken-set');
    await cp(seedSetDir, setDir, { recursive: true });
    await writeFile(join(setDir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, 3 \xa3', 'latin1'));
    await writeFile(join(setDir, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await writeFile(join(setDir, 'blank.txt'), '  \n\n');
    await mkdir(join(setDir, 'folder.txt'));
    await writeFile(join(setDir, 'set.json'), '{ "title": 42 }');
    return root;
  }

  it('names each unusable file with a typed code while the good articles still load', async () => {
    const result = await listArticleSets(await setWithBrokenFiles());
    if (!result.ok) throw new Error(result.error.message);
    const [set] = result.value;
    expect(set?.articles).toHaveLength(5);
    const byFile = Object.fromEntries((set?.problems ?? []).map((p) => [p.file, p]));
    expect(byFile['latin1.txt']?.code).toBe('FILE_NOT_UTF8');
    expect(byFile['latin1.txt']?.message).toContain('latin1.txt is not UTF-8 text');
    expect(byFile['picture.txt']?.code).toBe('FILE_BINARY');
    expect(byFile['blank.txt']?.code).toBe('FILE_EMPTY');
    expect(byFile['folder.txt']?.code).toBe('FILE_UNREADABLE');
    expect(byFile['set.json']?.code).toBe('BAD_CONTENT');
    expect(set?.title).toBe('broken-set');
  });

  it('answers NOT_FOUND, not an exception, when there is no articles folder', async () => {
    const result = await listArticleSets(await tempDir());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
  });
});

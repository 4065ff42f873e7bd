import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../src/main/content/readArticle.ts';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { createHandlers } from '../../../../src/main/api.ts';
import { itemsFileSchema } from '../../../../src/shared/items.ts';
import { contentDir, seedSetDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';

const tempDir = useTempDir();
const handlers = createHandlers({ contentDir, dataDir: '/nonexistent' });

describe('readArticle on the seed set', () => {
  it('gives every non-empty line with its line number in the file, and the generator’s headline', async () => {
    const article = await readArticle(contentDir, seedSetId, '004_1ec610ef7846fda5.txt');
    if (!article.ok) throw new Error(article.error.message);
    expect(article.value.headline).toBe('China backs Russia in challenge to NATO');
    const raw = (await readFile(join(seedSetDir, '004_1ec610ef7846fda5.txt'), 'utf8')).split('\n');
    expect(article.value.lines[0]).toEqual({ line: 1, text: 'Skip to content' });
    expect(article.value.lines[1]).toEqual({ line: 3, text: 'China backs Russia in challenge to NATO' });
    for (const { line, text } of article.value.lines) expect(raw[line - 1]?.trimEnd()).toBe(text);
    expect(article.value.lines.length).toBe(raw.filter((line) => line.trim() !== '').length);
  });

  it('has, at the line and offsets each item gives, the exact words of every evidence passage', async () => {
    const items = itemsFileSchema.parse(
      JSON.parse(await readFile(join(contentDir, 'items', `${seedSetId}.json`), 'utf8')),
    ).items;
    const passages = items.flatMap((item) => item.evidence);
    expect(passages.length).toBeGreaterThan(60);
    for (const passage of passages) {
      const article = await readArticle(contentDir, seedSetId, passage.file);
      if (!article.ok) throw new Error(article.error.message);
      const line = article.value.lines.find((candidate) => candidate.line === passage.line);
      expect(line?.text.slice(passage.start, passage.end), `${passage.file}:${passage.line}`).toBe(passage.text);
    }
  });

  it('takes the headline after a timestamp line on a page that opens with one', async () => {
    const article = await readArticle(contentDir, seedSetId, '002_335350e686f9e903.txt');
    if (!article.ok) throw new Error(article.error.message);
    expect(article.value.headline).toBe(
      "What's China's interest in Russia-Ukraine crisis & why is it opposing NATO's expansion?",
    );
    expect(article.value.lines[0]?.text).toBe('Published 11:51 IST, February 14th 2022');
  });
});

describe('readArticle when something is missing or wrong', () => {
  it('falls back to the first line that reads like a headline when the set was never analysed', async () => {
    const root = await tempDir();
    await cp(seedSetDir, join(root, 'articles', 'fresh-set'), { recursive: true });
    const article = await readArticle(root, 'fresh-set', '004_1ec610ef7846fda5.txt');
    if (!article.ok) throw new Error(article.error.message);
    expect(article.value.headline).toBe('China backs Russia in challenge to NATO');
    expect(article.value.lines[0]?.line).toBe(1);
  });

  it('names a file that is not there', async () => {
    const root = await tempDir();
    await cp(seedSetDir, join(root, 'articles', 'set'), { recursive: true });
    await rm(join(root, 'articles', 'set', '000_3309193dad904053.txt'));
    const article = await readArticle(root, 'set', '000_3309193dad904053.txt');
    expect(article.ok).toBe(false);
    if (article.ok) return;
    expect(article.error.code).toBe('FILE_UNREADABLE');
    expect(article.error.message).toContain('000_3309193dad904053.txt could not be read');
  });

  it('refuses, through the contract, any name that could leave the set’s folder', async () => {
    for (const args of [
      { setId: seedSetId, file: '../../../package.json' },
      { setId: seedSetId, file: '..\\secret.txt' },
      { setId: '..', file: 'set.txt' },
      { setId: seedSetId, file: '.hidden.txt' },
      { setId: seedSetId, file: 'set.json' },
    ]) {
      const result = await invokeCall(handlers, 'readArticle', args);
      expect(result.ok ? 'read' : result.error.code, JSON.stringify(args)).toBe('BAD_ARGUMENT');
    }
    // And the function refuses them too, for a caller that skips the contract.
    const direct = await readArticle(contentDir, seedSetId, '../items/x.txt');
    expect(direct.ok ? 'read' : direct.error.code).toBe('BAD_ARGUMENT');
  });
});

import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createItemBank, itemsFilePath } from '../../../../src/main/quiz/itemBank.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { quizContentDir, seedItems, seedItemsPath } from './support/seedItems.ts';

const tempDir = useTempDir('crossread-items-');

/** A content folder holding one items file with the given text, under the seed set's name. */
async function contentWith(text: string): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'items'));
  await writeFile(itemsFilePath(dir, seedSetId), text);
  return dir;
}

function failure(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('the item bank', () => {
  it('loads the generated items of the seed set, checked against the item schema', async () => {
    const loaded = await createItemBank(quizContentDir).load(seedSetId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.map((item) => item.id)).toEqual((await seedItems()).map((item) => item.id));
  });

  it('reads a file once per process and again only after it changes on disk', async () => {
    const original = await readFile(seedItemsPath, 'utf8');
    const dir = await contentWith(original);
    const bank = createItemBank(dir);
    const first = await bank.load(seedSetId);
    const second = await bank.load(seedSetId);
    expect(first.ok && second.ok && first.value === second.value).toBe(true);

    const parsed = JSON.parse(original) as { set: string; items: Item[] };
    await writeFile(itemsFilePath(dir, seedSetId), JSON.stringify({ ...parsed, items: parsed.items.slice(1) }));
    const later = new Date(Date.now() + 5000);
    await utimes(itemsFilePath(dir, seedSetId), later, later);
    const third = await bank.load(seedSetId);
    if (!third.ok) throw new Error(third.error.message);
    expect(third.value.length).toBe(parsed.items.length - 1);
  });

  it('answers a set without items with NOT_FOUND naming the file and what to do', async () => {
    const dir = await tempDir();
    const error = failure(await createItemBank(dir).load('2030-01-no-such-set'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain(join('items', '2030-01-no-such-set.json'));
    expect(error.message).toContain('npm run generate');
  });

  it('answers a file that is not JSON with BAD_CONTENT naming it', async () => {
    const dir = await contentWith('{"set": "2022-02-putin-xi-nato", "items": [');
    const error = failure(await createItemBank(dir).load(seedSetId));
    expect(error).toMatchObject({ code: 'BAD_CONTENT' });
    expect(error.message).toContain(`${seedSetId}.json is not valid JSON`);
  });

  it('answers an item that breaks the schema with BAD_CONTENT naming the file and the field', async () => {
    const parsed = JSON.parse(await readFile(seedItemsPath, 'utf8')) as { set: string; items: Item[] };
    const [first, ...rest] = parsed.items;
    const broken = { ...first, difficulty: 7 };
    const dir = await contentWith(JSON.stringify({ set: parsed.set, items: [broken, ...rest] }));
    const error = failure(await createItemBank(dir).load(seedSetId));
    expect(error.code).toBe('BAD_CONTENT');
    expect(error.message).toContain(`${seedSetId}.json`);
    expect(error.message).toContain('items.0');
  });

  it('refuses a file holding another set, or one item id twice', async () => {
    const parsed = JSON.parse(await readFile(seedItemsPath, 'utf8')) as { set: string; items: Item[] };
    const other = await contentWith(JSON.stringify({ ...parsed, set: 'some-other-set' }));
    expect(failure(await createItemBank(other).load(seedSetId)).message).toContain('"some-other-set"');

    const twice = await contentWith(JSON.stringify({ ...parsed, items: [...parsed.items, parsed.items[0]] }));
    const error = failure(await createItemBank(twice).load(seedSetId));
    expect(error.code).toBe('BAD_CONTENT');
    expect(error.message).toContain(`lists item ${parsed.items[0]?.id} twice`);
  });

  it('answers an items file that cannot be read with FILE_UNREADABLE', async () => {
    const dir = await tempDir();
    await mkdir(itemsFilePath(dir, seedSetId), { recursive: true }); // a folder where the file should be
    expect(failure(await createItemBank(dir).load(seedSetId)).code).toBe('FILE_UNREADABLE');
  });

  it('never reads outside the items folder', async () => {
    for (const setId of ['../articles/x', '..', '.', 'a/b', 'a\\b', '']) {
      expect(failure(await createItemBank(quizContentDir).load(setId)).code, setId).toBe('BAD_ARGUMENT');
    }
  });
});

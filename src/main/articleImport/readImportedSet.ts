import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  importedSetFileSchema,
  importedSetIdSchema,
  reviewFileSchema,
  type ImportedSetFile,
  type ReviewFile,
} from '../../shared/articleImport.ts';
import { itemsFileSchema, type Item } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { decodeArticleBytes } from '../content/readArticleFile.ts';
import { setDir, setFileNames, setsDir } from './importedSetPaths.ts';

// An imported set as stored: each file checked against its schema, a broken one a typed error naming the file.
// Only this app writes these files, but a teacher may copy a data folder by hand, and a half-copied set must not
// serve items.

export interface StoredSet {
  set: ImportedSetFile;
  items: Item[];
  review: ReviewFile;
}

export async function readImportedSet(dataDir: string, setId: string): Promise<Result<StoredSet>> {
  if (!importedSetIdSchema.safeParse(setId).success) {
    return fail('BAD_ARGUMENT', `"${setId}" is not the id of an imported article set.`);
  }
  const folder = setDir(dataDir, setId);
  const set = await readJson(join(folder, setFileNames.set), importedSetFileSchema, setId);
  if (!set.ok) return set;
  const items = await readJson(join(folder, setFileNames.items), itemsFileSchema, setId);
  if (!items.ok) return items;
  const review = await readJson(join(folder, setFileNames.review), reviewFileSchema, setId);
  if (!review.ok) return review;
  if (set.value.id !== setId || items.value.set !== setId) {
    return fail('BAD_CONTENT', `The imported set in ${folder} names another set; import its content pack again.`);
  }
  return ok({ set: set.value, items: items.value.items, review: review.value });
}

/** The ids of every imported set in the data folder, in name order (folders being written are skipped). */
export async function listImportedSetIds(dataDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(setsDir(dataDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && importedSetIdSchema.safeParse(entry.name).success)
    .map((entry) => entry.name)
    .sort();
}

/** The set's article texts, in the order of set.json. */
export async function readSetTexts(dataDir: string, set: ImportedSetFile): Promise<Result<string[]>> {
  const texts: string[] = [];
  for (const article of set.articles) {
    const text = await readArticleText(dataDir, set.id, article.file);
    if (!text.ok) return text;
    texts.push(text.value);
  }
  return ok(texts);
}

export async function readArticleText(dataDir: string, setId: string, file: string): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(setDir(dataDir, setId), setFileNames.articles, file));
  } catch {
    return fail('NOT_FOUND', `The article ${file} of imported set "${setId}" is missing; import the set again.`);
  }
  return decodeArticleBytes(file, bytes);
}

async function readJson<T>(path: string, schema: z.ZodType<T>, setId: string): Promise<Result<T>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : 'unknown error';
    return code === 'ENOENT'
      ? fail('NOT_FOUND', `There is no imported article set "${setId}" (${path} is missing).`)
      : fail('FILE_UNREADABLE', `${path} could not be read (${code}); check the data folder is readable.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('BAD_CONTENT', `${path} is not valid JSON; import the set's content pack again.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return fail(
      'BAD_CONTENT',
      `${path} is not valid: ${where}: ${issue?.message}; import the set's content pack again.`,
    );
  }
  return ok(parsed.data);
}

import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importedSetPrefix } from '../../shared/articleImport.ts';
import { itemsFileSchema, type Item } from '../../shared/items.ts';
import { setIdSchema } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

// The generated items of each set, read from content/items/<setId>.json and checked against the item schema before
// any session uses them. A missing or broken file is a typed error naming the file, never a crash. Files are
// cached for the life of the process and read again only when they change on disk (the generator may run while
// the app is open), so a session's items are still found after the content is regenerated with the same ids.

export interface ItemBank {
  /** The set's items, as the file lists them. */
  load(setId: string): Promise<Result<readonly Item[]>>;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  items: readonly Item[];
}

export function itemsFilePath(contentDir: string, setId: string): string {
  return join(contentDir, 'items', `${setId}.json`);
}

export function createItemBank(contentDir: string): ItemBank {
  const cache = new Map<string, CachedFile>();
  return {
    async load(setId) {
      if (!setIdSchema.safeParse(setId).success) {
        return fail('BAD_ARGUMENT', `"${setId}" is not a set id: a set id is the name of a folder of articles.`);
      }
      const path = itemsFilePath(contentDir, setId);
      let stats;
      try {
        // Synchronous on purpose: a metadata read of a local file takes microseconds, while a round trip through
        // the thread pool would cost more than the answer's own database write.
        stats = statSync(path);
      } catch (cause) {
        return missingOrUnreadable(setId, path, cause);
      }
      const cached = cache.get(path);
      if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return ok(cached.items);
      const read = await readItemsFile(setId, path);
      if (read.ok) cache.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, items: read.value });
      else cache.delete(path);
      return read;
    },
  };
}

async function readItemsFile(setId: string, path: string): Promise<Result<readonly Item[]>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    return missingOrUnreadable(setId, path, cause);
  }
  const regenerate = 'generate the items again (npm run generate).';
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('BAD_CONTENT', `The items file ${path} is not valid JSON; ${regenerate}`);
  }
  const parsed = itemsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return fail(
      'BAD_CONTENT',
      `The items file ${path} is not valid: ${where}: ${issue?.message}${more}; ${regenerate}`,
    );
  }
  if (parsed.data.set !== setId) {
    return fail(
      'BAD_CONTENT',
      `The items file ${path} holds the items of set "${parsed.data.set}", not "${setId}"; ${regenerate}`,
    );
  }
  // Answers are stored against item ids, so two items sharing one would share a student's answer.
  const seen = new Set<string>();
  for (const item of parsed.data.items) {
    if (seen.has(item.id)) {
      return fail('BAD_CONTENT', `The items file ${path} lists item ${item.id} twice; ${regenerate}`);
    }
    seen.add(item.id);
  }
  return ok(parsed.data.items);
}

function missingOrUnreadable(setId: string, path: string, cause: unknown): Result<never> {
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : 'unknown error';
  if (code === 'ENOENT') {
    return fail(
      'NOT_FOUND',
      `Set "${setId}" has no items yet: ${path} does not exist. Generate them with npm run generate.`,
    );
  }
  return fail('FILE_UNREADABLE', `The items file ${path} could not be read (${code}); check it is a readable file.`);
}

/**
 * One bank over the content/ sets and a teacher's imported sets (`imported`, from the data folder: only accepted
 * items of published sets). An imported set's id starts with "imported-", which no content/ set uses, so each id is
 * looked up in exactly one place.
 */
export function withImportedSets(content: ItemBank, imported: ItemBank): ItemBank {
  return { load: (setId) => (setId.startsWith(importedSetPrefix) ? imported.load(setId) : content.load(setId)) };
}

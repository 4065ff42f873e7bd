import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSet, ContentProblem } from '../../shared/articleSets.ts';
import type { ImportedSetSummary } from '../../shared/articleImport.ts';
import type { Item } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { countWords } from '../content/countWords.ts';
import type { ItemBank } from '../quiz/itemBank.ts';
import { isImportedSetId } from './importedSetId.ts';
import { setDir, setFileNames } from './importedSetPaths.ts';
import { listImportedSetIds, readImportedSet, readSetTexts } from './readImportedSet.ts';
import { servedItems, setSummary } from './reviewedItems.ts';

// What sessions may draw from the teacher's sets: only published sets, and in them only accepted items, with the
// teacher's wording. Pending and rejected items, and every item of an unpublished set, never reach a student.

export interface PublishedSet {
  setId: string;
  title: string;
  /** Accepted items, in the shape the quiz item bank serves. */
  items: Item[];
}

/** Every imported set for the teacher's list; a set whose files are broken is a problem naming it. */
export async function listImportedSets(
  dataDir: string,
): Promise<{ sets: ImportedSetSummary[]; problems: ContentProblem[] }> {
  const sets: ImportedSetSummary[] = [];
  const problems: ContentProblem[] = [];
  for (const setId of await listImportedSetIds(dataDir)) {
    const stored = await readImportedSet(dataDir, setId);
    if (stored.ok) sets.push(setSummary(stored.value));
    else problems.push({ file: setId, ...stored.error });
  }
  return { sets, problems };
}

/** The published sets with their accepted items; unreadable sets are left out (the teacher's list names them). */
export async function listPublishedSets(dataDir: string): Promise<PublishedSet[]> {
  const published: PublishedSet[] = [];
  for (const setId of await listImportedSetIds(dataDir)) {
    const stored = await readImportedSet(dataDir, setId);
    if (!stored.ok || !stored.value.review.published) continue;
    published.push({ setId, title: stored.value.set.title, items: servedItems(stored.value) });
  }
  return published;
}

/** Published sets as the home screen lists content/ sets (listArticleSets), so a class can pick them. */
export async function publishedArticleSets(dataDir: string): Promise<ArticleSet[]> {
  const sets: ArticleSet[] = [];
  for (const setId of await listImportedSetIds(dataDir)) {
    const stored = await readImportedSet(dataDir, setId);
    if (!stored.ok || !stored.value.review.published) continue;
    const { set } = stored.value;
    const texts = await readSetTexts(dataDir, set);
    if (!texts.ok) continue;
    sets.push({
      id: set.id,
      title: set.title,
      ...(set.date === undefined ? {} : { date: set.date }),
      articles: set.articles.map((article, index) => ({
        file: article.file,
        headline: article.headline,
        wordCount: countWords(texts.value[index] ?? ''),
      })),
      problems: [],
    });
  }
  return sets;
}

/**
 * The quiz's item bank over the imported sets: a set's accepted items once published, NOT_FOUND before. Like the
 * content bank it checks freshness with a synchronous stat of review.json (every review change replaces that file,
 * so its inode changes), and reads the set again only then: an answer's time stays its database write.
 */
export function createImportedItemBank(dataDir: string): ItemBank {
  const cache = new Map<string, { stamp: string; items: readonly Item[] }>();
  return {
    async load(setId): Promise<Result<readonly Item[]>> {
      if (!isImportedSetId(setId)) return fail('NOT_FOUND', `"${setId}" is not an imported article set.`);
      const stamp = reviewStamp(dataDir, setId);
      const cached = cache.get(setId);
      if (stamp !== null && cached?.stamp === stamp) return ok(cached.items);
      cache.delete(setId);
      const stored = await readImportedSet(dataDir, setId);
      if (!stored.ok) return stored;
      if (!stored.value.review.published) {
        return fail('NOT_FOUND', `"${stored.value.set.title}" is not published; publish it in the teacher area first.`);
      }
      const items = servedItems(stored.value);
      if (stamp !== null) cache.set(setId, { stamp, items });
      return ok(items);
    },
  };
}

function reviewStamp(dataDir: string, setId: string): string | null {
  try {
    const stats = statSync(join(setDir(dataDir, setId), setFileNames.review));
    return `${stats.ino}:${stats.mtimeMs}:${stats.size}`;
  } catch {
    return null;
  }
}

import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewFile } from '../../shared/articleImport.ts';
import { ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';
import type { ImportedSetContent } from './generateImportedSet.ts';
import { setDir, setFileNames } from './importedSetPaths.ts';
import { jsonText, writeFolderAtomically } from './writeAtomically.ts';

// A generated (or pack-imported) set goes into the data folder in one step: its folder is filled beside the others
// and renamed into place, so a crash leaves either the whole set or none of it. The id is a hash of the set's
// content, so a set already there is the same set: it is left as it is (with its review), not duplicated.

export interface SavedSet {
  setId: string;
  /** The same set was already in the data folder; nothing was written. */
  alreadyThere: boolean;
}

/** A new set: every item pending, not published. */
export function freshReview(content: ImportedSetContent): ReviewFile {
  return { published: false, items: Object.fromEntries(content.items.map((item) => [item.id, { status: 'pending' }])) };
}

export async function saveImportedSet(
  dataDir: string,
  content: ImportedSetContent,
  review: ReviewFile = freshReview(content),
): Promise<Result<SavedSet>> {
  const setId = content.set.id;
  const target = setDir(dataDir, setId);
  if (await exists(target)) return ok({ setId, alreadyThere: true });
  try {
    const written = await writeFolderAtomically(target, async (folder) => {
      await mkdir(join(folder, setFileNames.articles));
      for (const [index, article] of content.set.articles.entries()) {
        await writeFile(join(folder, setFileNames.articles, article.file), content.texts[index] ?? '', 'utf8');
      }
      await writeFile(join(folder, setFileNames.items), jsonText({ set: setId, items: content.items }), 'utf8');
      await writeFile(join(folder, setFileNames.review), jsonText(review), 'utf8');
      // set.json last: a folder is a set once its set.json is there.
      await writeFile(join(folder, setFileNames.set), jsonText(content.set), 'utf8');
    });
    return ok({ setId, alreadyThere: !written });
  } catch (cause) {
    return storageFailed(`The article set "${content.set.title}" could not be saved`, cause);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

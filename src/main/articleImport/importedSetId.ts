import { createHash } from 'node:crypto';
import { importedSetPrefix } from '../../shared/articleImport.ts';
import { slug } from './articleFileName.ts';

// An imported set's id: "imported-", the title as a slug (so a teacher can find the folder), and 10 hex digits of a
// hash of what the set is made of. The prefix keeps it apart from every content/ set id; the hash makes the same
// articles under the same title the same set, so importing them (or their content pack) twice adds nothing.

export interface SetContentKey {
  title: string;
  date?: string;
  articles: readonly { file: string; text: string }[];
}

export function importedSetId(set: SetContentKey): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([set.title, set.date ?? null]));
  for (const article of set.articles) hash.update(`\u0000${article.file}\u0000${article.text}`);
  const name = slug(set.title, 40);
  return `${importedSetPrefix}${name === '' ? '' : `${name}-`}${hash.digest('hex').slice(0, 10)}`;
}

export function isImportedSetId(setId: string): boolean {
  return setId.startsWith(importedSetPrefix);
}

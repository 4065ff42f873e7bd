import { importedSetPrefix } from '../../shared/articleImport.ts';
import { ok } from '../../shared/result.ts';
import { publishedArticleSets } from '../articleImport/publishedSets.ts';
import { readImportedArticle } from '../articleImport/readImportedArticle.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { listArticleSets } from './listArticleSets.ts';
import { readArticle } from './readArticle.ts';

// The sets a class can pick: content/'s folders, then the teacher's published imported sets (from the data
// folder). "imported-" ids belong to the data folder only, so a content/ folder named so is left out.

export function createContentHandlers(deps: MainDeps): HandlersFor<'listArticleSets' | 'readArticle'> {
  return {
    async listArticleSets() {
      const sets = await listArticleSets(deps.contentDir);
      if (!sets.ok) return sets;
      const fromContent = sets.value.filter((set) => !set.id.startsWith(importedSetPrefix));
      return ok({ sets: [...fromContent, ...(await publishedArticleSets(deps.dataDir))] });
    },
    readArticle: (args) =>
      args.setId.startsWith(importedSetPrefix)
        ? readImportedArticle(deps.dataDir, args.setId, args.file)
        : readArticle(deps.contentDir, args.setId, args.file),
  };
}

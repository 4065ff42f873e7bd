import { ok } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { listArticleSets } from './listArticleSets.ts';
import { readArticle } from './readArticle.ts';

export function createContentHandlers(deps: MainDeps): HandlersFor<'listArticleSets' | 'readArticle'> {
  return {
    async listArticleSets() {
      const sets = await listArticleSets(deps.contentDir);
      return sets.ok ? ok({ sets: sets.value }) : sets;
    },
    readArticle: (args) => readArticle(deps.contentDir, args.setId, args.file),
  };
}

import type { ArticleSet } from '../../../shared/articleSets.ts';
import type { Result } from '../../../shared/result.ts';
import { crossread } from './crossread.ts';

// The home screen's article sets, first asked for as the app starts, beside the storage and classroom status,
// instead of once the home screen has mounted (which waits for the classroom status): the first item shows one
// round trip sooner. Every later home screen asks again, so a new set shows.

type ArticleSets = Result<{ sets: ArticleSet[] }>;

let early: Promise<ArticleSets> | undefined;

export function requestArticleSetsEarly(): void {
  early ??= crossread.listArticleSets({});
}

export function articleSets(): Promise<ArticleSets> {
  const first = early;
  early = undefined;
  return first ?? crossread.listArticleSets({});
}

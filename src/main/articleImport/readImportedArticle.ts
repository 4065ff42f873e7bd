import type { ArticleView } from '../../shared/contract.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { readArticleText, readImportedSet } from './readImportedSet.ts';

// readArticle (src/main/content) for an imported set: one article's numbered lines, for showing evidence in place.
// Lines are numbered by the generator's own splitLines, exactly as the items number them. Like its items, a set's
// articles reach the quiz screens only once the teacher has published it.

export async function readImportedArticle(dataDir: string, setId: string, file: string): Promise<Result<ArticleView>> {
  const stored = await readImportedSet(dataDir, setId);
  if (!stored.ok) return stored;
  if (!stored.value.review.published) {
    return fail('NOT_FOUND', `"${stored.value.set.title}" is not published; publish it in the teacher area first.`);
  }
  const article = stored.value.set.articles.find((a) => a.file === file);
  if (article === undefined) return fail('NOT_FOUND', `"${stored.value.set.title}" has no article ${file}.`);
  const text = await readArticleText(dataDir, setId, file);
  if (!text.ok) return text;
  const { splitLines } = await import('../generator/articleText.ts');
  const lines = splitLines(file, text.value).lines.map(({ line, text }) => ({ line, text }));
  return ok({ setId, file, headline: article.headline, lines });
}

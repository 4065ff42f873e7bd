import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analysisSchema } from '../../shared/analysis.ts';
import type { ArticleView } from '../../shared/contract.ts';
import { setIdSchema } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { firstHeadline } from './firstHeadline.ts';
import { readArticleFile } from './readArticleFile.ts';

// One article of a set as the quiz screens show evidence "in place": its lines numbered exactly as the generator
// numbered them when it wrote the items (splitLines is the generator's own, not a copy that could drift), and the
// headline the generator chose, read from the set's analysis file. A set not yet analysed falls back to
// firstHeadline, the home screen's guess.

const analysisHeadlines = analysisSchema.pick({ articles: true });

export async function readArticle(contentDir: string, setId: string, file: string): Promise<Result<ArticleView>> {
  // The contract has checked both names already; checked again here because this is the function that opens files.
  if (!setIdSchema.safeParse(setId).success || /[/\\]/.test(file) || file.startsWith('.')) {
    return fail('BAD_ARGUMENT', `"${setId}/${file}" is not an article: name a set and one .txt file inside it.`);
  }
  const text = await readArticleFile(join(contentDir, 'articles', setId, file));
  if (!text.ok) return text;
  // Imported on first use: articleText.ts loads wink's language model (about 200 ms) for its sentence splitter,
  // which this call does not need, and the app should not pay that at start-up.
  const { splitLines } = await import('../generator/articleText.ts');
  const headline = (await generatedHeadline(contentDir, setId, file)) ?? firstHeadline(text.value);
  return ok({ setId, file, headline, lines: splitLines(file, text.value).lines.map(({ line, text }) => ({ line, text })) });
}

/** The headline the generator picked, or undefined when the set has no readable analysis or it lacks this file. */
async function generatedHeadline(contentDir: string, setId: string, file: string): Promise<string | undefined> {
  let raw: string;
  try {
    raw = await readFile(join(contentDir, 'analysis', `${setId}.json`), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = analysisHeadlines.safeParse(JSON.parse(raw));
    const headline = parsed.success ? parsed.data.articles.find((article) => article.file === file)?.headline : '';
    return headline ? headline : undefined;
  } catch {
    return undefined;
  }
}

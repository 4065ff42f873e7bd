import type { ArticleProblem, GenerationProgress, ImportedSetFile, NewSetRequest } from '../../shared/articleImport.ts';
import { minImportedArticles } from '../../shared/articleImport.ts';
import { itemsFileSchema, type Item } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { analyzeSet } from '../generator/analyzeSet.ts';
import { buildItems } from '../generator/items/buildItems.ts';
import { articleFileName } from './articleFileName.ts';
import { convertArticles } from './convertArticle.ts';
import { importedSetId } from './importedSetId.ts';

// The whole generation for a teacher's set, in memory: convert each article to lines, then the generator's two
// steps, exactly as generateSet.ts runs them for a content/ folder (analyzeSet with the set's date, then
// buildItems). It runs inside the generation worker; nothing here touches the disk.

export interface ImportedSetContent {
  set: ImportedSetFile;
  /** The articles' text, in the order of set.articles. */
  texts: string[];
  items: Item[];
}

export interface GeneratedImport extends ImportedSetContent {
  /** The articles that could not be used, each named as it was given. */
  problems: ArticleProblem[];
}

export function generateImportedSet(
  request: NewSetRequest,
  onProgress: (progress: GenerationProgress) => void = () => {},
): Result<GeneratedImport> {
  const total = request.articles.length;
  const { articles, problems } = convertArticles(request.articles, (done) =>
    onProgress({ stage: 'convert', done, total }),
  );
  if (articles.length < minImportedArticles) {
    const why = problems.map((p) => p.message).join(' ');
    return fail(
      'BAD_CONTENT',
      `Only ${articles.length} of the ${total} articles could be used; a set needs at least ${minImportedArticles}. ${why}`.trim(),
    );
  }

  const files = articles.map((article, index) =>
    articleFileName(index, article.outlet ?? article.givenName.replace(/\.[A-Za-z]+$/, '')),
  );
  const inputs = articles.map((article, index) => ({ file: files[index] as string, text: article.text }));
  const date = request.date === undefined ? {} : { date: request.date };

  onProgress({ stage: 'analyse', done: 0, total: 1 });
  const analysis = analyzeSet(inputs, date);
  onProgress({ stage: 'analyse', done: 1, total: 1 });

  onProgress({ stage: 'items', done: 0, total: 1 });
  const id = importedSetId({ title: request.title, ...date, articles: inputs });
  const items = itemsFileSchema.parse({ set: id, items: buildItems(analysis) }).items;
  onProgress({ stage: 'items', done: 1, total: 1 });

  const headlines = new Map(analysis.articles.map((article) => [article.file, article.headline]));
  return ok({
    set: {
      id,
      title: request.title,
      ...date,
      articles: articles.map((article, index) => ({
        file: files[index] as string,
        givenName: article.givenName,
        ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
        headline: headlines.get(files[index] as string) ?? '',
      })),
    },
    texts: inputs.map((input) => input.text),
    items,
    problems,
  });
}

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  setManifestSchema,
  type ArticleSet,
  type ArticleSummary,
  type ContentProblem,
  type SetManifest,
} from '../../shared/articleSets.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { countWords } from './countWords.ts';
import { firstHeadline } from './firstHeadline.ts';
import { readArticleFile } from './readArticleFile.ts';

const byName = (a: string, b: string): number => a.localeCompare(b, 'en');

/** Every set under `<contentDir>/articles`, each article summarised; a broken file becomes a problem, not a crash. */
export async function listArticleSets(contentDir: string): Promise<Result<ArticleSet[]>> {
  const articlesDir = join(contentDir, 'articles');
  let entries;
  try {
    entries = await readdir(articlesDir, { withFileTypes: true });
  } catch {
    return fail('NOT_FOUND', `No article sets: the folder ${articlesDir} could not be read.`);
  }
  const setIds = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(byName);
  return ok(await Promise.all(setIds.map((id) => readArticleSet(join(articlesDir, id), id))));
}

export async function readArticleSet(dir: string, id: string): Promise<ArticleSet> {
  const problems: ContentProblem[] = [];
  const manifest = await readManifest(dir, problems);
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort(byName);

  const articles: ArticleSummary[] = [];
  for (const file of files) {
    const text = await readArticleFile(join(dir, file));
    if (text.ok) {
      articles.push({ file, headline: firstHeadline(text.value), wordCount: countWords(text.value) });
    } else {
      problems.push({ file, ...text.error });
    }
  }
  return {
    id,
    title: manifest?.title ?? id,
    ...(manifest?.date ? { date: manifest.date } : {}),
    articles,
    problems,
  };
}

async function readManifest(dir: string, problems: ContentProblem[]): Promise<SetManifest | undefined> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'set.json'), 'utf8');
  } catch {
    return undefined; // set.json is optional
  }
  try {
    const parsed = setManifestSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    problems.push({
      file: 'set.json',
      code: 'BAD_CONTENT',
      message: `set.json: ${where}: ${issue?.message ?? 'invalid'}; the folder name is used as the title.`,
    });
  } catch {
    problems.push({
      file: 'set.json',
      code: 'BAD_CONTENT',
      message: 'set.json is not valid JSON; the folder name is used as the title.',
    });
  }
  return undefined;
}

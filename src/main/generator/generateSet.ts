import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Analysis } from '../../shared/analysis.ts';
import type { ContentProblem } from '../../shared/articleSets.ts';
import { itemsFileSchema, type ItemsFile } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { readArticleFile } from '../content/readArticleFile.ts';
import { analyzeSet, compareFileNames, type ArticleInput } from './analyzeSet.ts';
import { buildItems } from './items/buildItems.ts';
import { readSetDate } from './readSetDate.ts';

// Reading a folder is where people make mistakes (wrong path, a .docx saved as .txt, a Latin-1 export), so every
// failure here is a sentence naming the folder or file. A set with some unusable files is still generated from the
// others, and the unusable ones come back as problems: the caller decides whether that is fatal.

export const minArticlesToCompare = 2;

export interface GeneratedSet {
  /** The set's id: the folder's name. */
  set: string;
  /** The .txt files that were read and analysed. */
  files: string[];
  analysis: Analysis;
  items: ItemsFile;
  /** Files that could not be used, each with a typed code and a sentence naming it. */
  problems: ContentProblem[];
  /** The set's date from set.json, which "yesterday" in an undated article was read against. */
  date?: string;
  /** set.json is there but could not be used: the set was analysed without its date. */
  setFileProblem?: ContentProblem;
  /** Fewer than two usable articles: only single-article items (clutter, evidence) could be made. */
  tooFewToCompare: boolean;
}

export async function generateSet(dir: string): Promise<Result<GeneratedSet>> {
  const found = await listArticleFiles(dir);
  if (!found.ok) return found;

  const articles: ArticleInput[] = [];
  const problems: ContentProblem[] = [];
  for (const file of found.value) {
    const text = await readArticleFile(join(dir, file));
    if (text.ok) articles.push({ file, text: text.value });
    else problems.push({ file, ...text.error });
  }
  if (articles.length === 0) {
    const why = problems.map((p) => p.message).join(' ');
    return fail('BAD_CONTENT', `None of the ${found.value.length} .txt files in ${dir} could be used. ${why}`);
  }

  const set = basename(resolve(dir));
  const { date, problem } = await readSetDate(dir);
  const analysis = analyzeSet(articles, date === undefined ? {} : { date });
  const items = itemsFileSchema.parse({ set, items: buildItems(analysis) });
  return ok({
    set,
    files: articles.map((a) => a.file),
    analysis,
    items,
    problems,
    ...(date === undefined ? {} : { date }),
    ...(problem === undefined ? {} : { setFileProblem: problem }),
    tooFewToCompare: articles.length < minArticlesToCompare,
  });
}

/** The .txt files directly in `dir`, in file-name order. */
async function listArticleFiles(dir: string): Promise<Result<string[]>> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {
    return fail('NOT_FOUND', `The folder ${dir} does not exist; give the folder that holds the article .txt files.`);
  }
  if (!isFolder)
    return fail('BAD_ARGUMENT', `${dir} is a file, not a folder; give the folder that holds the articles.`);

  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : 'unknown error';
    return fail('FILE_UNREADABLE', `The folder ${dir} could not be read (${reason}).`);
  }
  const files = entries
    .filter((entry) => !entry.isDirectory() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort(compareFileNames);
  if (files.length === 0) {
    return fail('NOT_FOUND', `The folder ${dir} holds no .txt articles; put each article in its own UTF-8 .txt file.`);
  }
  return ok(files);
}

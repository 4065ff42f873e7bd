import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { decodeArticleBytes } from '../../src/main/content/readArticleFile.ts';
import { setManifestSchema } from '../../src/shared/articleSets.ts';
import { goldSchema, readingOf, type Gold, type GoldFact, type GoldLineRef } from './goldSchema.ts';
import { projectRoot } from './paths.ts';

// Reads a gold file and the articles it labels, and refuses it unless every label still stands where it says:
// each chrome line has its text, each value, quotation and sentence is on its line, no fact or claim sits on a
// chrome line. An article edited after labelling changes its id, so that is caught too.

export interface GoldArticleText {
  file: string;
  text: string;
}

export interface LoadedGold {
  gold: Gold;
  articles: GoldArticleText[];
  /** The set's date from set.json beside the articles, passed as `analyzeSet(articles, setInfo)` as the CLI does. */
  setInfo: { date?: string };
}

/** Gold labels plus the article texts they label; throws one error that lists every problem found. */
export function loadGold(goldPath: string): LoadedGold {
  const name = basename(goldPath);
  const parsed = goldSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${name} does not match the gold schema:\n- ${problems.join('\n- ')}`);
  }
  const gold = parsed.data;
  const dir = isAbsolute(gold.articlesDir) ? gold.articlesDir : join(projectRoot, gold.articlesDir);
  const problems: string[] = [];
  const articles = readArticles(dir, gold, problems);
  if (articles.length === gold.articles.length) checkLabels(gold, articles, problems);
  if (problems.length > 0) {
    throw new Error(
      `${name} has ${problems.length} problem(s) against ${gold.articlesDir}:\n- ${problems.join('\n- ')}`,
    );
  }
  return { gold, articles, setInfo: readSetInfo(dir, name) };
}

// The generator reads set.json the same way (src/main/generator/readSetDate.ts); here a broken one is an error,
// since the accuracy figures would silently change without its date.
function readSetInfo(dir: string, name: string): { date?: string } {
  const path = join(dir, 'set.json');
  if (!existsSync(path)) return {};
  const parsed = setManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${name}: ${path} does not match the set.json schema`);
  return parsed.data.date === undefined ? {} : { date: parsed.data.date };
}

/** The article's non-empty lines by 1-based number; empty lines count in the numbering, as in `cat -n`. */
export function articleLines(text: string): Map<number, string> {
  const lines = new Map<number, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() !== '') lines.set(index + 1, line);
  });
  return lines;
}

export function articleId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

function readArticles(dir: string, gold: Gold, problems: string[]): GoldArticleText[] {
  let onDisk: string[];
  try {
    onDisk = readdirSync(dir).filter((file) => file.toLowerCase().endsWith('.txt'));
  } catch {
    problems.push(`the articles folder ${dir} cannot be read`);
    return [];
  }
  const labelled = gold.articles.map((article) => article.file);
  for (const file of onDisk) if (!labelled.includes(file)) problems.push(`${file} is in the folder but has no labels`);
  for (const file of labelled) if (!onDisk.includes(file)) problems.push(`${file} is labelled but not in the folder`);
  if (problems.length > 0) return [];

  const articles: GoldArticleText[] = [];
  for (const article of gold.articles) {
    const bytes = readFileSync(join(dir, article.file));
    const decoded = decodeArticleBytes(article.file, bytes);
    if (!decoded.ok) {
      problems.push(decoded.error.message);
      continue;
    }
    const id = articleId(bytes);
    if (id !== article.id)
      problems.push(`${article.file} has id ${id}, not ${article.id}: it changed since it was labelled`);
    articles.push({ file: article.file, text: decoded.value });
  }
  return articles;
}

function checkLabels(gold: Gold, articles: GoldArticleText[], problems: string[]): void {
  const linesOf = new Map(articles.map((article) => [article.file, articleLines(article.text)]));
  const chromeOf = new Map<string, Set<number>>();

  for (const article of gold.articles) {
    const lines = [...(linesOf.get(article.file)?.values() ?? [])].map((line) => line.trim());
    if (!lines.includes(article.headline))
      problems.push(`${article.file}: headline "${article.headline}" is not a line`);
    if (!(article.file in gold.chrome)) problems.push(`${article.file} has no chrome entry (use [] for none)`);
  }
  for (const [file, entries] of Object.entries(gold.chrome)) {
    const lines = linesOf.get(file);
    if (!lines) {
      problems.push(`chrome names ${file}, which is not an article of the set`);
      continue;
    }
    const seen = new Set<number>();
    for (const { line, text } of entries) {
      if (seen.has(line)) problems.push(`${file}:${line} is listed twice as chrome`);
      seen.add(line);
      const actual = lines.get(line);
      if (actual === undefined) problems.push(`${file}:${line} is listed as chrome but is empty or missing`);
      else if (actual.trim() !== text)
        problems.push(`${file}:${line} is "${actual.trim()}", not the chrome text "${text}"`);
    }
    chromeOf.set(file, seen);
  }

  const checkRef = (ref: GoldLineRef, label: string): void => {
    const actual = linesOf.get(ref.file)?.get(ref.line);
    if (actual === undefined) problems.push(`${label} ${ref.file}:${ref.line} is not a non-empty line of the set`);
    else if (!actual.includes(ref.text)) problems.push(`${label} "${ref.text}" is not on ${ref.file}:${ref.line}`);
    else if (chromeOf.get(ref.file)?.has(ref.line)) problems.push(`${label} ${ref.file}:${ref.line} is a chrome line`);
  };
  const checkFact = (fact: GoldFact, label: string): void => {
    for (const value of fact.values) checkRef(value, `${label} "${fact.fact}":`);
  };

  for (const fact of gold.disagreements) {
    checkFact(fact, 'disagreement');
    if (new Set(fact.values.map(readingOf)).size < 2) {
      problems.push(`disagreement "${fact.fact}" has only one reading; values that agree belong in agreements`);
    }
  }
  for (const fact of gold.agreements) {
    checkFact(fact, 'agreement');
    const readings = new Set(fact.values.filter((value) => value.reading !== undefined).map(readingOf));
    if (readings.size > 1) problems.push(`agreement "${fact.fact}" has values of different readings`);
  }
  for (const fact of gold.debatable.facts) checkFact(fact, 'debatable fact');
  for (const claim of gold.unsupported) {
    checkRef(claim, `unsupported (${claim.kind})`);
    if (!claim.text.includes(claim.cue)) problems.push(`cue "${claim.cue}" is not in "${claim.text}"`);
    if (claim.claim) checkRef(claim.claim, 'claim of a flagged sentence');
    if (claim.claim && claim.kind !== 'flagged')
      problems.push(`${claim.file}:${claim.line} links a claim but is not flagged`);
  }
  for (const claim of gold.supported) checkRef(claim, 'supported');
  for (const claim of gold.debatable.claims) checkRef(claim, 'debatable claim');
}

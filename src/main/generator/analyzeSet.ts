import { createHash } from 'node:crypto';
import { analysisSchema, type Analysis } from '../../shared/analysis.ts';
import { splitLines, type ArticleText } from './articleText.ts';
import { classifyLines, type LineVerdict } from './clutter/classifyLines.ts';
import { pickHeadline } from './clutter/pickHeadline.ts';
import { findFacts } from './compare/findFacts.ts';
import { findEvidence } from './evidence/findEvidence.ts';
import { startFreshEngine } from './lineDoc.ts';

// One pass over a set: the clutter verdicts come first because the other finders only look at article lines
// (a figure in a "Latest articles" teaser is not the outlet's report). Articles are taken in file-name order, and
// read by an engine that has read nothing before, so the analysis depends neither on the order the caller read the
// folder in nor on what was analysed before.

export interface ArticleInput {
  file: string;
  text: string;
}

export interface SetInfo {
  /** The day the set is about, from set.json ("2025-03-09"): what "yesterday" means in an undated article. */
  date?: string;
}

export function analyzeSet(articles: readonly ArticleInput[], info: SetInfo = {}): Analysis {
  startFreshEngine();
  const ordered = [...articles].sort((a, b) => compareFileNames(a.file, b.file));
  const texts: ArticleText[] = ordered.map((article) => splitLines(article.file, article.text));

  const verdicts = classifyLines(texts);
  const chrome = chromeLines(verdicts);
  const isArticleLine = (file: string, line: number): boolean => chrome.get(file)?.has(line) !== true;

  const facts = findFacts(texts, isArticleLine, dayOf(info.date));
  const evidence = findEvidence(texts, isArticleLine);

  return analysisSchema.parse({
    articles: ordered.map((article, index) => ({
      file: article.file,
      id: articleId(article.text),
      headline: pickHeadline(texts[index] as ArticleText, verdicts),
    })),
    lines: verdicts.map(({ file, line, text, boilerplate, reasons }) => ({ file, line, text, boilerplate, reasons })),
    disagreements: facts.disagreements,
    agreements: facts.agreements,
    unsupported: evidence.unsupported,
    supported: evidence.supported,
  });
}

/** First 12 hex digits of the sha256 of the article's UTF-8 bytes (as read, without a byte-order mark). */
export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

// Noon, so the day stays the same in any time zone the dates are read in.
function dayOf(iso: string | undefined): Date | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return parts ? new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12)) : undefined;
}

export function compareFileNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The chrome lines' numbers, by file. Every finder asks for every line, so the lookup is a map by file and a set
 * of numbers: keys joined into one string cost a new string per question, and grew slower as the set grew.
 */
function chromeLines(verdicts: readonly LineVerdict[]): Map<string, Set<number>> {
  const byFile = new Map<string, Set<number>>();
  for (const verdict of verdicts) {
    if (!verdict.boilerplate) continue;
    const lines = byFile.get(verdict.file);
    if (lines) lines.add(verdict.line);
    else byFile.set(verdict.file, new Set([verdict.line]));
  }
  return byFile;
}

import { clutterLineDifficulty } from './difficulty.ts';
import { bySimilarLength } from './similarLength.ts';
import type { AnalysedLine } from './setIndex.ts';

// Which lines of an article the single-choice and choose-all clutter items ask about. Options are whole lines, so
// very long ones (a 700-character paragraph) are left to the mark-the-lines items, where they stand in context.

export const maxOptionLength = 320;

export interface ArticleLines {
  chrome: AnalysedLine[];
  article: AnalysedLine[];
}

/**
 * The article's chrome and article lines that fit in an option, each text once (repeated lines are one option).
 * The headline is left out: prompts name the article by it, so as an option it would answer itself.
 */
export function optionLines(lines: readonly AnalysedLine[], headline: string): ArticleLines {
  const seen = new Set<string>([headline.trim()]);
  const fit = lines.filter((line) => {
    if (line.text.length > maxOptionLength || seen.has(line.text.trim())) return false;
    seen.add(line.text.trim());
    return true;
  });
  // A clutter line that is clutter only beside another line (an image's alt text repeated in its caption, a
  // headline printed twice) cannot be told from the article out of context: it is left to mark-the-lines.
  const repeated = (line: AnalysedLine): boolean =>
    lines.some((other) => other !== line && other.text.includes(line.text));
  const unambiguous = fit.filter((line) => !(line.boilerplate && repeated(line)));
  return {
    chrome: unambiguous.filter((line) => line.boilerplate),
    article: unambiguous.filter((line) => !line.boilerplate),
  };
}

/** Chrome lines, hardest first (the ones that read most like news), in line order among equals. */
export function hardestChrome(chrome: readonly AnalysedLine[]): AnalysedLine[] {
  return [...chrome].sort((a, b) => clutterLineDifficulty(b.text) - clutterLineDifficulty(a.text) || a.line - b.line);
}

/** `count` lines from `pool` of about the length of `target`, never one of `taken`. */
export function similarLines(
  target: string,
  pool: readonly AnalysedLine[],
  count: number,
  taken: readonly AnalysedLine[] = [],
): AnalysedLine[] {
  const used = new Set(taken.map((l) => l.text));
  return bySimilarLength(
    target,
    pool.filter((line) => !used.has(line.text)),
    (line) => line.text,
  ).slice(0, count);
}

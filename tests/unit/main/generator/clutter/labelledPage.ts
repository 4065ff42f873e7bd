import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines, type ArticleText } from '../../../../../src/main/generator/articleText.ts';
import type { LineVerdict } from '../../../../../src/main/generator/clutter/classifyLines.ts';

// Pages labelled by hand, one line each: "C| " page chrome, "A| " article, "T| " the article's title.
// The labels were written from reading the pages, before and independently of what the rules say.

export interface LabelledPage {
  article: ArticleText;
  chromeLines: Set<number>;
  title: string;
}

const labelPattern = /^([CAT])\| (.*)$/u;

export function parseLabelledPage(file: string, labelled: string): LabelledPage {
  const chromeLines = new Set<number>();
  let title = '';
  const text = labelled
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const match = labelPattern.exec(line);
      if (!match) throw new Error(`${file}: line ${index + 1} has no C|, A| or T| label: ${line}`);
      const [, label, body = ''] = match;
      if (label === 'C') chromeLines.add(index + 1);
      if (label === 'T') title = body;
      return body;
    })
    .join('\n');
  return { article: splitLines(file, text), chromeLines, title };
}

export function readLabelledPages(folder: string): LabelledPage[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseLabelledPage(name, readFileSync(join(folder, name), 'utf8')));
}

export interface Confusion {
  chromeCaught: number;
  articleFlagged: number;
  chromeMissed: number;
  articleKept: number;
}

export function confusion(
  verdicts: readonly LineVerdict[],
  isChrome: (file: string, line: number) => boolean,
): Confusion {
  const counts: Confusion = { chromeCaught: 0, articleFlagged: 0, chromeMissed: 0, articleKept: 0 };
  for (const verdict of verdicts) {
    const chrome = isChrome(verdict.file, verdict.line);
    if (chrome && verdict.boilerplate) counts.chromeCaught += 1;
    else if (chrome) counts.chromeMissed += 1;
    else if (verdict.boilerplate) counts.articleFlagged += 1;
    else counts.articleKept += 1;
  }
  return counts;
}

/** F1 of the "chrome" class: how well page chrome is found without flagging article lines. */
export function chromeF1({ chromeCaught, articleFlagged, chromeMissed }: Confusion): number {
  const precision = chromeCaught / (chromeCaught + articleFlagged);
  const recall = chromeCaught / (chromeCaught + chromeMissed);
  return (2 * precision * recall) / (precision + recall);
}

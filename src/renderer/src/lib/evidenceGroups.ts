import type { EvidencePassage } from '../../../shared/items.ts';
import type { TextRange } from './highlightSegments.ts';

// Evidence passages gathered the way a reader looks them up: by article, then by line. An item may point at the
// same line twice (a claim and the words that call it unproven), and those belong in one highlighted line.
// Articles keep the order of their first passage (the item's "first" and "second" outlet); lines read top down.

export interface EvidenceLine {
  line: number;
  /** The passages' own words, used until the article's full line has loaded. */
  quotes: string[];
  ranges: TextRange[];
}

export interface EvidenceArticle {
  file: string;
  lines: EvidenceLine[];
}

export function groupEvidence(passages: readonly EvidencePassage[]): EvidenceArticle[] {
  const articles = new Map<string, Map<number, EvidenceLine>>();
  for (const { file, line, text, start, end } of passages) {
    let lines = articles.get(file);
    if (!lines) articles.set(file, (lines = new Map()));
    let entry = lines.get(line);
    if (!entry) lines.set(line, (entry = { line, quotes: [], ranges: [] }));
    entry.ranges.push({ start, end });
    if (!entry.quotes.includes(text)) entry.quotes.push(text);
  }
  return [...articles].map(([file, lines]) => ({ file, lines: [...lines.values()].sort((a, b) => a.line - b.line) }));
}

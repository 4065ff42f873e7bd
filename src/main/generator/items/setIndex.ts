import type { Analysis } from '../../../shared/analysis.ts';
import { labelOutlets } from './outletLabels.ts';

// The builders ask the same questions of an analysis again and again (the lines of this article in order, the
// line at this number, what students call this outlet); this answers them without rescanning the whole set.

export type AnalysedLine = Analysis['lines'][number];

export interface SetIndex {
  analysis: Analysis;
  /** Article files in the analysis' order. */
  files: string[];
  /** How prompts name the outlet: its headline in quotes. */
  outlet(file: string): string;
  /** The article's headline as the analysis found it ('' when none). */
  headline(file: string): string;
  /** The article's non-empty lines in order, chrome included. */
  linesOf(file: string): AnalysedLine[];
  lineAt(file: string, line: number): AnalysedLine | undefined;
  /** Every word the set writes in lower case somewhere, to tell names ("Russian") from ordinary words. */
  lowercaseWords(): ReadonlySet<string>;
  /** The line a finding points at; a finding that points at no line is a finder bug, reported by name. */
  lineOf(file: string, line: number): AnalysedLine;
}

export function indexSet(analysis: Analysis): SetIndex {
  const labels = labelOutlets(analysis.articles);
  const headlines = new Map(analysis.articles.map((a) => [a.file, a.headline]));
  const byFile = new Map<string, AnalysedLine[]>();
  const byKey = new Map<string, AnalysedLine>();
  for (const line of analysis.lines) {
    const lines = byFile.get(line.file) ?? [];
    lines.push(line);
    byFile.set(line.file, lines);
    byKey.set(`${line.file}\u0000${line.line}`, line);
  }
  for (const lines of byFile.values()) lines.sort((a, b) => a.line - b.line);
  let lowercase: Set<string> | undefined;
  return {
    analysis,
    files: analysis.articles.map((a) => a.file),
    outlet: (file) => labels.get(file) ?? file,
    headline: (file) => headlines.get(file) ?? '',
    linesOf: (file) => byFile.get(file) ?? [],
    lineAt: (file, line) => byKey.get(`${file}\u0000${line}`),
    lowercaseWords: () => {
      lowercase ??= new Set(
        analysis.lines.flatMap((line) => line.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []),
      );
      return lowercase;
    },
    lineOf: (file, line) => {
      const found = byKey.get(`${file}\u0000${line}`);
      if (!found) throw new Error(`${file} has no line ${line}, yet a finding points at it`);
      return found;
    },
  };
}

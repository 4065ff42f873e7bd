import type { EvidencePassage } from '../../../shared/items.ts';

// The app highlights evidence inside the article, so a passage must be the exact words at exact offsets of its
// line. A finding whose text is not in its line is a finder bug; failing loudly here keeps it out of the items.

export interface LineOfArticle {
  file: string;
  line: number;
  /** The whole line as the article has it. */
  text: string;
}

/** The passage `words` inside `line`, searched from `from` (the first occurrence at or after it). */
export function passageIn(line: LineOfArticle, words: string, from = 0): EvidencePassage {
  const start = line.text.indexOf(words, from);
  if (words === '' || start < 0) {
    throw new Error(`${line.file} line ${line.line} does not contain "${words}"`);
  }
  return { file: line.file, line: line.line, text: words, start, end: start + words.length };
}

/** The whole line as one passage, for verdicts about a line (clutter) rather than words in it. */
export function wholeLine(line: LineOfArticle): EvidencePassage {
  return { file: line.file, line: line.line, text: line.text, start: 0, end: line.text.length };
}

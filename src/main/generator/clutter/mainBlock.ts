// The article's main block: the longest run of prose paragraphs, found from the line rules' first judgement.
// Chrome clusters around it (skip links and bylines above, comments and more headlines below), so a line's
// place relative to this block is evidence in its own right.

export interface BlockLine {
  /** A paragraph of running text that no chrome cue flagged. */
  isArticleProse: boolean;
  /** A chrome cue fired on this line. */
  flagged: boolean;
  /** Flagged by a cue that pages put after the article (comments, more headlines, footers). */
  closesArticle: boolean;
  /** A row of a table of figures (dataTable.ts): however many rows, the table is one gap line. */
  inTable: boolean;
  /** Inside a reader poll set into the text: like a table, the whole poll is one gap line. */
  inPollBox: boolean;
  wordCount: number;
}

/** Indices into the article's lines, both ends included. */
export interface MainBlock {
  start: number;
  end: number;
}

// Sub-headings, fact boxes, pictures and captions sit between paragraphs. Lines that a chrome cue flagged may
// stand a few in a row (a caption, its credit, an ad); unflagged ones (a list of key figures) a few more.
const maxFlaggedGapLines = 3;
const maxGapLines = 6;

export function findMainBlock(lines: readonly BlockLine[]): MainBlock | undefined {
  let best: (MainBlock & { words: number }) | undefined;
  let current: (MainBlock & { words: number }) | undefined;
  let gap = 0;
  let flaggedGap = 0;
  let closed = false;

  lines.forEach((line, index) => {
    if (line.closesArticle) closed = true;
    if (!line.isArticleProse) {
      const previous = lines[index - 1];
      if ((line.inTable && previous?.inTable) || (line.inPollBox && previous?.inPollBox)) return;
      gap += 1;
      if (line.flagged) flaggedGap += 1;
      return;
    }
    if (current && gap <= maxGapLines && flaggedGap <= maxFlaggedGapLines && !closed) {
      current.end = index;
      current.words += line.wordCount;
    } else {
      current = { start: index, end: index, words: line.wordCount };
    }
    if (!best || current.words > best.words) best = current;
    gap = 0;
    flaggedGap = 0;
    closed = false;
  });

  return best ? { start: best.start, end: best.end } : undefined;
}

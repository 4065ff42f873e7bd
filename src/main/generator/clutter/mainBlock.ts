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
  /**
   * The label of a box of links ("Related"): set between paragraphs as often as below the article, so the text may
   * go on below it, but only with paragraphs about the same event (other stories' summaries are not).
   */
  labelsLinkBox: boolean;
  /** Few of the line's words occur in the other articles of the set. */
  offTopic: boolean;
  /** A row of a table of figures (dataTable.ts): however many rows, the table is one gap line. */
  inTable: boolean;
  /** Inside a reader poll set into the text: like a table, the whole poll is one gap line. */
  inPollBox: boolean;
  wordCount: number;
  /** The cue families that flagged the line (cuePhrases.ts). */
  cueFamilies: readonly string[];
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

// A paragraph of the article may stray from what the other outlets wrote; a run of them all straying is other
// stories' summaries. Looking a few paragraphs ahead keeps the search linear.
const offTopicRunParagraphs = 3;
const offTopicRunReach = 10;

function offTopicRun(lines: readonly BlockLine[], from: number): boolean {
  let paragraphs = 0;
  for (let index = from; index < lines.length && index < from + offTopicRunReach; index += 1) {
    const line = lines[index] as BlockLine;
    if (!line.isArticleProse) continue;
    if (!line.offTopic) return false;
    paragraphs += 1;
    if (paragraphs === offTopicRunParagraphs) break;
  }
  return true;
}

// A box set between paragraphs (a sign-up form: its pitch, the email field, the button) is one interruption of the
// text, however many lines it takes: lines flagged by the same cue family in a row count once.
function sameWidget(line: BlockLine, previous: BlockLine | undefined): boolean {
  return previous !== undefined && line.cueFamilies.some((family) => previous.cueFamilies.includes(family));
}

export function findMainBlock(lines: readonly BlockLine[]): MainBlock | undefined {
  let best: (MainBlock & { words: number }) | undefined;
  let current: (MainBlock & { words: number }) | undefined;
  let gap = 0;
  let flaggedGap = 0;
  let closed = false;
  let boxLabelled = false;

  lines.forEach((line, index) => {
    if (line.closesArticle) closed = true;
    if (line.labelsLinkBox) boxLabelled = true;
    if (!line.isArticleProse) {
      const previous = lines[index - 1];
      if ((line.inTable && previous?.inTable) || (line.inPollBox && previous?.inPollBox)) return;
      gap += 1;
      if (line.flagged && !sameWidget(line, lines[index - 1])) flaggedGap += 1;
      return;
    }
    const textGoesOn = !closed && !(boxLabelled && offTopicRun(lines, index));
    if (current && gap <= maxGapLines && flaggedGap <= maxFlaggedGapLines && textGoesOn) {
      current.end = index;
      current.words += line.wordCount;
    } else {
      current = { start: index, end: index, words: line.wordCount };
    }
    if (!best || current.words > best.words) best = current;
    gap = 0;
    flaggedGap = 0;
    closed = false;
    boxLabelled = false;
  });

  if (!best) return undefined;
  // A wire's box of key figures set right below the last paragraph ends the text, as a table between paragraphs
  // sits in it.
  let end = best.end;
  while (lines[end + 1]?.inTable) end += 1;
  return { start: best.start, end };
}

import type { LineFeatures } from './lineFeatures.ts';
import type { MainBlock } from './mainBlock.ts';

// Lists of other stories after the article: headlines, often each with a teaser or a date. Sites word them
// differently, but the shape is the same: below the article's last paragraph stand several lines shaped like
// headlines (a few words, no full stop), with teasers (cut off with "...", or a sentence) between them.

export interface ListLine {
  features: LineFeatures;
  /** A chrome cue fired on this line; it carries its own reason and is not counted as a headline. */
  flagged: boolean;
}

const titleMinWords = 3;
const titleMaxWords = 20;
const minTitles = 2;

// Headlines may ask or exclaim, but do not end with a full stop.
function isTitleShaped({ features, flagged }: ListLine): boolean {
  return (
    !flagged &&
    features.wordCount >= titleMinWords &&
    features.wordCount <= titleMaxWords &&
    !features.endsWithEllipsis &&
    !/\.["'”’)\]]*$/u.test(features.text)
  );
}

function isTeaser({ features, flagged }: ListLine): boolean {
  return !flagged && (features.endsWithEllipsis || features.endsWithTerminal);
}

/** For each line, how many headlines stand in the list of other stories it belongs to, or 0. */
export function findHeadlineLists(lines: readonly ListLine[], block: MainBlock | undefined): number[] {
  const counts = new Array<number>(lines.length).fill(0);
  if (!block) return counts;
  const after = lines.slice(block.end + 1);
  const titles = after.filter(isTitleShaped).length;
  if (titles < minTitles) return counts;
  // The list begins at its first headline. Sentences above it are the article's own short closing lines
  // ("Further occupations are likely before the Christmas break."): a teaser follows its headline.
  const first = after.findIndex(isTitleShaped);
  after.forEach((line, offset) => {
    if (offset < first) return;
    if (isTitleShaped(line) || isTeaser(line)) counts[block.end + 1 + offset] = titles;
  });
  return counts;
}

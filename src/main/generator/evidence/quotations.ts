// Which characters of a line stand inside quotation marks. Words in a quotation are the speaker's, not the
// writer's, so the evidence rules read the writer's voice apart from what is quoted.
//
// Outlets mix their marks (one seed article opens with a straight " and closes with a curly ”), so double marks
// are read as one family: “ and « open, ” and » close, a straight " toggles. Single marks are only taken as
// quotation marks when they open before a word and close after one, because ’ is also the apostrophe of "It’s"
// and "Games’ opening".

export interface QuotedRange {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the end of the line when the quotation runs on. */
  end: number;
}

const opensDouble = new Set(['“', '«', '„']);
const closesDouble = new Set(['”', '»']);
const singleOpeners = new Set(['‘', "'"]);
const singleClosers = new Set(['’', "'"]);

/** The quotations of a line, sorted and not overlapping (a quotation inside another is part of it). */
export function quotedRanges(text: string): QuotedRange[] {
  return mergeRanges([...doubleQuoted(text), ...singleQuoted(text)]);
}

const doubleMarks = /["“”«»„]/g;
const singleMarks = /['‘’]/g;

function doubleQuoted(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  let open = -1;
  for (const match of text.matchAll(doubleMarks)) {
    const i = match.index;
    const ch = match[0];
    if (opensDouble.has(ch) && open < 0) open = i;
    else if (closesDouble.has(ch) && open >= 0) {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '"') {
      if (open < 0) open = i;
      else {
        ranges.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  // A quotation left open at the end of a paragraph runs on into the next one, as news style allows.
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

function singleQuoted(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  let open = -1;
  for (const match of text.matchAll(singleMarks)) {
    const i = match.index;
    const ch = match[0];
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (open < 0 && singleOpeners.has(ch) && !isWordChar(before) && isWordChar(after)) open = i;
    else if (open >= 0 && singleClosers.has(ch) && !isWordChar(after) && !/\s/.test(before)) {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return ranges;
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function mergeRanges(ranges: QuotedRange[]): QuotedRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: QuotedRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

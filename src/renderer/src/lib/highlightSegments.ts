// A line of an article cut into plain and highlighted runs, so evidence is shown inside its own line with the exact
// words marked. Ranges are [start, end) offsets into the line, as the items give them; overlapping or touching
// ranges become one run, and ranges outside the line are clipped rather than trusted.

export interface TextRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

export function highlightSegments(text: string, ranges: readonly TextRange[]): Segment[] {
  const merged = mergeRanges(
    ranges
      .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
      .filter(({ start, end }) => end > start),
  );
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { start, end } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

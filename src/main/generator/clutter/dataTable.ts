import type { LineFeatures } from './lineFeatures.ts';

// A table of figures set in the article ("Jobs affected | ~850", "Closure target | 03/31/2024"): rows of a label
// and a value, split by a bar, a tab or the run of spaces of a wire's monospaced table ("Policy rate    4.75%"),
// where the value holds a figure or a date; or a fact box of "Label: value" rows (see markFactBoxes). A menu splits
// links the same way, but its links are words; a ticker runs many values along one line. A lone row is not a
// table, so a row counts only beside another row of the same number of cells, and the row of column names right
// above them ("DECISION    ACTUAL   PRIOR") belongs to the table too.

const cellSeparator = /\s*(?:\||\t)\s*|\s{2,}/u;
const maxCells = 4;
const maxRowWords = 14;

/** The number of cells of a label-and-value row, or 0 when the line is no such row. */
export function tableCells(features: LineFeatures): number {
  if (features.wordCount === 0 || features.wordCount > maxRowWords || features.endsWithTerminal) return 0;
  const cells = features.text.split(cellSeparator).map((cell) => cell.trim());
  if (cells.length < 2 || cells.length > maxCells || cells.some((cell) => cell === '')) return 0;
  const [label, ...values] = cells;
  if (!label || !/\p{L}/u.test(label) || /\d/u.test(label)) return 0;
  return values.some((value) => /\d/u.test(value)) ? cells.length : 0;
}

// A fact box sets the same label-and-value rows with a colon ("Built: 1989", "Length: 85 metres", "Route: Ardmhor
// to Port Ellan, two hours"): a short label of words, then a short value. A run of such rows is a fact box when
// most of its values hold a figure; a run of labels with words only ("Tags: ...", "Filed under: ...") is not.
const factRow = /^\p{Lu}[\p{L}'’ -]{0,30}:\s+\S/u;
const factLabelMaxWords = 3;
const factValueMaxWords = 10;
const factBoxMinRows = 2;
const menuMarks = /[|·•›»>]/u;

function factValue(features: LineFeatures): string | undefined {
  if (features.endsWithTerminal || features.wordCount > factLabelMaxWords + factValueMaxWords) return undefined;
  if (!factRow.test(features.text) || menuMarks.test(features.text)) return undefined;
  const colon = features.text.indexOf(':');
  const label = features.text.slice(0, colon).trim();
  if (label.split(/\s+/u).length > factLabelMaxWords) return undefined;
  return features.text.slice(colon + 1).trim();
}

/** For each line, whether it is a row of a table of at least two rows with the same number of cells. */
export function tableRows(lines: readonly LineFeatures[]): boolean[] {
  const cells = lines.map(tableCells);
  const rows = cells.map((count, index) => {
    if (count === 0) return false;
    return cells[index - 1] === count || cells[index + 1] === count;
  });
  rows.forEach((row, index) => {
    const above = lines[index - 1];
    if (row && !rows[index - 1] && above && headerCells(above) === cells[index]) rows[index - 1] = true;
  });
  markFactBoxes(lines, rows);
  return rows;
}

/** The number of column names of a table's first row: short cells of words, no sentence. */
function headerCells(features: LineFeatures): number {
  if (features.wordCount > maxRowWords || features.endsWithTerminal) return 0;
  const cells = features.text.split(cellSeparator).map((cell) => cell.trim());
  if (cells.length < 2 || cells.length > maxCells || cells.some((cell) => cell === '' || /\d/u.test(cell))) return 0;
  return cells.length;
}

// "Safe: Inadequate", "Effective: Requires improvement", "Caring: Good": three rows or more of a label and a grade
// of a word or three, none of them a page's own label ("Tags: ...", "Filed under: ..."), grade one thing.
const ratingRowsMin = 3;
const ratingMaxWords = 3;
function isRatingsBox(run: readonly LineFeatures[]): boolean {
  if (run.length < ratingRowsMin) return false;
  return run.every((line) => {
    const value = factValue(line) ?? '';
    return line.cues.length === 0 && value.split(/\s+/u).length <= ratingMaxWords;
  });
}

function markFactBoxes(lines: readonly LineFeatures[], rows: boolean[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    let figures = 0;
    for (; end < lines.length; end += 1) {
      const line = lines[end];
      const value = line ? factValue(line) : undefined;
      if (value === undefined) break;
      if (/\d/u.test(value)) figures += 1;
    }
    const length = end - start;
    if ((length >= factBoxMinRows && figures * 2 > length) || isRatingsBox(lines.slice(start, end))) {
      rows.fill(true, start, end);
    }
    start = Math.max(end, start + 1);
  }
}

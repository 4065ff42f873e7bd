import type { LineFeatures } from './lineFeatures.ts';

// A table of figures set in the article ("Jobs affected | ~850", "Closure target | 03/31/2024"): rows of a label
// and a value, split by a bar or a tab, where the value holds a figure or a date. A menu splits links the same
// way, but its links are words; a ticker runs many values along one line. A lone row is not a table, so a row
// counts only beside another row of the same number of cells.

const cellSeparator = /\s*(?:\||\t)\s*/u;
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

/** For each line, whether it is a row of a table of at least two rows with the same number of cells. */
export function tableRows(lines: readonly LineFeatures[]): boolean[] {
  const cells = lines.map(tableCells);
  return cells.map((count, index) => {
    if (count === 0) return false;
    return cells[index - 1] === count || cells[index + 1] === count;
  });
}

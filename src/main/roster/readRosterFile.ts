import Papa from 'papaparse';
import type { RosterProblem } from '../../shared/roster.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { isHeaderWithoutName, rosterColumns, type RosterColumns } from './rosterColumns.ts';
import { readRosterRow, type RosterRow } from './readRosterRow.ts';

// A roster CSV's text to the students it names, each with its row number, and a sentence for every row that cannot
// be used. Rows are numbered as a spreadsheet shows them (the header is row 1, empty rows count), so "Row 5" is the
// row the teacher sees as 5 when opening the file. A header row with a name column (rosterColumns) says where the
// name, group and id are; without one, every row is a name. Comma, semicolon (European Excel) and tab separated
// files all read: Papa Parse guesses the separator.

export interface RosterFile {
  rows: RosterRow[];
  problems: RosterProblem[];
}

// Text that is not a CSV at all: a NUL never appears in text, and replacement characters mean the bytes were not
// UTF-8 (a photo, a spreadsheet's .xlsx, a Word file renamed).
const isBinary = (text: string): boolean => text.includes('\u0000') || text.includes('\uFFFD');

export function readRosterFile(fileName: string, text: string, defaultGroup?: string): Result<RosterFile> {
  const notCsv = `${fileName} is not a roster CSV: it`;
  const saveAsCsv = 'In a spreadsheet app, use "Save as" and choose CSV, then import that file.';
  if (isBinary(text)) return fail('BAD_IMPORT', `${notCsv} holds data that is not text. ${saveAsCsv}`);
  const body = text.replace(/^\uFEFF/, '');
  const records = parseRecords(body);
  const first = records.findIndex((record) => !isEmpty(record.cells));
  const firstRecord = records[first];
  if (!firstRecord) return fail('BAD_IMPORT', `${notCsv} has no rows. Put one student's name on each row.`);

  const columns = rosterColumns(firstRecord.cells);
  if (!columns && filled(firstRecord.cells).length > 1 && isHeaderWithoutName(firstRecord.cells)) {
    return fail(
      'BAD_IMPORT',
      `${fileName}: the header row has no name column. Call the column with the students' names "name" (or use ` +
        '"first name" and "last name" columns), then import the file again.',
    );
  }
  const problems: RosterProblem[] = [];
  const rows: RosterRow[] = [];
  for (const record of records.slice(columns ? first + 1 : first)) {
    if (isEmpty(record.cells)) continue;
    if (record.problem) {
      problems.push({ row: record.row, message: record.problem });
      continue;
    }
    const read = readRosterRow(record.cells, record.row, columns ?? headerless(record.cells), defaultGroup);
    if (read.ok) rows.push(read.value);
    else problems.push({ row: record.row, message: read.error.message });
  }
  if (rows.length === 0 && problems.length === 0) {
    return fail('BAD_IMPORT', `${notCsv} has a header row but no students under it. Put one student on each row.`);
  }
  return ok({ rows, problems });
}

interface RosterRecord {
  row: number;
  cells: string[];
  /** Set when the parser could not read the row as the teacher meant it. */
  problem?: string;
}

function parseRecords(body: string): RosterRecord[] {
  // The separator is guessed on the rows that have something in them: an empty row has one field, whatever the
  // separator, and would tip the guess to a comma.
  const guess = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', preview: 200 });
  const delimiter = guess.meta.delimiter || ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const unclosed = new Set(parsed.errors.filter((error) => error.type === 'Quotes').map((error) => error.row));
  return parsed.data.map((cells, at) => ({
    row: at + 1,
    cells,
    ...(unclosed.has(at)
      ? {
          problem:
            'A quote (") opens a cell but never closes it, so this row and the rows after it run together. ' +
            'Remove the quote or close it, then import the file again.',
        }
      : {}),
  }));
}

/** Without a header row there is only a name: a row with more cells cannot say which one it is. */
function headerless(cells: readonly string[]): RosterColumns {
  const at = cells.findIndex((cell) => cell.trim() !== '');
  return filled(cells).length > 1 ? { name: [] } : { name: [Math.max(at, 0)] };
}

function filled(cells: readonly string[]): string[] {
  return cells.filter((cell) => cell.trim() !== '');
}

// A row of separators only (";;" from a spreadsheet's blank row, saved with another separator) is empty too.
function isEmpty(cells: readonly string[]): boolean {
  return cells.every((cell) => /^[\s,;|]*$/.test(cell));
}

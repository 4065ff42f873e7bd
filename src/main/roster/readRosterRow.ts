import { studentIdSchema } from '../../shared/people.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { RosterColumns } from './rosterColumns.ts';

// One roster row to a student to add, or the sentence that says what is wrong with it. The limits are those of a
// student profile (src/shared/people.ts): a name of 1 to 80 characters, a group of at most 60, an id of at most 100.

export interface RosterRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  name: string;
  group?: string;
  id?: string;
}

const maxName = 80;
const maxGroup = 60;

// Control characters (a line break or tab inside a cell), and the invisible format characters (zero-width
// spaces, direction overrides, a stray byte order mark): a name with them could look like another student's name.
const invisible = /[\p{Cc}\p{Cf}]/u;

// Crossread's own CSV exports (src/main/reports/csvText.ts) put an apostrophe before a cell that starts like a
// formula, so a spreadsheet shows it as text; that apostrophe is not part of the name. Any other apostrophe is
// (O'Brien, or a name that really starts with one).
const formulaApostrophe = /^'(?=[=+\-@])/;

const retype = 'retype it in the spreadsheet and save the file again';

export function readRosterRow(
  cells: readonly string[],
  row: number,
  columns: RosterColumns,
  defaultGroup: string | undefined,
): Result<RosterRow> {
  if (columns.name.length === 0) {
    return fail(
      'BAD_IMPORT',
      'This row has more than one cell, but the file has no header row saying which one is the name. Add a ' +
        'first row with the column names (name, group, id), or put only the name on each row.',
    );
  }
  const parts = columns.name.map((at) => cell(cells, at));
  const name = parts
    .filter((part) => part !== '')
    .join(' ')
    .replace(/ {2,}/g, ' ');
  const group = columns.group === undefined ? '' : cell(cells, columns.group);
  const id = columns.id === undefined ? '' : cell(cells, columns.id);

  if (name === '') return fail('BAD_IMPORT', 'This row has no name, so no student was added for it.');
  if (!/[\p{L}\p{N}]/u.test(name)) {
    return fail('BAD_IMPORT', `"${name}" is not a name: a name needs at least one letter.`);
  }
  if (invisible.test(name)) {
    return fail('BAD_IMPORT', `The name has an invisible character (a line break, tab or similar) in it; ${retype}.`);
  }
  if (name.length > maxName) {
    return fail('BAD_IMPORT', `The name is ${name.length} characters long; a name is at most ${maxName}.`);
  }
  if (invisible.test(group)) {
    return fail('BAD_IMPORT', `The group of ${name} has an invisible character in it; ${retype}.`);
  }
  if (group.length > maxGroup) {
    return fail(
      'BAD_IMPORT',
      `The group of ${name} is ${group.length} characters long; a group is at most ${maxGroup}.`,
    );
  }
  if (id !== '' && (invisible.test(id) || !studentIdSchema.safeParse(id).success)) {
    return fail(
      'BAD_IMPORT',
      `The id of ${name} is not one Crossread can use: an id is at most 100 characters, without line breaks or ` +
        'tabs. Fix it, or leave the id cell empty and Crossread will make one.',
    );
  }
  const groupOrDefault = group || defaultGroup?.trim() || '';
  return ok({ row, name, ...(groupOrDefault ? { group: groupOrDefault } : {}), ...(id ? { id } : {}) });
}

function cell(cells: readonly string[], at: number): string {
  return (cells[at] ?? '').trim().replace(formulaApostrophe, '').trim();
}

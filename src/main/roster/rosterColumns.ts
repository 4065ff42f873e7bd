// Which column of a roster holds what, read from its header row. Teachers export rosters from many places (the
// school's MIS, a spreadsheet typed by hand, an LMS), so the common header words are recognised, ignoring case,
// spaces, underscores, hyphens and full stops: "Student Name", "student_name" and "STUDENT-NAME" are one header.

export interface RosterColumns {
  /** The whole name, or the name's parts (joined with a space, in this order) when there is no whole-name column. */
  name: number[];
  group?: number;
  id?: number;
}

const wholeName = ['name', 'student', 'student name', 'full name', 'pupil', 'pupil name', 'learner', 'learner name'];
const firstName = ['first name', 'first names', 'given name', 'given names', 'forename', 'forenames', 'first'];
const lastName = ['last name', 'family name', 'surname', 'last', 'family names'];
const groupWords = ['group', 'class', 'form', 'group name', 'class name', 'form group', 'tutor group', 'homeroom'];
const idWords = ['id', 'student id', 'pupil id', 'learner id', 'student number', 'student no'];

export function headerWord(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

/** The columns the header row names, or undefined when the row is not a header (it has no name column). */
export function rosterColumns(header: readonly string[]): RosterColumns | undefined {
  const words = header.map(headerWord);
  const find = (names: readonly string[]): number | undefined => {
    const at = words.findIndex((word) => names.includes(word));
    return at === -1 ? undefined : at;
  };
  const whole = find(wholeName);
  const parts = [find(firstName), find(lastName)].filter((at) => at !== undefined);
  const name = whole === undefined ? parts : [whole];
  if (name.length === 0) return undefined;
  const group = find(groupWords);
  const id = find(idWords);
  return { name, ...(group === undefined ? {} : { group }), ...(id === undefined ? {} : { id }) };
}

/** True when the row names a group or id column but no name column: a header the teacher must fix, not names. */
export function isHeaderWithoutName(header: readonly string[]): boolean {
  const words = header.map(headerWord);
  return words.some((word) => groupWords.includes(word) || idWords.includes(word));
}

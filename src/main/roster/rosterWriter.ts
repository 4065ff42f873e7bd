import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Student } from '../../shared/people.ts';
import type { RosterProblem } from '../../shared/roster.ts';
import { ok, type Result } from '../../shared/result.ts';
import { insertStudent } from '../people/studentStore.ts';
import { storageFailed } from '../store/storageFailed.ts';
import type { RosterRow } from './readRosterRow.ts';

// A roster's good rows into the database, in one transaction: either every new student is stored or (a failed
// write) none is. Only additions: a student already here is counted, never changed, so importing the same roster
// twice adds nothing. "Already here" is the same id; for a row without an id, the same name and group, ignoring
// case. The checks run inside the transaction, whose write lock is taken at its start, so nothing can slip in
// between a check and its insert.

export interface RosterAdded {
  added: number;
  alreadyThere: number;
  problems: RosterProblem[];
}

interface KnownStudent {
  name: string;
}

export type AddRosterStudents = (
  fileName: string,
  rows: readonly RosterRow[],
  createdAt: number,
) => Result<RosterAdded>;

/** Prepares its statements once; the function it returns adds one roster's rows per call. */
export function createRosterWriter(db: DatabaseSync): AddRosterStudents {
  const byId = db.prepare('SELECT name FROM students WHERE id = ?');
  const everyNameAndGroup = db.prepare('SELECT name, group_name FROM students');

  return (fileName, rows, createdAt) => {
    const problems: RosterProblem[] = [];
    const idsInFile = new Map<string, number>();
    let added = 0;
    let alreadyThere = 0;
    try {
      db.exec('BEGIN IMMEDIATE');
      // Read inside the transaction, so the set is what the inserts below are checked against.
      const namesHere = new Set(
        (everyNameAndGroup.all() as unknown as { name: string; group_name: string | null }[]).map((student) =>
          nameKey(student.name, student.group_name ?? undefined),
        ),
      );
      for (const row of rows) {
        if (row.id !== undefined) {
          const earlier = idsInFile.get(row.id);
          if (earlier !== undefined) {
            problems.push({
              row: row.row,
              message: `The id ${row.id} is also on row ${earlier}; an id belongs to one student only.`,
            });
            continue;
          }
          idsInFile.set(row.id, row.row);
          const known = byId.get(row.id) as KnownStudent | undefined;
          if (known && !sameName(known.name, row.name)) {
            problems.push({
              row: row.row,
              message:
                `The id ${row.id} belongs to ${known.name} on this computer, not to ${row.name}. Check the id ` +
                '(a student already here keeps their name).',
            });
            continue;
          }
          if (known) {
            alreadyThere++;
            continue;
          }
        } else if (namesHere.has(nameKey(row.name, row.group))) {
          alreadyThere++;
          continue;
        }
        const student: Student = {
          id: row.id ?? randomUUID(),
          name: row.name,
          ...(row.group ? { group: row.group } : {}),
          createdAt,
        };
        insertStudent(db, student);
        namesHere.add(nameKey(student.name, student.group));
        added++;
      }
      db.exec('COMMIT');
    } catch (cause) {
      if (db.isTransaction) db.exec('ROLLBACK');
      return storageFailed(`The roster ${fileName} could not be imported, and none of its students were added`, cause);
    }
    return ok({ added, alreadyThere, problems });
  };
}

function nameKey(name: string, group: string | undefined): string {
  return `${name.toLowerCase()}\n${(group ?? '').toLowerCase()}`;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

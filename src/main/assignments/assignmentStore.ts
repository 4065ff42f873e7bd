import type { DatabaseSync } from 'node:sqlite';
import type { Assignment } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';

// Assignments in the results database: one row each, the whole assignment as JSON in `body`, read and written
// whole. Only this folder writes the table, after checking (a teacher's spec, or an imported file against the
// schema and its checksum), so bodies are read back without checking again.

export interface AssignmentStore {
  find(id: string): Result<Assignment | undefined>;
  /** Newest first (by when it was made, then by id, so two made in the same millisecond keep one order). */
  list(): Result<Assignment[]>;
  /** `importedAt` is set for an assignment that came in a file, absent for one made here. */
  add(assignment: Assignment, importedAt?: number): Result<Assignment>;
  /** The assignment's row only: sessions taken for it keep its id and stay in the reports. */
  remove(id: string): Result<void>;
}

interface AssignmentRow {
  body: string;
}

export function createAssignmentStore(db: DatabaseSync): AssignmentStore {
  return {
    find: (id) =>
      reading(() => {
        const row = db.prepare('SELECT body FROM assignments WHERE id = ?').get(id) as AssignmentRow | undefined;
        return row && (JSON.parse(row.body) as Assignment);
      }),
    list: () =>
      reading(() =>
        (
          db.prepare('SELECT body FROM assignments ORDER BY created_at DESC, id').all() as unknown as AssignmentRow[]
        ).map((row) => JSON.parse(row.body) as Assignment),
      ),
    add(assignment, importedAt) {
      try {
        db.prepare('INSERT INTO assignments (id, name, body, created_at, imported_at) VALUES (?, ?, ?, ?, ?)').run(
          assignment.id,
          assignment.name,
          JSON.stringify(assignment),
          assignment.createdAt,
          importedAt ?? null,
        );
        return ok(assignment);
      } catch (cause) {
        return storageFailed(`The assignment "${assignment.name}" could not be stored`, cause);
      }
    },
    remove(id) {
      try {
        db.prepare('DELETE FROM assignments WHERE id = ?').run(id);
        return ok(undefined);
      } catch (cause) {
        return storageFailed(`The assignment ${id} could not be deleted`, cause);
      }
    },
  };
}

/** The assignment, or NOT_FOUND saying so: for calls that name one. */
export function findAssignment(store: AssignmentStore, id: string): Result<Assignment> {
  const found = store.find(id);
  if (!found.ok) return found;
  if (found.value) return ok(found.value);
  return fail(
    'NOT_FOUND',
    `There is no assignment ${id} on this computer; import its file or choose one from the list.`,
  );
}

function reading<T>(read: () => T): Result<T> {
  try {
    return ok(read());
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(
      'STORAGE_FAILED',
      `The assignments could not be read from the database (${reason}). Nothing was changed; try again, or restart Crossread.`,
    );
  }
}

import type { DatabaseSync } from 'node:sqlite';
import { ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';

// A test is handed in once; the teacher may let one student take it once more (a wrong name picked, a test handed
// in by accident). The allowance is a settings row until the student's next attempt starts and uses it up.

export interface RetakeAllowances {
  allow(assignmentId: string, studentId: string): Result<void>;
  /** Uses up the student's allowance, answering whether there was one. */
  take(assignmentId: string, studentId: string): Result<boolean>;
  /** The students allowed one more attempt at the assignment who have not started it yet. */
  waiting(assignmentId: string): Result<Set<string>>;
}

export function createRetakeAllowances(db: DatabaseSync): RetakeAllowances {
  const key = (assignmentId: string, studentId: string): string => `retake:${assignmentId}:${studentId}`;
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  // substr, not LIKE: an id may hold "_", which LIKE reads as a wildcard.
  const keysStarting = db.prepare('SELECT key FROM settings WHERE substr(key, 1, ?) = ?');
  return {
    allow(assignmentId, studentId) {
      try {
        upsert.run(key(assignmentId, studentId), 'allowed');
        return ok(undefined);
      } catch (cause) {
        return storageFailed('The new attempt could not be allowed', cause);
      }
    },
    take(assignmentId, studentId) {
      try {
        return ok(Number(remove.run(key(assignmentId, studentId)).changes) > 0);
      } catch (cause) {
        return storageFailed('The allowance for a new attempt could not be read', cause);
      }
    },
    waiting(assignmentId) {
      const prefix = key(assignmentId, '');
      try {
        const rows = keysStarting.all(prefix.length, prefix) as { key: string }[];
        return ok(new Set(rows.map((row) => row.key.slice(prefix.length))));
      } catch (cause) {
        return storageFailed('The allowances for new attempts could not be read', cause);
      }
    },
  };
}

import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';

// The classroom lock lives in the settings table, so it outlasts a reload, a crash and a restart: the only way
// out is the teacher's PIN (unlockClassroom), never closing the window.

const lockKey = 'classroom_lock';

export const storedLockSchema = z
  .object({ assignmentId: z.string().min(1), group: z.string().optional(), lockedAt: z.number() })
  .strict();
export type StoredLock = z.infer<typeof storedLockSchema>;

export interface ClassroomLock {
  /** The lock, undefined when this computer is not locked. A stored lock that cannot be read is an error, never "unlocked". */
  read(): Result<StoredLock | undefined>;
  write(lock: StoredLock): Result<void>;
  clear(): Result<void>;
}

export function createClassroomLock(db: DatabaseSync): ClassroomLock {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    read() {
      let row: { value: string } | undefined;
      try {
        row = select.get(lockKey) as { value: string } | undefined;
      } catch (cause) {
        return storageFailed('The classroom lock could not be read from the results database', cause);
      }
      if (row === undefined) return ok(undefined);
      const parsed = storedLockSchema.safeParse(parseJson(row.value));
      if (!parsed.success) {
        return fail(
          'BAD_CONTENT',
          'This computer is locked to an assignment, but the lock stored in the results database cannot be read. ' +
            "Enter the teacher's PIN to unlock it.",
        );
      }
      return ok(parsed.data);
    },
    write(lock) {
      try {
        upsert.run(lockKey, JSON.stringify(lock));
        return ok(undefined);
      } catch (cause) {
        return storageFailed('The classroom lock could not be saved', cause);
      }
    },
    clear() {
      try {
        remove.run(lockKey);
        return ok(undefined);
      } catch (cause) {
        return storageFailed('The classroom lock could not be lifted', cause);
      }
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

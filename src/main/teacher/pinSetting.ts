import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';
import { storedPinSchema, type StoredPin } from './pinHash.ts';

// The PIN hash lives in the settings table under one key, as JSON, so it travels with the results database (a
// backup restores the PIN with the results it protects).

const pinKey = 'teacher_pin';

export interface PinSetting {
  /** Whether a PIN row exists, even one that can no longer be read. */
  isSet(): Result<boolean>;
  /** The stored hash; undefined when no PIN is set yet. */
  read(): Result<StoredPin | undefined>;
  write(pin: StoredPin): Result<void>;
}

export function createPinSetting(db: DatabaseSync): PinSetting {
  const select: StatementSync = db.prepare('SELECT value FROM settings WHERE key = ?');
  const upsert: StatementSync = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const readRow = (): Result<string | undefined> => {
    try {
      const row = select.get(pinKey) as { value: string } | undefined;
      return ok(row?.value);
    } catch (cause) {
      return storageFailed('The teacher PIN could not be read from the results database', cause);
    }
  };
  return {
    isSet() {
      const row = readRow();
      return row.ok ? ok(row.value !== undefined) : row;
    },
    read() {
      const row = readRow();
      if (!row.ok) return row;
      if (row.value === undefined) return ok(undefined);
      let json: unknown;
      try {
        json = JSON.parse(row.value);
      } catch {
        json = undefined;
      }
      const parsed = storedPinSchema.safeParse(json);
      if (!parsed.success) {
        // Never treated as "no PIN": that would let anyone set a new one and open every student's results.
        return fail(
          'STORAGE_FAILED',
          `The teacher PIN stored in the results database (settings "${pinKey}") is damaged, so it cannot be ` +
            'checked. The teacher area stays locked; restore the database from a backup or ask whoever supports you.',
        );
      }
      return ok(parsed.data);
    },
    write(pin) {
      try {
        upsert.run(pinKey, JSON.stringify(pin));
        return ok(undefined);
      } catch (cause) {
        return storageFailed('The teacher PIN could not be saved', cause);
      }
    },
  };
}

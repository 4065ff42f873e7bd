import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StorageState } from '../../shared/appStatus.ts';
import { migrations, schemaVersion } from './migrations.ts';

export const databaseFileName = 'crossread.sqlite';

export interface OpenedDatabase {
  /** null when storage is refused: nothing may be read or written. */
  db: DatabaseSync | null;
  state: StorageState;
  path: string;
}

/**
 * Opens (or creates) the one database in the data dir, ready for use: WAL with synchronous=FULL, so an answer is on
 * disk when its commit returns and a crash or power cut loses at most the write in progress; foreign keys on;
 * migrations run, each in its own transaction. A file that is not a readable database is moved aside (never
 * deleted) and a fresh one started; a file from a newer Crossread is left untouched and storage is refused.
 */
export function openDatabase(dataDir: string, now: () => number = Date.now): OpenedDatabase {
  const path = join(dataDir, databaseFileName);
  try {
    return openOrRecover(path, now);
  } catch (cause) {
    // Not even a fresh file could be made (a read-only or missing data folder): say so, store nothing.
    return {
      db: null,
      path,
      state: {
        state: 'refused',
        message: `Crossread cannot store results in ${dataDir} (${describe(cause)}). Check that the folder exists and can be written to.`,
      },
    };
  }
}

function openOrRecover(path: string, now: () => number): OpenedDatabase {
  let db: DatabaseSync;
  let state: StorageState = { state: 'ready' };
  try {
    db = openChecked(path);
  } catch (cause) {
    const movedTo = moveAside(path, now());
    state = {
      state: 'recovered',
      movedTo,
      message:
        `The results database could not be read (${describe(cause)}). It was moved to ${movedTo} and kept there; ` +
        'Crossread started a new, empty one. Results in the old file are not lost: send it to whoever supports you.',
    };
    db = openChecked(path);
  }

  const version = userVersion(db);
  if (version > schemaVersion) {
    db.close();
    return {
      db: null,
      path,
      state: {
        state: 'refused',
        message:
          `The results database ${path} was written by a newer version of Crossread (schema ${version}; this ` +
          `version knows ${schemaVersion}). It has been left untouched. Update Crossread to use it; until then ` +
          'nothing can be stored.',
      },
    };
  }
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, version);
  return { db, path, state };
}

/**
 * Opens the file and proves it is a database by checking every page; throws on anything else. Only reads, so a
 * file that is then refused as too new has not been changed.
 */
function openChecked(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check?: unknown } | undefined;
    if (check?.quick_check !== 'ok') throw new Error(`integrity check: ${String(check?.quick_check)}`);
    return db;
  } catch (cause) {
    db.close();
    throw cause;
  }
}

function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

function migrate(db: DatabaseSync, from: number): void {
  for (let version = from; version < schemaVersion; version += 1) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version] ?? '');
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (cause) {
      db.exec('ROLLBACK');
      throw cause;
    }
  }
}

/** Renames the unreadable file and its WAL companions to one timestamped name beside it. */
function moveAside(path: string, at: number): string {
  const movedTo = `${path}.unreadable-${new Date(at).toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
  return movedTo;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

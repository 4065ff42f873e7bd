import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/api.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { migrations, schemaVersion } from '../../../../src/main/store/migrations.ts';
import { databaseFileName, openDatabase, type OpenedDatabase } from '../../../../src/main/store/openDatabase.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { contentDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk, handClock, seedItems } from '../quiz/support/seedItems.ts';

const tempDir = useTempDir('crossread-store-');
const clock = handClock(Date.UTC(2026, 2, 3, 8, 30, 0));

function opened(database: OpenedDatabase): DatabaseSync {
  if (!database.db) throw new Error(`expected an open database, got ${JSON.stringify(database.state)}`);
  return database.db;
}

const bank = new Map((await seedItems()).map((item) => [item.id, item]));
function itemOf(id: string | undefined): Item {
  const item = bank.get(id ?? '');
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const startArgs = { mode: 'test', setIds: [seedSetId], skills: ['clutter'], count: 2, seed: 5 };

/** A data folder holding one student with one answered session, the database closed again. */
async function dataDirWithResults(): Promise<{ dataDir: string; student: Student; session: SessionView }> {
  const dataDir = await tempDir();
  const database = openDatabase(dataDir, clock.now);
  const handlers = createHandlers({ contentDir, dataDir, clock, database });
  const student = await callOk<Student>(handlers, 'createStudent', { name: 'Noor', group: '7B' });
  const session = await callOk<SessionView>(handlers, 'startSession', { ...startArgs, studentId: student.id });
  await callOk(handlers, 'submitAnswer', {
    sessionId: session.sessionId,
    itemId: session.items[0]?.id,
    response: keyAsResponse(itemOf(session.items[0]?.id)),
  });
  opened(database).close();
  return { dataDir, student, session };
}

describe('a data folder from the first release (schema v1)', () => {
  it('is migrated in place: its sessions and answers read back unchanged, with no assignment', async () => {
    const dataDir = await tempDir();
    const v1 = new DatabaseSync(join(dataDir, databaseFileName));
    v1.exec(migrations[0] ?? '');
    v1.exec('PRAGMA user_version = 1');
    v1.prepare('INSERT INTO students (id, name, group_name, created_at) VALUES (?, ?, ?, ?)').run('s1', 'Ada', '8C', 1);
    v1.prepare(
      `INSERT INTO sessions (id, student_id, mode, seed, set_ids, skills, requested_count, items, started_at)
       VALUES ('old', 's1', 'test', 3, '["${seedSetId}"]', '["clutter"]', 1, '[]', 2)`,
    ).run();
    v1.close();

    const database = openDatabase(dataDir, clock.now);
    const db = opened(database);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: schemaVersion });
    expect(db.prepare('SELECT id, mode, assignment_id, feedback FROM sessions').all()).toEqual([
      { id: 'old', mode: 'test', assignment_id: null, feedback: null },
    ]);
    db.close();
  });
});

describe('a new data folder', () => {
  it('gets a database with every migration run, in WAL mode with synchronous=FULL and foreign keys on', async () => {
    const dataDir = await tempDir();
    const database = openDatabase(dataDir, clock.now);
    expect(database.state).toEqual({ state: 'ready' });
    expect(database.path).toBe(join(dataDir, databaseFileName));
    const db = opened(database);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: schemaVersion });
    expect(schemaVersion).toBe(migrations.length);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 }); // 2 = FULL
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((row) => row['name'])).toEqual(['answers', 'assignments', 'sessions', 'settings', 'students']);
    db.close();
  });

  it('opens the same database again without running the migrations twice, its rows kept', async () => {
    const { dataDir, student } = await dataDirWithResults();
    const again = openDatabase(dataDir, clock.now);
    expect(again.state).toEqual({ state: 'ready' });
    const db = opened(again);
    expect(db.prepare('SELECT id, name FROM students').all()).toEqual([{ id: student.id, name: 'Noor' }]);
    expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('a database file that cannot be read', () => {
  const damaged: [string, (path: string) => void][] = [
    [
      'a text file under the database name',
      (path) => writeFileSync(path, 'these are not the results you want\n'.repeat(200)),
    ],
    [
      'a database whose pages were overwritten',
      (path) => {
        const bytes = readFileSync(path);
        bytes.fill(0x5a, 4096); // keep the header page, scribble over the rest
        writeFileSync(path, bytes);
      },
    ],
  ];

  for (const [what, damage] of damaged) {
    it(`${what}: is moved aside, kept, named in the message, and a fresh database works`, async () => {
      const { dataDir } = await dataDirWithResults();
      const path = join(dataDir, databaseFileName);
      // Fold the WAL into the file first, so the damage hits the only copy of the rows.
      const checkpoint = new DatabaseSync(path);
      checkpoint.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      checkpoint.close();
      damage(path);
      const damagedHash = sha256(path);

      const database = openDatabase(dataDir, clock.now);
      expect(database.state.state).toBe('recovered');
      if (database.state.state !== 'recovered') return;
      const { movedTo, message } = database.state;
      expect(message).toContain(movedTo);
      expect(message).toContain('moved');
      expect(movedTo.startsWith(join(dataDir, databaseFileName))).toBe(true);
      expect(sha256(movedTo)).toBe(damagedHash);
      expect(readdirSync(dataDir)).toContain(databaseFileName);

      const handlers = createHandlers({ contentDir, dataDir, clock, database });
      expect(await callOk(handlers, 'appStatus', {})).toEqual({ storage: database.state });
      expect(await callOk(handlers, 'listStudents', {})).toEqual({ students: [] });
      const student = await callOk<Student>(handlers, 'createStudent', { name: 'Ravi' });
      const session = await callOk<SessionView>(handlers, 'startSession', { ...startArgs, studentId: student.id });
      expect(session.studentId).toBe(student.id);
      opened(database).close();
      expect(existsSync(movedTo)).toBe(true);
    });
  }
});

describe('a database from a newer Crossread', () => {
  it('is refused and left byte for byte as it was; every results call says why', async () => {
    const { dataDir, session } = await dataDirWithResults();
    const path = join(dataDir, databaseFileName);
    const newer = new DatabaseSync(path);
    newer.exec(`PRAGMA user_version = ${schemaVersion + 1}`);
    newer.close();
    const before = sha256(path);
    const filesBefore = readdirSync(dataDir).sort();

    const database = openDatabase(dataDir, clock.now);
    expect(database.db).toBeNull();
    expect(database.state.state).toBe('refused');
    if (database.state.state !== 'refused') return;
    expect(database.state.message).toContain(path);
    expect(database.state.message).toContain('newer version');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dataDir).sort()).toEqual(filesBefore);

    const handlers = createHandlers({ contentDir, dataDir, clock, database });
    expect(await callOk(handlers, 'appStatus', {})).toEqual({ storage: database.state });
    const calls: [string, unknown][] = [
      ['startSession', startArgs],
      [
        'submitAnswer',
        {
          sessionId: session.sessionId,
          itemId: session.items[1]?.id,
          response: keyAsResponse(itemOf(session.items[1]?.id)),
        },
      ],
      ['finishSession', { sessionId: session.sessionId }],
      ['getSession', { sessionId: session.sessionId }],
      ['listStudents', {}],
      ['createStudent', { name: 'Ravi' }],
    ];
    for (const [name, args] of calls) {
      const error = await callFails(handlers, name, args);
      expect({ name, code: error.code, message: error.message }).toEqual({
        name,
        code: 'STORAGE_REFUSED',
        message: database.state.message,
      });
    }
    expect(sha256(path)).toBe(before);
  });
});

describe('a data folder that cannot be written', () => {
  it('refuses storage with a message naming the folder', async () => {
    const missing = join(await tempDir(), 'no-such-folder');
    const database = openDatabase(missing, clock.now);
    expect(database.db).toBeNull();
    expect(database.state.state).toBe('refused');
    if (database.state.state === 'refused') expect(database.state.message).toContain(missing);
  });
});

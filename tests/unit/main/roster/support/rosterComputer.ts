import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import type { MainDeps } from '../../../../../src/main/mainDeps.ts';
import { listStudents } from '../../../../../src/main/people/studentStore.ts';
import { createItemBank } from '../../../../../src/main/quiz/itemBank.ts';
import { createRosterHandlers } from '../../../../../src/main/roster/rosterHandlers.ts';
import { openDatabase, type OpenedDatabase } from '../../../../../src/main/store/openDatabase.ts';
import { createTeacherGate } from '../../../../../src/main/teacher/teacherGate.ts';
import type { Student } from '../../../../../src/shared/people.ts';
import type { Result } from '../../../../../src/shared/result.ts';
import type { RosterImport } from '../../../../../src/shared/roster.ts';
import { contentDir } from '../../../../support/paths.ts';
import { handClock } from '../../quiz/support/seedItems.ts';

// A teacher's computer with its own data folder and a real results database: the teacher PIN is set (the area is
// unlocked), and importRoster is the real handler over it.

export interface RosterComputer {
  db: DatabaseSync;
  token: string;
  importRoster: (fileName: string, text: string, group?: string, token?: string) => Promise<Result<RosterImport>>;
  students: () => Student[];
}

const bank = createItemBank(contentDir);
// The real gate with a cheap scrypt cost: at the real cost each computer would take 0.3 s to set up.
const cheapPinCost = { N: 2 ** 10, r: 8, p: 1 };

const opened: OpenedDatabase[] = [];
const dataDirs: string[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) if (database.db?.isOpen) database.db.close();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function rosterComputer(clock = handClock()): Promise<RosterComputer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossread-roster-'));
  dataDirs.push(dataDir);
  const database = openDatabase(dataDir, clock.now);
  opened.push(database);
  const db = database.db;
  if (!db) throw new Error(`the database in ${dataDir} did not open: ${JSON.stringify(database.state)}`);
  const deps: MainDeps = {
    contentDir,
    dataDir,
    bank,
    clock,
    db,
    storage: database.state,
    teacher: createTeacherGate(db, clock, { pinCost: cheapPinCost }),
  };
  const session = await deps.teacher.setPin({ pin: '1357' });
  if (!session.ok) throw new Error(`the PIN was not set: ${session.error.message}`);
  const { importRoster } = createRosterHandlers(deps);
  return {
    db,
    token: session.value.token,
    importRoster: (fileName, text, group, token = session.value.token) =>
      importRoster({ token, fileName, text, ...(group === undefined ? {} : { group }) }),
    students: () => listStudents(db),
  };
}

/** The value of an import that must succeed. */
export function imported(result: Result<RosterImport>): RosterImport {
  if (!result.ok) throw new Error(`the import failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

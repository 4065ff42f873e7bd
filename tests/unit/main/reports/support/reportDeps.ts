import type { DatabaseSync } from 'node:sqlite';
import type { MainDeps } from '../../../../../src/main/mainDeps.ts';
import type { Clock } from '../../../../../src/main/quiz/clock.ts';
import { createItemBank } from '../../../../../src/main/quiz/itemBank.ts';
import { createReportHandlers } from '../../../../../src/main/reports/reportHandlers.ts';
import { contentDir } from '../../../../support/paths.ts';
import { openTestDatabase, teacherGateFor, unlockedToken } from '../../teacher/support/teacherGateFor.ts';

/** The report handlers over a real database file and the real content, with a teacher token ready. */
export async function openReports(dataDir: string, clock: Clock, seed: (db: DatabaseSync) => void) {
  const db = openTestDatabase(dataDir);
  seed(db);
  const teacher = teacherGateFor(db, clock);
  const deps: MainDeps = {
    contentDir,
    dataDir,
    bank: createItemBank(contentDir),
    clock,
    db,
    storage: { state: 'ready' },
    teacher,
  };
  const token = await unlockedToken(teacher);
  return { db, deps, teacher, token, reports: createReportHandlers(deps) };
}

/** The value of a call that must succeed. */
export function valueOf<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { createHandlers, type Handlers } from '../../../../../src/main/api.ts';
import { keyAsResponse } from '../../../../../src/main/quiz/feedback.ts';
import { createItemBank } from '../../../../../src/main/quiz/itemBank.ts';
import { openDatabase } from '../../../../../src/main/store/openDatabase.ts';
import type { Assignment, AssignmentSpec } from '../../../../../src/shared/assignments.ts';
import type { Item } from '../../../../../src/shared/items.ts';
import type { Student, TeacherSession } from '../../../../../src/shared/people.ts';
import type { ItemResponse, SessionResults, SessionView } from '../../../../../src/shared/quiz.ts';
import { contentDir, seedSetId } from '../../../../support/paths.ts';
import { callOk, handClock, seedItems } from '../../quiz/support/seedItems.ts';

// Computers of a classroom for the assignment calls: each its own data folder with a real results database and
// the real handlers over the real seed items, the teacher PIN set.

export interface Computer {
  dataDir: string;
  db: DatabaseSync;
  handlers: Handlers;
  clock: ReturnType<typeof handClock>;
  token: string;
}

// A cheap scrypt cost: at the real cost (0.3 s a PIN) each computer would take that long to set up.
const cheapPinCost = { N: 2 ** 10, r: 8, p: 1 };

export async function openComputer(dataDir: string, bankDir = contentDir): Promise<Computer> {
  const clock = handClock(Date.UTC(2026, 10, 23, 9, 0, 0));
  const database = openDatabase(dataDir, clock.now);
  if (!database.db) throw new Error(`the database in ${dataDir} did not open: ${JSON.stringify(database.state)}`);
  const bank = createItemBank(bankDir);
  const handlers = createHandlers({
    contentDir: bankDir,
    dataDir,
    clock,
    database,
    itemBank: bank,
    pinCost: cheapPinCost,
  });
  // A computer opened again (a restart) already has its PIN: the teacher unlocks with it instead.
  const { pinSet } = await callOk<{ pinSet: boolean }>(handlers, 'teacherStatus', {});
  const { token } = await callOk<TeacherSession>(handlers, pinSet ? 'unlockTeacher' : 'setTeacherPin', { pin: '2468' });
  return { dataDir, db: database.db, handlers, clock, token };
}

export function closeComputer(computer: Computer): void {
  if (computer.db.isOpen) computer.db.close();
}

export const allSeedItems = await seedItems();
const itemsById = new Map(allSeedItems.map((item) => [item.id, item]));

export function seedItem(id: string): Item {
  const item = itemsById.get(id);
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
}

export function spec(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
  return {
    name: 'Week 3: sources',
    setIds: [seedSetId],
    skills: ['compare', 'evidence', 'clutter'],
    count: 9,
    mode: 'test',
    feedback: 'end',
    ...overrides,
  };
}

export async function createAssignment(
  computer: Computer,
  overrides: Partial<AssignmentSpec> = {},
  preTest?: boolean,
): Promise<Assignment> {
  return callOk<Assignment>(computer.handlers, 'createAssignment', {
    token: computer.token,
    spec: spec(overrides),
    ...(preTest === undefined ? {} : { preTest }),
  });
}

export async function addStudent(computer: Computer, name: string, group?: string): Promise<Student> {
  return callOk<Student>(computer.handlers, 'createStudent', group ? { name, group } : { name });
}

export async function startAssignment(
  computer: Computer,
  assignmentId: string,
  student: Student,
): Promise<SessionView> {
  return callOk<SessionView>(computer.handlers, 'startAssignment', { assignmentId, studentId: student.id });
}

/**
 * Scores 0 for certain: another option; or exactly what the key leaves out (no hit, every other mark a false alarm,
 * and on a clean case with nothing to mark, everything marked).
 */
export function wrongResponse(item: Item): ItemResponse {
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.options.find((option) => option.id !== item.key)?.id ?? '' };
    case 'choose_all':
      return { optionIds: item.options.map((option) => option.id).filter((id) => !item.key.includes(id)) };
    case 'mark_lines':
      return { lines: item.lines.map((line) => line.line).filter((line) => !item.key.includes(line)) };
  }
}

/** Answers every item of the session not answered yet, right (the key, scoring 1) or wrong (scoring 0), then finishes it. */
export async function takeSession(
  computer: Computer,
  session: SessionView,
  right: (item: Item) => boolean,
): Promise<SessionResults> {
  const answered = new Set(session.answers.map((answer) => answer.itemId));
  for (const shown of session.items.filter((entry) => !answered.has(entry.id))) {
    const item = seedItem(shown.id);
    computer.clock.advance(15_000);
    await callOk(computer.handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: item.id,
      response: right(item) ? keyAsResponse(item) : wrongResponse(item),
    });
  }
  computer.clock.advance(5_000);
  const results = await callOk<SessionResults>(computer.handlers, 'finishSession', { sessionId: session.sessionId });
  // The figures the tests expect are counted from right and wrong: make sure each answer scored what it meant to.
  for (const result of results.items) {
    const meant = right(seedItem(result.itemId)) ? 1 : 0;
    if (result.score !== meant) throw new Error(`${result.itemId} scored ${result.score}, not ${meant}`);
  }
  return results;
}

/** Every row of every table as one hash: equal only if nothing stored changed. */
export function fingerprint(db: DatabaseSync): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map(({ name }) => name);
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`${table}\n`);
    for (const row of db.prepare(`SELECT rowid AS _rowid, * FROM "${table}" ORDER BY 1`).all()) {
      hash.update(`${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}

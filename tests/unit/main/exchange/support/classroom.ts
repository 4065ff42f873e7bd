import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { createHandlers, type Handlers } from '../../../../../src/main/api.ts';
import { createExchangeHandlers } from '../../../../../src/main/exchange/exchangeHandlers.ts';
import { keyAsResponse } from '../../../../../src/main/quiz/feedback.ts';
import { createItemBank } from '../../../../../src/main/quiz/itemBank.ts';
import { openDatabase } from '../../../../../src/main/store/openDatabase.ts';
import type { MainDeps } from '../../../../../src/main/mainDeps.ts';
import { createTeacherGate } from '../../../../../src/main/teacher/teacherGate.ts';
import { createTeacherHandlers } from '../../../../../src/main/teacher/teacherHandlers.ts';
import type { ExportFile } from '../../../../../src/shared/exportFile.ts';
import type { Item, Skill } from '../../../../../src/shared/items.ts';
import type { Student, TeacherSession } from '../../../../../src/shared/people.ts';
import type { ItemResponse, SessionView } from '../../../../../src/shared/quiz.ts';
import { contentDir, seedSetId } from '../../../../support/paths.ts';
import { callOk, handClock, seedItems } from '../../quiz/support/seedItems.ts';

// Computers in a classroom, each its own data folder with the real handlers over the real seed items: students
// practise on theirs, export their results, and the teacher imports the files on another.

export interface Computer {
  dataDir: string;
  db: DatabaseSync;
  handlers: Handlers;
  clock: ReturnType<typeof handClock>;
  /** The teacher token of this computer: every computer has its PIN set and the teacher area unlocked. */
  token: string;
}

const bank = createItemBank(contentDir);
// The real teacher gate with a cheap scrypt cost: at the real cost (0.3 s a PIN) each computer would take that long.
const cheapPinCost = { N: 2 ** 10, r: 8, p: 1 };

/** A computer with its own data folder and the real handlers; the teacher PIN is set, so it can import. */
export async function openComputer(
  dataDir: string,
  clock = handClock(Date.UTC(2026, 10, 23, 12, 0, 0)),
): Promise<Computer> {
  const database = openDatabase(dataDir, clock.now);
  if (!database.db) throw new Error(`the database in ${dataDir} did not open: ${JSON.stringify(database.state)}`);
  const deps: MainDeps = {
    contentDir,
    dataDir,
    bank,
    clock,
    db: database.db,
    storage: database.state,
    teacher: createTeacherGate(database.db, clock, { pinCost: cheapPinCost }),
  };
  const handlers: Handlers = {
    ...createHandlers({ contentDir, dataDir, clock, database, itemBank: bank }),
    ...createTeacherHandlers(deps),
    ...createExchangeHandlers(deps),
  };
  const { token } = await callOk<TeacherSession>(handlers, 'setTeacherPin', { pin: '2468' });
  return { dataDir, db: database.db, handlers, clock, token };
}

const itemsById = new Map((await seedItems()).map((item) => [item.id, item]));
function itemOf(id: string): Item {
  const item = itemsById.get(id);
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
}

/** Wrong for certain: another option, or every option or line chosen (items never reward choosing everything). */
function wrongResponse(item: Item): ItemResponse {
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.options.find((option) => option.id !== item.key)?.id ?? '' };
    case 'choose_all':
      return { optionIds: item.options.map((option) => option.id) };
    case 'mark_lines':
      return { lines: item.lines.map((line) => line.line) };
  }
}

export interface SessionPlan {
  mode: 'practice' | 'test';
  skills: Skill[];
  count: number;
  seed: number;
  /** right or wrong, one per item answered, in order; the rest are left unanswered. */
  answers: ('right' | 'wrong')[];
  finish: boolean;
}

/** Answers the session's item at this position, right or wrong. */
export async function answerItem(
  computer: Computer,
  session: SessionView,
  at: number,
  verdict: 'right' | 'wrong',
): Promise<void> {
  const shown = session.items[at];
  if (!shown) throw new Error(`session ${session.sessionId} has no item ${at + 1}`);
  const item = itemOf(shown.id);
  await callOk(computer.handlers, 'submitAnswer', {
    sessionId: session.sessionId,
    itemId: item.id,
    response: verdict === 'right' ? keyAsResponse(item) : wrongResponse(item),
  });
}

/** A student takes a session on this computer through the real quiz calls. */
export async function takeSession(computer: Computer, student: Student, plan: SessionPlan): Promise<SessionView> {
  const session = await callOk<SessionView>(computer.handlers, 'startSession', {
    mode: plan.mode,
    setIds: [seedSetId],
    skills: plan.skills,
    count: plan.count,
    seed: plan.seed,
    studentId: student.id,
  });
  for (const [at, verdict] of plan.answers.entries()) {
    computer.clock.advance(20_000 + 5_000 * at);
    await answerItem(computer, session, at, verdict);
  }
  if (plan.finish) {
    computer.clock.advance(10_000);
    await callOk(computer.handlers, 'finishSession', { sessionId: session.sessionId });
  }
  computer.clock.advance(60_000);
  return session;
}

/** A finished practice session with one item left unanswered, and an unfinished test session. */
export const twoSessions: SessionPlan[] = [
  {
    mode: 'practice',
    skills: ['compare', 'evidence', 'clutter'],
    count: 5,
    seed: 11,
    answers: ['right', 'wrong', 'right', 'right'],
    finish: true,
  },
  { mode: 'test', skills: ['clutter', 'evidence'], count: 4, seed: 23, answers: ['wrong', 'right'], finish: false },
];

export async function studentWithSessions(
  computer: Computer,
  name: string,
  plans: readonly SessionPlan[] = twoSessions,
  group?: string,
): Promise<{ student: Student; sessions: SessionView[] }> {
  const student = await callOk<Student>(computer.handlers, 'createStudent', group ? { name, group } : { name });
  const sessions: SessionView[] = [];
  for (const plan of plans) sessions.push(await takeSession(computer, student, plan));
  return { student, sessions };
}

export async function exportOf(computer: Computer, studentId: string): Promise<ExportFile> {
  return callOk<ExportFile>(computer.handlers, 'exportResults', { studentId });
}

/** The arguments of importResults on this computer, with its teacher token. */
export function importArgs(
  computer: Computer,
  fileName: string,
  text: string,
): { token: string; fileName: string; text: string } {
  return { token: computer.token, fileName, text };
}

const resultTables = {
  students: 'SELECT * FROM students ORDER BY id',
  sessions: 'SELECT * FROM sessions ORDER BY id',
  answers: 'SELECT * FROM answers ORDER BY session_id, item_id',
};

/** Every stored result, row by row and column by column, in key order (rowids left out: they are not results). */
export function resultRows(db: DatabaseSync): Record<keyof typeof resultTables, unknown[]> {
  return {
    students: db.prepare(resultTables.students).all(),
    sessions: db.prepare(resultTables.sessions).all(),
    answers: db.prepare(resultTables.answers).all(),
  };
}

/** Every row of every table, settings included, as one hash: equal only if nothing stored changed. */
export function fingerprint(db: DatabaseSync): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map(({ name }) => name);
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`${table}\n`);
    for (const row of db.prepare(`SELECT rowid AS _rowid, * FROM "${table}" ORDER BY 1, 2`).all()) {
      hash.update(`${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}

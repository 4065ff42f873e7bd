import { describe, expect, it } from 'vitest';
import { createExchangeHandlers } from '../../../../src/main/exchange/exchangeHandlers.ts';
import { resultsFileSchema } from '../../../../src/main/exchange/resultsFileSchema.ts';
import { createItemBank } from '../../../../src/main/quiz/itemBank.ts';
import { createSqliteSessionStore } from '../../../../src/main/store/sqliteSessionStore.ts';
import { createTeacherGate } from '../../../../src/main/teacher/teacherGate.ts';
import { contract } from '../../../../src/shared/contract.ts';
import type { ImportSummary } from '../../../../src/shared/exchange.ts';
import { maxSessionItems } from '../../../../src/shared/quiz.ts';
import { ok } from '../../../../src/shared/result.ts';
import { contentDir } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk, handClock } from '../quiz/support/seedItems.ts';
import {
  answerItem,
  exportOf,
  fingerprint,
  importArgs,
  openComputer,
  resultRows,
  studentWithSessions,
  takeSession,
  twoSessions,
} from './support/classroom.ts';

// A student practises on their own computer, exports their results, and the teacher imports the file on another.

const tempDir = useTempDir('crossread-exchange-');

const answerCount = (rows: ReturnType<typeof resultRows>): number => rows.answers.length;

describe('a results file carried from one computer to another', () => {
  it('brings the student, both sessions and every answer, and a second import adds nothing', async () => {
    const studentsComputer = await openComputer(await tempDir());
    const { student, sessions } = await studentWithSessions(studentsComputer, 'Ana López', twoSessions, '7B');

    const exported = await exportOf(studentsComputer, student.id);
    expect(contract.exportResults.result.safeParse(exported).success).toBe(true);
    // Named after the student and the day (the clock stands at noon on 23 November 2026).
    expect(exported).toMatchObject({
      fileName: 'crossread-results-ana-lopez-2026-11-23.json',
      mimeType: 'application/json',
      encoding: 'utf8',
    });
    const file = resultsFileSchema.parse(JSON.parse(exported.data));
    expect(file.student).toEqual(student);
    expect(file.sessions.map((session) => session.id)).toEqual(sessions.map((session) => session.sessionId));
    expect(file.sessions.map((session) => session.answers.length)).toEqual(
      twoSessions.map((plan) => plan.answers.length),
    );
    expect(file.sessions.map((session) => session.finishedAt !== undefined)).toEqual([true, false]);

    const teachersComputer = await openComputer(await tempDir());
    const stored = resultRows(studentsComputer.db);
    const first = await callOk<ImportSummary>(
      teachersComputer.handlers,
      'importResults',
      importArgs(teachersComputer, exported.fileName, exported.data),
    );
    expect(contract.importResults.result.safeParse(first).success).toBe(true);
    expect(first).toEqual({
      fileName: exported.fileName,
      studentsAdded: 1,
      sessionsAdded: 2,
      answersAdded: answerCount(stored),
      answersAlreadyStored: 0,
    });
    expect(resultRows(teachersComputer.db)).toEqual(stored);

    const before = fingerprint(teachersComputer.db);
    const second = await callOk<ImportSummary>(
      teachersComputer.handlers,
      'importResults',
      importArgs(teachersComputer, exported.fileName, exported.data),
    );
    expect(second).toEqual({
      fileName: exported.fileName,
      studentsAdded: 0,
      sessionsAdded: 0,
      answersAdded: 0,
      answersAlreadyStored: answerCount(stored),
    });
    expect(fingerprint(teachersComputer.db)).toBe(before);

    // Exported again from the teacher's computer, the results are the same file but for the time it was made.
    const again = await exportOf(teachersComputer, student.id);
    expect({ ...JSON.parse(again.data), exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  });

  it('adds what happened since an earlier file: new answers, and the finish time', async () => {
    const studentsComputer = await openComputer(await tempDir());
    const teachersComputer = await openComputer(await tempDir());
    const { student } = await studentWithSessions(studentsComputer, 'Ben', []);
    const running = await takeSession(studentsComputer, student, {
      mode: 'test',
      skills: ['compare'],
      count: 3,
      seed: 5,
      answers: ['right'],
      finish: false,
    });
    const early = await exportOf(studentsComputer, student.id);
    expect(
      await callOk(
        teachersComputer.handlers,
        'importResults',
        importArgs(teachersComputer, 'ben-monday.json', early.data),
      ),
    ).toMatchObject({ studentsAdded: 1, sessionsAdded: 1, answersAdded: 1, answersAlreadyStored: 0 });

    // Ben answers one more item on his computer the next day, finishes the session and exports again.
    studentsComputer.clock.advance(24 * 3_600_000);
    await answerItem(studentsComputer, running, 1, 'wrong');
    await callOk(studentsComputer.handlers, 'finishSession', { sessionId: running.sessionId });
    const late = await exportOf(studentsComputer, student.id);

    expect(
      await callOk(
        teachersComputer.handlers,
        'importResults',
        importArgs(teachersComputer, 'ben-tuesday.json', late.data),
      ),
    ).toEqual({
      fileName: 'ben-tuesday.json',
      studentsAdded: 0,
      sessionsAdded: 0,
      answersAdded: 1,
      answersAlreadyStored: 1,
    });
    expect(resultRows(teachersComputer.db)).toEqual(resultRows(studentsComputer.db));

    // The older file, imported after the newer one, changes nothing.
    const before = fingerprint(teachersComputer.db);
    expect(
      await callOk(
        teachersComputer.handlers,
        'importResults',
        importArgs(teachersComputer, 'ben-monday.json', early.data),
      ),
    ).toEqual({
      fileName: 'ben-monday.json',
      studentsAdded: 0,
      sessionsAdded: 0,
      answersAdded: 0,
      answersAlreadyStored: 1,
    });
    expect(fingerprint(teachersComputer.db)).toBe(before);
  });
});

describe('exportResults', () => {
  it('names a student this computer does not know', async () => {
    const computer = await openComputer(await tempDir());
    const error = await callFails(computer.handlers, 'exportResults', { studentId: 'nobody-here' });
    expect(error.code).toBe('UNKNOWN_STUDENT');
    expect(error.message).toContain('nobody-here');
  });

  it('exports a student without sessions as a file with none', async () => {
    const computer = await openComputer(await tempDir());
    const { student } = await studentWithSessions(computer, '!!!', []);
    const exported = await exportOf(computer, student.id);
    expect(exported.fileName).toBe('crossread-results-student-2026-11-23.json');
    expect(resultsFileSchema.parse(JSON.parse(exported.data)).sessions).toEqual([]);
  });

  it('refuses to make a file too large for any computer to import, and says so', async () => {
    const computer = await openComputer(await tempDir());
    const { student, sessions } = await studentWithSessions(computer, 'Dara', twoSessions.slice(0, 1));
    const [model] = resultsFileSchema.parse(JSON.parse((await exportOf(computer, student.id)).data)).sessions;
    const [answer] = model?.answers ?? [];
    if (!model || !answer || !sessions[0]) throw new Error('Dara has an answered session');
    // Years of practice in one profile: copies of the real session, every one of 200 items answered.
    const store = createSqliteSessionStore(computer.db);
    const items = Array.from({ length: maxSessionItems }, (_, at) => ({
      id: `${answer.itemId}-${at}`,
      skill: answer.skill,
    }));
    computer.db.exec('BEGIN');
    for (let copy = 0; copy < 120; copy += 1) {
      const id = `${model.id}-copy-${copy}`;
      store.create({ ...model, version: 1, id, studentId: student.id, items, answers: [] });
      for (const item of items) store.addAnswer(id, { ...answer, itemId: item.id });
    }
    computer.db.exec('COMMIT');
    const error = await callFails(computer.handlers, 'exportResults', { studentId: student.id });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('Dara');
  });
});

describe('importResults', () => {
  it('is for the teacher only: without a live teacher token nothing is read or stored', async () => {
    const studentsComputer = await openComputer(await tempDir());
    const { student } = await studentWithSessions(studentsComputer, 'Chen');
    const exported = await exportOf(studentsComputer, student.id);
    const teachersComputer = await openComputer(await tempDir());
    const before = fingerprint(teachersComputer.db);
    const args = importArgs(teachersComputer, exported.fileName, exported.data);
    const forged = await callFails(teachersComputer.handlers, 'importResults', {
      ...args,
      token: 'a-token-main-never-issued',
    });
    expect(forged.code).toBe('TEACHER_LOCKED');
    // The teacher locks the area (the token dies) before a student sits down at this computer.
    await callOk(teachersComputer.handlers, 'lockTeacher', { token: args.token });
    expect((await callFails(teachersComputer.handlers, 'importResults', args)).code).toBe('TEACHER_LOCKED');
    expect(fingerprint(teachersComputer.db)).toBe(before);
  });

  it('says why when storage is refused, for both calls', async () => {
    const clock = handClock();
    const refused = { state: 'refused' as const, message: 'The results database was written by a newer Crossread.' };
    const handlers = createExchangeHandlers({
      contentDir,
      dataDir: '/nonexistent',
      bank: createItemBank(contentDir),
      clock,
      db: null,
      storage: refused,
      // The teacher area cannot open without storage; a gate that lets the token in shows the refusal comes next.
      teacher: { ...createTeacherGate(null, clock), check: () => ok(true) },
    });
    expect(await handlers.exportResults({ studentId: 'ana' })).toEqual({
      ok: false,
      error: { code: 'STORAGE_REFUSED', message: refused.message },
    });
    expect(await handlers.importResults({ token: 'x'.repeat(16), fileName: 'ana.json', text: '{}' })).toEqual({
      ok: false,
      error: { code: 'STORAGE_REFUSED', message: refused.message },
    });
  });
});

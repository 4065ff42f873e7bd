import { describe, expect, it } from 'vitest';
import { createAssignmentHandlers } from '../../../../src/main/assignments/assignmentHandlers.ts';
import { createItemBank } from '../../../../src/main/quiz/itemBank.ts';
import { createTeacherGate } from '../../../../src/main/teacher/teacherGate.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import type { ClassReport } from '../../../../src/shared/reports.ts';
import type { Assignment, HandIns } from '../../../../src/shared/assignments.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { contentDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  allSeedItems,
  createAssignment,
  openComputer,
  seedItem,
  spec,
  startAssignment,
  takeSession,
} from './support/assignmentComputer.ts';

// A teacher makes an assignment on a real results database over the seed set's real items; students take it.

const tempDir = useTempDir('crossread-assignments-');
const ids = (session: SessionView): string[] => session.items.map((item) => item.id);

describe('createAssignment', () => {
  it('draws the items once, balanced over the skills, and stores the assignment', async () => {
    const computer = await openComputer(await tempDir());
    const made = await createAssignment(computer, { count: 12, timeLimitMinutes: 20 });
    expect(made.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(made).toMatchObject({ name: 'Week 3: sources', setIds: [seedSetId], mode: 'test', feedback: 'end' });
    expect(made.form).toBeUndefined();
    expect(made.itemIds).toHaveLength(12);
    expect(made.itemIds).toEqual([...made.itemIds].sort());
    expect(new Set(made.itemIds).size).toBe(12);
    // The balanced draw: 12 over three skills is 4 each (every skill has more than 4 items in the seed set).
    for (const skill of ['compare', 'evidence', 'clutter'] as const) {
      expect(made.itemIds.filter((id) => seedItem(id).skill === skill)).toHaveLength(4);
    }
    const listed = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    expect(listed.assignments).toEqual([made]);
  });

  it('lists the newest first and makes a pre-test when asked', async () => {
    const computer = await openComputer(await tempDir());
    const first = await createAssignment(computer, { name: 'First' });
    computer.clock.advance(60_000);
    const second = await createAssignment(computer, { name: 'Second' }, true);
    expect(second.form).toEqual({ role: 'pre' });
    const listed = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    expect(listed.assignments.map((assignment) => assignment.name)).toEqual(['Second', 'First']);
    expect(listed.assignments[1]).toEqual(first);
  });

  it('says how many items the sets hold when they cannot fill the count', async () => {
    const computer = await openComputer(await tempDir());
    const compareItems = allSeedItems.filter((item) => item.skill === 'compare').length;
    const error = await callFails(computer.handlers, 'createAssignment', {
      token: computer.token,
      spec: spec({ skills: ['compare'], count: compareItems + 1 }),
    });
    expect(error.code).toBe('NO_ITEMS');
    expect(error.message).toContain(`only ${compareItems} compare items`);
    expect(error.message).toContain(`at most ${compareItems}`);
    // Exactly what the set holds is fine.
    const all = await createAssignment(computer, { skills: ['compare'], count: compareItems });
    expect(all.itemIds).toEqual(
      allSeedItems
        .filter((item) => item.skill === 'compare')
        .map((item) => item.id)
        .sort(),
    );
  });

  it('refuses without a teacher token, a missing set, and a test with feedback during', async () => {
    const computer = await openComputer(await tempDir());
    const locked = await callFails(computer.handlers, 'createAssignment', { token: 'x'.repeat(43), spec: spec() });
    expect(locked.code).toBe('TEACHER_LOCKED');
    const missing = await callFails(computer.handlers, 'createAssignment', {
      token: computer.token,
      spec: spec({ setIds: ['no-such-set'] }),
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('no-such-set');
    const during = await callFails(computer.handlers, 'createAssignment', {
      token: computer.token,
      spec: spec({ mode: 'test', feedback: 'during' }),
    });
    expect(during.code).toBe('BAD_ARGUMENT');
    const listed = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    expect(listed.assignments).toEqual([]);
  });
});

describe('startAssignment', () => {
  it('asks every student the same items, each in an order of their own', async () => {
    const computer = await openComputer(await tempDir());
    const made = await createAssignment(computer, {
      count: 12,
      mode: 'practice',
      feedback: 'end',
      timeLimitMinutes: 15,
    });
    const ana = await addStudent(computer, 'Ana');
    const ben = await addStudent(computer, 'Ben');
    const anas = await startAssignment(computer, made.id, ana);
    const bens = await startAssignment(computer, made.id, ben);
    expect([...ids(anas)].sort()).toEqual(made.itemIds);
    expect([...ids(bens)].sort()).toEqual(made.itemIds);
    expect(ids(anas)).not.toEqual(ids(bens));
    expect(anas).toMatchObject({
      assignmentId: made.id,
      mode: 'practice',
      feedback: 'end',
      studentId: ana.id,
      endsAt: anas.startedAt + 15 * 60_000,
    });
  });

  it('resumes an open attempt, and gives a new attempt the same order after a finished one', async () => {
    const computer = await openComputer(await tempDir());
    const made = await createAssignment(computer, { count: 6, mode: 'practice' });
    const ana = await addStudent(computer, 'Ana');
    const first = await startAssignment(computer, made.id, ana);
    const [firstItem] = first.items;
    if (!firstItem) throw new Error('the assignment has no items');
    await callOk(computer.handlers, 'submitAnswer', {
      sessionId: first.sessionId,
      itemId: firstItem.id,
      response: keyAsResponse(seedItem(firstItem.id)),
    });
    computer.clock.advance(60_000);

    const resumed = await startAssignment(computer, made.id, ana);
    expect(resumed.sessionId).toBe(first.sessionId);
    expect(ids(resumed)).toEqual(ids(first));
    expect(resumed.position).toBe(1);
    const rows = computer.db
      .prepare('SELECT count(*) AS n FROM sessions WHERE assignment_id = ? AND student_id = ?')
      .get(made.id, ana.id) as { n: number };
    expect(rows.n).toBe(1);

    await takeSession(computer, resumed, () => true);
    const again = await startAssignment(computer, made.id, ana);
    expect(again.sessionId).not.toBe(first.sessionId);
    expect(again.finishedAt).toBeUndefined();
    // The order comes from the assignment and the student alone.
    expect(ids(again)).toEqual(ids(first));
  });

  it('takes a test once per student: a handed-in test cannot be started again', async () => {
    const computer = await openComputer(await tempDir());
    const test = await createAssignment(computer, { count: 4, mode: 'test' });
    const ana = await addStudent(computer, 'Ana');
    const ben = await addStudent(computer, 'Ben');
    await takeSession(computer, await startAssignment(computer, test.id, ana), () => true);
    const again = await callFails(computer.handlers, 'startAssignment', { assignmentId: test.id, studentId: ana.id });
    expect(again.code).toBe('ALREADY_TAKEN');
    expect(again.message).toContain(test.name);
    // Someone else still can.
    expect((await startAssignment(computer, test.id, ben)).items).toHaveLength(4);
  });

  it('lets a student take a handed-in test once more when the teacher allows it', async () => {
    const computer = await openComputer(await tempDir());
    const test = await createAssignment(computer, { count: 4, mode: 'test' });
    const ana = await addStudent(computer, 'Ana');
    const allow = { token: computer.token, assignmentId: test.id, studentId: ana.id };
    const early = await callFails(computer.handlers, 'allowRetake', allow);
    expect(early.message).toContain('has not handed in');

    const first = await takeSession(computer, await startAssignment(computer, test.id, ana), () => false);
    await callOk(computer.handlers, 'allowRetake', allow);
    const second = await takeSession(computer, await startAssignment(computer, test.id, ana), () => true);
    expect([first.total.accuracy, second.total.accuracy]).toEqual([0, 1]);
    // Used up by that attempt: a third is refused again.
    const third = await callFails(computer.handlers, 'startAssignment', { assignmentId: test.id, studentId: ana.id });
    expect(third.code).toBe('ALREADY_TAKEN');
    // The report counts the latest attempt.
    const report = await callOk<ClassReport>(computer.handlers, 'classReport', {
      token: computer.token,
      assignmentId: test.id,
    });
    expect(report.students.find((row) => row.student.name === 'Ana')?.sessions).toBe(2);
  });

  it('lists who has handed a test in, with their attempts and any attempt still allowed', async () => {
    const computer = await openComputer(await tempDir());
    const test = await createAssignment(computer, { count: 4, mode: 'test' });
    const [ana, ben, cem] = [
      await addStudent(computer, 'Ana'),
      await addStudent(computer, 'Ben'),
      await addStudent(computer, 'Cem'),
    ];
    const handIns = async (): Promise<HandIns['handIns']> =>
      (await callOk<HandIns>(computer.handlers, 'listHandIns', { token: computer.token, assignmentId: test.id }))
        .handIns;
    expect(await handIns()).toEqual([]);

    await takeSession(computer, await startAssignment(computer, test.id, ana), () => true);
    computer.clock.advance(60_000);
    await takeSession(computer, await startAssignment(computer, test.id, ben), () => false);
    // Cem started but has not handed in: not listed.
    await startAssignment(computer, test.id, cem);
    await callOk(computer.handlers, 'allowRetake', { token: computer.token, assignmentId: test.id, studentId: ana.id });
    const listed = await handIns();
    expect(listed.map((row) => [row.studentId, row.attempts, row.mayTakeAgain])).toEqual([
      [ben.id, 1, false],
      [ana.id, 1, true],
    ]);

    // The allowance is used up by Ana's next attempt, which counts once it is handed in.
    await takeSession(computer, await startAssignment(computer, test.id, ana), () => true);
    expect((await handIns()).find((row) => row.studentId === ana.id)).toMatchObject({
      attempts: 2,
      mayTakeAgain: false,
    });

    const refused = await callFails(computer.handlers, 'listHandIns', {
      token: 'a-token-never-given-out',
      assignmentId: test.id,
    });
    expect(refused.code).toBe('TEACHER_LOCKED');
  });

  it('refuses an assignment this computer does not have, and a student it does not know', async () => {
    const computer = await openComputer(await tempDir());
    const ana = await addStudent(computer, 'Ana');
    const unknown = await callFails(computer.handlers, 'startAssignment', {
      assignmentId: 'Zz0123456789abcdefghij',
      studentId: ana.id,
    });
    expect(unknown.code).toBe('NOT_FOUND');
    const made = await createAssignment(computer);
    const nobody = await callFails(computer.handlers, 'startAssignment', {
      assignmentId: made.id,
      studentId: 'nobody',
    });
    expect(nobody.code).toBe('UNKNOWN_STUDENT');
  });
});

describe('with storage refused', () => {
  it('fails every call with STORAGE_REFUSED and the reason', async () => {
    const computer = await openComputer(await tempDir());
    const reason = 'This results file was written by a newer Crossread.';
    const handlers = createAssignmentHandlers({
      contentDir,
      dataDir: computer.dataDir,
      bank: createItemBank(contentDir),
      clock: computer.clock,
      db: null,
      storage: { state: 'refused', message: reason },
      teacher: createTeacherGate(null, computer.clock),
    });
    const results = await Promise.all([
      handlers.listAssignments({}),
      handlers.importAssignment({ fileName: 'a.json', text: '{}' }),
      handlers.startAssignment({ assignmentId: 'Zz0123456789abcdefghij', studentId: 'ana' }),
    ]);
    for (const result of results)
      expect(result).toEqual({ ok: false, error: { code: 'STORAGE_REFUSED', message: reason } });
  });

  it('deletes an assignment for the teacher, keeping the results taken for it and any pre-test a post-test needs', async () => {
    const computer = await openComputer(await tempDir());
    const lesson = await createAssignment(computer, { name: 'Lesson 2', count: 3, mode: 'practice' });
    const pre = await createAssignment(computer, { name: 'Before', count: 3 }, true);
    await callOk(computer.handlers, 'makePostTest', { token: computer.token, preId: pre.id, name: 'After' });
    const ana = await addStudent(computer, 'Ana');
    await takeSession(computer, await startAssignment(computer, lesson.id, ana), () => true);

    const stranger = await callFails(computer.handlers, 'deleteAssignment', {
      token: 'x'.repeat(32),
      assignmentId: lesson.id,
    });
    expect(stranger.code).toBe('TEACHER_LOCKED');
    const needed = await callFails(computer.handlers, 'deleteAssignment', {
      token: computer.token,
      assignmentId: pre.id,
    });
    expect(needed.message).toContain('pre-test of “After”');

    await callOk(computer.handlers, 'deleteAssignment', { token: computer.token, assignmentId: lesson.id });
    const { assignments } = await callOk<{ assignments: Assignment[] }>(computer.handlers, 'listAssignments', {});
    expect(assignments.map((entry) => entry.name).toSorted()).toEqual(['After', 'Before']);
    const report = await callOk<{ students: { student: { name: string }; sessions: number }[] }>(
      computer.handlers,
      'classReport',
      { token: computer.token },
    );
    expect(report.students.find((row) => row.student.name === 'Ana')?.sessions).toBe(1);
  });
});

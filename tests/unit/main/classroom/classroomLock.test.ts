import { describe, expect, it } from 'vitest';
import type { ClassroomStatus } from '../../../../src/shared/classroom.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  closeComputer,
  createAssignment,
  openComputer,
  startAssignment,
} from '../assignments/support/assignmentComputer.ts';

// Classroom mode as main enforces it: once the teacher locks this computer to an assignment, every other way into
// a session is refused, whichever transport asks, until the teacher's PIN lifts the lock; the lock is stored, so
// a restart does not lift it.

const tempDir = useTempDir('crossread-classroom-');
const practice = { mode: 'practice', setIds: [seedSetId], skills: ['clutter'], count: 2 };

describe('a computer locked to an assignment', () => {
  it('offers that assignment only, refusing other sessions, reviews, imports and older sessions', async () => {
    const computer = await openComputer(await tempDir());
    const ana = await addStudent(computer, 'Ana', '8C');
    const before = await callOk<SessionView>(computer.handlers, 'startSession', { ...practice, studentId: ana.id });
    const locked = await createAssignment(computer, { name: 'Lesson 4', count: 3 });
    const other = await createAssignment(computer, { name: 'Homework', count: 3 });
    expect(await callOk(computer.handlers, 'classroomStatus', {})).toEqual({ locked: false });

    const status = await callOk<ClassroomStatus>(computer.handlers, 'lockClassroom', {
      token: computer.token,
      assignmentId: locked.id,
      group: '8C',
    });
    expect(status).toMatchObject({ locked: true, assignment: locked, group: '8C' });

    const refusedCodes = [
      await callFails(computer.handlers, 'startSession', { ...practice, studentId: ana.id }),
      await callFails(computer.handlers, 'startReview', { studentId: ana.id, count: 5 }),
      await callFails(computer.handlers, 'startAssignment', { assignmentId: other.id, studentId: ana.id }),
      await callFails(computer.handlers, 'getSession', { sessionId: before.sessionId }),
      await callFails(computer.handlers, 'finishSession', { sessionId: before.sessionId }),
      await callFails(computer.handlers, 'importAssignment', { fileName: 'a.json', text: '{}' }),
    ].map((error) => error.code);
    expect(refusedCodes).toEqual(Array(6).fill('CLASSROOM_LOCKED'));
    const deleting = await callFails(computer.handlers, 'deleteAssignment', {
      token: computer.token,
      assignmentId: locked.id,
    });
    expect(deleting.code).toBe('CLASSROOM_LOCKED');

    const taken = await startAssignment(computer, locked.id, ana);
    expect(taken.items.map((item) => item.id).toSorted()).toEqual(locked.itemIds);
    const resumed = await callOk<SessionView>(computer.handlers, 'getSession', { sessionId: taken.sessionId });
    expect(resumed.assignmentId).toBe(locked.id);
    closeComputer(computer);
  });

  it('stays locked after a restart, and only the teacher’s PIN unlocks it', async () => {
    const dataDir = await tempDir();
    const first = await openComputer(dataDir);
    const assignment = await createAssignment(first, { name: 'Lesson 5', count: 3 });
    await callOk(first.handlers, 'lockClassroom', { token: first.token, assignmentId: assignment.id });
    closeComputer(first);

    const restarted = await openComputer(dataDir);
    expect(await callOk<ClassroomStatus>(restarted.handlers, 'classroomStatus', {})).toMatchObject({
      locked: true,
      assignment: { id: assignment.id },
    });
    expect((await callFails(restarted.handlers, 'startSession', practice)).code).toBe('CLASSROOM_LOCKED');

    const wrong = await callFails(restarted.handlers, 'unlockClassroom', { pin: '1111' });
    expect(wrong.code).toBe('WRONG_PIN');
    expect(await callOk<ClassroomStatus>(restarted.handlers, 'classroomStatus', {})).toMatchObject({ locked: true });

    expect(await callOk(restarted.handlers, 'unlockClassroom', { pin: '2468' })).toEqual({ locked: false });
    expect(await callOk(restarted.handlers, 'classroomStatus', {})).toEqual({ locked: false });
    await callOk(restarted.handlers, 'startSession', practice);
    closeComputer(restarted);
  });

  it('is locked by the teacher only, to an assignment this computer has', async () => {
    const computer = await openComputer(await tempDir());
    const assignment = await createAssignment(computer, { count: 3 });
    const noToken = await callFails(computer.handlers, 'lockClassroom', {
      token: 'x'.repeat(32),
      assignmentId: assignment.id,
    });
    expect(noToken.code).toBe('TEACHER_LOCKED');
    const unknown = await callFails(computer.handlers, 'lockClassroom', {
      token: computer.token,
      assignmentId: 'no-such-assignment',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(await callOk(computer.handlers, 'classroomStatus', {})).toEqual({ locked: false });
    closeComputer(computer);
  });
});

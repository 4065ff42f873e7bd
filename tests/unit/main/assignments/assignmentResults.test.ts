import { describe, expect, it } from 'vitest';
import type { Assignment, GrowthReport, ImportedAssignment } from '../../../../src/shared/assignments.ts';
import type { ExportFile } from '../../../../src/shared/exportFile.ts';
import type { ImportSummary } from '../../../../src/shared/exchange.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  createAssignment,
  openComputer,
  startAssignment,
  takeSession,
} from './support/assignmentComputer.ts';

// Where students have their own computers: the teacher hands out a pre-test and its post-test as files, a student
// takes both at home and sends back their results file, and the teacher's growth report counts them as if they
// had been taken on the teacher's computer.

const tempDir = useTempDir('crossread-assignment-results-');

describe('an assignment taken on a student’s own computer', () => {
  it('reaches the teacher’s growth report through the results file', async () => {
    const teacher = await openComputer(await tempDir());
    const home = await openComputer(await tempDir());
    const pre = await createAssignment(teacher, { name: 'Before', count: 6 }, true);
    const post = await callOk<Assignment>(teacher.handlers, 'makePostTest', {
      token: teacher.token,
      preId: pre.id,
      name: 'After',
    });
    for (const assignment of [pre, post]) {
      const file = await callOk<ExportFile>(teacher.handlers, 'exportAssignment', {
        token: teacher.token,
        assignmentId: assignment.id,
      });
      await callOk<ImportedAssignment>(home.handlers, 'importAssignment', { fileName: file.fileName, text: file.data });
    }

    const noor = await addStudent(home, 'Noor', '9B');
    const before = await takeSession(home, await startAssignment(home, pre.id, noor), () => false);
    const after = await takeSession(home, await startAssignment(home, post.id, noor), () => true);
    const results = await callOk<ExportFile>(home.handlers, 'exportResults', { studentId: noor.id });
    const summary = await callOk<ImportSummary>(teacher.handlers, 'importResults', {
      token: teacher.token,
      fileName: results.fileName,
      text: results.data,
    });
    expect(summary).toMatchObject({ studentsAdded: 1, sessionsAdded: 2 });

    const growth = await callOk<GrowthReport>(teacher.handlers, 'growthReport', {
      token: teacher.token,
      postId: post.id,
    });
    expect(growth.takenBoth).toBe(1);
    expect(growth.students).toEqual([
      expect.objectContaining({
        name: 'Noor',
        total: { pre: before.total.accuracy, post: after.total.accuracy, growth: 1 },
      }),
    ]);
    expect(before.total.accuracy).toBe(0);
  });
});

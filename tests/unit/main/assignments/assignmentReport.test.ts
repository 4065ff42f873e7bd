import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../src/shared/exportFile.ts';
import type { ClassReport } from '../../../../src/shared/reports.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  createAssignment,
  openComputer,
  startAssignment,
  takeSession,
} from './support/assignmentComputer.ts';

// After a lesson the teacher looks at that lesson only: the class report and its CSV filtered to one assignment
// count that assignment's sessions and nothing else the class practised.

const tempDir = useTempDir('crossread-assignment-report-');

describe('the class report filtered to an assignment', () => {
  it('counts only the sessions taken for it, and lists every assignment for the filter', async () => {
    const computer = await openComputer(await tempDir());
    const lesson = await createAssignment(computer, { name: 'Lesson 4', count: 4 });
    const homework = await createAssignment(computer, { name: 'Homework', count: 6 });
    const ana = await addStudent(computer, 'Ana', '8C');
    const ben = await addStudent(computer, 'Ben', '8C');
    await takeSession(computer, await startAssignment(computer, lesson.id, ana), () => true);
    await takeSession(computer, await startAssignment(computer, homework.id, ana), () => false);
    await takeSession(computer, await startAssignment(computer, homework.id, ben), () => false);

    const report = await callOk<ClassReport>(computer.handlers, 'classReport', {
      token: computer.token,
      assignmentId: lesson.id,
    });
    expect(report.filter).toEqual({ assignmentId: lesson.id });
    expect(report.assignments.map((entry) => entry.name).toSorted()).toEqual(['Homework', 'Lesson 4']);
    const rows = new Map(report.students.map((row) => [row.student.name, row]));
    expect(rows.get('Ana')).toMatchObject({ sessions: 1, total: { items: 4, accuracy: 1 } });
    expect(rows.get('Ben')).toMatchObject({ sessions: 0 });

    const csv = await callOk<ExportFile>(computer.handlers, 'exportCsv', {
      token: computer.token,
      table: 'answers',
      assignmentId: lesson.id,
    });
    const answers = Papa.parse<Record<string, string>>(csv.data.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(answers.map((row) => row['item_id']).toSorted()).toEqual(lesson.itemIds);
  });
});

import { describe, expect, it } from 'vitest';
import { createReportHandlers } from '../../../../src/main/reports/reportHandlers.ts';
import { studentReportSchema, type StudentReport } from '../../../../src/shared/reports.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { seedItems } from '../quiz/support/seedItems.ts';
import { handClock } from '../teacher/support/teacherGateFor.ts';
import { day, items, seedClassroom, students } from './support/classroom.ts';
import { openReports, valueOf } from './support/reportDeps.ts';

// Expected figures are worked out by hand from the table in support/classroom.ts.

const tempDir = useTempDir('crossread-student-report-');
const bankItems = new Map((await seedItems()).map((item) => [item.id, item]));

async function reportsOnClassroom() {
  return openReports(await tempDir(), handClock(day(20)), seedClassroom);
}

describe("a student's report", () => {
  it('lists their sessions oldest first, unfinished ones counting the answers so far', async () => {
    const { reports, token } = await reportsOnClassroom();
    const report: StudentReport = studentReportSchema.parse(
      valueOf(await reports.studentReport({ token, studentId: students.ana.id })),
    );
    expect(report.student).toMatchObject({ id: students.ana.id, name: 'Ana', group: '7A' });
    expect(report.filter).toEqual({});
    expect(report.sessions.map((session) => [session.sessionId, session.finishedAt])).toEqual([
      ['s1', day(2, 9, 20)],
      ['s2', undefined],
    ]);
    // s1: E1 1 + E2 0 + C1 .5 + unanswered C2 0 over 4 items; s2: only E1 answered.
    expect(report.sessions[0]?.total).toMatchObject({ score: 1.5, items: 4, accuracy: 0.375, answered: 3 });
    expect(report.sessions[0]?.perSkill.map((skill) => [skill.skill, skill.items, skill.score])).toEqual([
      ['evidence', 2, 1],
      ['clutter', 2, 0.5],
    ]);
    expect(report.sessions[1]?.total).toMatchObject({ score: 1, items: 1, accuracy: 1, hits: 1 });
    expect(report.total).toMatchObject({ score: 2.5, items: 5, hits: 3, misses: 2, falseAlarms: 1 });
    expect(report.perSkill.map((skill) => [skill.skill, skill.items, skill.score])).toEqual([
      ['evidence', 3, 2],
      ['clutter', 2, 0.5],
    ]);
  });

  it('lists the missed items newest first, with why the answer is what it is', async () => {
    const { reports, token } = await reportsOnClassroom();
    const report = valueOf(await reports.studentReport({ token, studentId: students.ana.id }));
    // C2 left unanswered (dated by the end of s1, 9:20), C1 half right (9:03), E2 wrong (9:02).
    expect(report.missed.map((missed) => [missed.itemId, missed.answeredAt, missed.score])).toEqual([
      [items.C2.id, null, 0],
      [items.C1.id, day(2, 9, 3), 0.5],
      [items.E2.id, day(2, 9, 2), 0],
    ]);
    const e2 = bankItems.get(items.E2.id);
    expect(report.missed[2]).toMatchObject({
      sessionId: 's1',
      skill: 'evidence',
      prompt: e2?.prompt,
      explanation: e2?.explanation,
    });

    const cleo = valueOf(await reports.studentReport({ token, studentId: students.cleo.id }));
    expect(cleo.missed).toEqual([
      {
        itemId: items.X1.id,
        skill: 'compare',
        prompt: null,
        explanation: null,
        sessionId: 's4',
        answeredAt: day(3, 11, 3),
        score: 0,
      },
    ]);
  });

  it('is cut by dates only, and says so', async () => {
    const { reports, token } = await reportsOnClassroom();
    const later = valueOf(
      await reports.studentReport({ token, studentId: students.ana.id, from: day(3, 0), group: '7B' }),
    );
    expect(later.filter).toEqual({ from: day(3, 0) });
    expect(later.sessions.map((session) => session.sessionId)).toEqual(['s2']);
    expect(later.missed).toEqual([]);
  });

  it('is what a student sees of their own progress, with no PIN and no filter', async () => {
    const { reports, token } = await reportsOnClassroom();
    const own = valueOf(await reports.studentProgress({ studentId: students.ana.id }));
    const teachers = valueOf(await reports.studentReport({ token, studentId: students.ana.id }));
    expect(studentReportSchema.safeParse(own).success).toBe(true);
    expect(own).toEqual(teachers);
    const dan = valueOf(await reports.studentProgress({ studentId: students.dan.id }));
    expect(dan).toMatchObject({ sessions: [], perSkill: [], missed: [], total: { items: 0 } });
  });

  it('names a student this computer does not know', async () => {
    const { reports } = await reportsOnClassroom();
    const result = await reports.studentProgress({ studentId: 'student-nobody' });
    expect(result.ok ? 'found' : result.error.code).toBe('UNKNOWN_STUDENT');
  });

  it('fails with the reason when storage was refused', async () => {
    const { deps } = await reportsOnClassroom();
    const message = 'The results database was written by a newer version of Crossread.';
    const refused = createReportHandlers({ ...deps, db: null, storage: { state: 'refused', message } });
    const result = await refused.studentProgress({ studentId: students.ana.id });
    expect(result.ok ? 'read' : result.error).toEqual({ code: 'STORAGE_REFUSED', message });
  });
});

import { describe, expect, it } from 'vitest';
import { classReportSchema, type ClassReport, type ClassReportArgs } from '../../../../src/shared/reports.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { seedItems } from '../quiz/support/seedItems.ts';
import { handClock } from '../teacher/support/teacherGateFor.ts';
import { day, items, seedClassroom, students } from './support/classroom.ts';
import { openReports, valueOf } from './support/reportDeps.ts';

// Expected figures are worked out by hand from the table in support/classroom.ts.

const tempDir = useTempDir('crossread-class-report-');
const bankItems = new Map((await seedItems()).map((item) => [item.id, item]));
for (const { id } of [items.E1, items.E2, items.C1, items.C2]) {
  if (!bankItems.has(id)) throw new Error(`support/classroom.ts names ${id}, which the seed set no longer holds`);
}

async function classReport(filter: Omit<ClassReportArgs, 'token'> = {}): Promise<ClassReport> {
  const { reports, token } = await openReports(await tempDir(), handClock(day(20)), seedClassroom);
  const report = valueOf(await reports.classReport({ token, ...filter }));
  return classReportSchema.parse(report);
}

const row = (report: ClassReport, studentId: string) => {
  const found = report.students.find((entry) => entry.student.id === studentId);
  if (!found) throw new Error(`${studentId} is not in the report`);
  return found;
};
const itemRow = (report: ClassReport, itemId: string) => report.items.find((stat) => stat.itemId === itemId);

describe('the class report on stored results', () => {
  it('gives each student their totals and one column per skill asked, finished sessions counting every item', async () => {
    const report = await classReport();
    expect(report.generatedAt).toBe(day(20));
    expect(report.filter).toEqual({});
    expect(report.groups).toEqual(['7A', '7B']);
    expect(report.students.map((entry) => entry.student.name)).toEqual(['Ana', 'Ben', 'Cleo', 'Dan']);

    // Ana: s1 counts E1 1, E2 0, C1 .5 and the unanswered C2 as 0; unfinished s2 counts only E1 1.
    const ana = row(report, students.ana.id);
    expect(ana.sessions).toBe(2);
    expect(ana.total).toEqual({
      score: 2.5,
      items: 5,
      accuracy: 0.5,
      answered: 4,
      hits: 3,
      misses: 2,
      falseAlarms: 1,
      correctRejections: 2,
      hitRate: 3 / 5,
      falseAlarmRate: 1 / 3,
    });
    expect(ana.perSkill.map((skill) => skill.skill)).toEqual(['compare', 'evidence', 'clutter']);
    expect(ana.perSkill[0]).toMatchObject({ items: 0, score: 0, hitRate: null });
    expect(ana.perSkill[1]).toMatchObject({ items: 3, score: 2, answered: 3, hits: 2, misses: 1, falseAlarms: 0 });
    expect(ana.perSkill[1]?.accuracy).toBeCloseTo(2 / 3, 10);
    expect(ana.perSkill[2]).toMatchObject({
      items: 2,
      score: 0.5,
      accuracy: 0.25,
      answered: 1,
      hits: 1,
      misses: 1,
      falseAlarms: 1,
      correctRejections: 2,
    });

    expect(row(report, students.ben.id)).toMatchObject({
      sessions: 2,
      total: { score: 1, items: 3, answered: 3, hits: 2, misses: 2, falseAlarms: 0, correctRejections: 3 },
    });
    expect(row(report, students.cleo.id)).toMatchObject({
      sessions: 1,
      total: { score: 2, items: 3, answered: 3, hits: 1, misses: 1, falseAlarms: 0, correctRejections: 1 },
    });
    // Dan never practised: listed, with nothing to score.
    expect(row(report, students.dan.id)).toMatchObject({ sessions: 0, total: { items: 0, accuracy: 0 } });
  });

  it('sums the class per skill, leaving out the session that belongs to no student', async () => {
    const report = await classReport();
    expect(report.perSkill).toEqual([
      {
        skill: 'compare',
        score: 0,
        items: 1,
        accuracy: 0,
        answered: 1,
        hits: 0,
        misses: 1,
        falseAlarms: 0,
        correctRejections: 0,
        hitRate: 0,
        falseAlarmRate: null,
      },
      {
        skill: 'evidence',
        score: 4,
        items: 7,
        accuracy: 4 / 7,
        answered: 7,
        hits: 3,
        misses: 3,
        falseAlarms: 0,
        correctRejections: 1,
        hitRate: 0.5,
        falseAlarmRate: 0,
      },
      {
        skill: 'clutter',
        score: 1.5,
        items: 3,
        accuracy: 0.5,
        answered: 2,
        hits: 3,
        misses: 1,
        falseAlarms: 1,
        correctRejections: 5,
        hitRate: 0.75,
        falseAlarmRate: 1 / 6,
      },
    ]);
  });

  it('ranks items hardest first and lists the most missed with their explanations', async () => {
    const report = await classReport();
    const { E1, E2, C1, C2, X1 } = items;
    // Share correct: C2 0/1, X1 0/1, E2 1/2 (mean .5), C1 1/2 (mean .75), E1 3/5.
    expect(report.items.map((stat) => stat.itemId)).toEqual([C2.id, X1.id, E2.id, C1.id, E1.id]);
    expect(itemRow(report, E1.id)).toMatchObject({ answers: 5, shareCorrect: 0.6, meanScore: 0.6, missed: 2 });
    expect(itemRow(report, C1.id)).toMatchObject({ answers: 2, shareCorrect: 0.5, meanScore: 0.75, missed: 1 });
    expect(itemRow(report, C2.id)).toMatchObject({ answers: 1, shareCorrect: 0, meanScore: 0, missed: 1 });

    // E1 missed twice; then the items missed once, hardest first.
    expect(report.mostMissed.map((stat) => stat.itemId)).toEqual([E1.id, C2.id, X1.id, E2.id, C1.id]);
    const e1 = bankItems.get(E1.id);
    expect(report.mostMissed[0]).toMatchObject({
      skill: 'evidence',
      prompt: e1?.prompt,
      explanation: e1?.explanation,
    });
    expect(report.mostMissed[0]?.explanation).toEqual(expect.any(String));
    // X1 is not in this computer's content: named by id, without text.
    expect(itemRow(report, X1.id)).toMatchObject({ skill: 'compare', prompt: null, explanation: null });
  });

  it('shows only the group asked for, with the skills its sessions asked', async () => {
    const report = await classReport({ group: '7A' });
    expect(report.filter).toEqual({ group: '7A' });
    expect(report.groups).toEqual(['7A', '7B']);
    expect(report.students.map((entry) => entry.student.name)).toEqual(['Ana', 'Ben']);
    expect(report.perSkill.map((skill) => skill.skill)).toEqual(['evidence', 'clutter']);
    // E1 in s1, s2 (right) and s3, s5 (wrong); Cleo's right answer is not counted.
    expect(itemRow(report, items.E1.id)).toMatchObject({ answers: 4, shareCorrect: 0.5, missed: 2 });
    expect(itemRow(report, items.X1.id)).toBeUndefined();
  });

  it('counts sessions started from `from` up to, not including, `to`', async () => {
    const report = await classReport({ from: day(3, 0), to: day(4, 0) });
    expect(report.students.map((entry) => [entry.student.name, entry.sessions])).toEqual([
      ['Ana', 0],
      ['Ben', 1],
      ['Cleo', 1],
      ['Dan', 0],
    ]);
    // s3 (Ben E1 0) and s4 (Cleo E1 1); s6 of the same day belongs to nobody.
    expect(itemRow(report, items.E1.id)).toMatchObject({ answers: 2, shareCorrect: 0.5 });

    const onlyBen = await classReport({ from: day(3, 10, 0), to: day(3, 11, 0) });
    expect(onlyBen.students.filter((entry) => entry.sessions > 0).map((entry) => entry.student.name)).toEqual(['Ben']);
    expect(onlyBen.items.map((stat) => stat.itemId).sort()).toEqual([items.C1.id, items.E1.id].sort());
  });

  it('is empty but well formed for a group with no sessions', async () => {
    const report = await classReport({ group: '9Z' });
    expect(report).toMatchObject({ students: [], perSkill: [], items: [], mostMissed: [] });
  });
});

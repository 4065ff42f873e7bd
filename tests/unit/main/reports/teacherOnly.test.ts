import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../src/shared/result.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { handClock } from '../teacher/support/teacherGateFor.ts';
import { day, seedClassroom, students } from './support/classroom.ts';
import { openReports } from './support/reportDeps.ts';

// Students cannot see each other's results: every report but a student's own progress needs a live teacher token.

const tempDir = useTempDir('crossread-teacher-only-');

const codeOf = (result: Result<unknown>) => (result.ok ? 'opened' : result.error.code);

describe('the teacher reports', () => {
  it('are closed without a token, after the teacher locks, and after 30 idle minutes', async () => {
    const clock = handClock(day(20));
    const { reports, teacher, token } = await openReports(await tempDir(), clock, seedClassroom);
    const everyReport = (withToken: string) => [
      reports.classReport({ token: withToken }),
      reports.studentReport({ token: withToken, studentId: students.ben.id }),
      reports.exportCsv({ token: withToken, table: 'answers' }),
      reports.exportCsv({ token: withToken, table: 'summary' }),
    ];

    expect((await Promise.all(everyReport(token))).map(codeOf)).toEqual(Array(4).fill('opened'));
    expect((await Promise.all(everyReport('x'.repeat(43)))).map(codeOf)).toEqual(Array(4).fill('TEACHER_LOCKED'));

    clock.advance(30 * 60_000);
    expect((await Promise.all(everyReport(token))).map(codeOf)).toEqual(Array(4).fill('TEACHER_LOCKED'));

    const again = await teacher.unlock('2468');
    if (!again.ok) throw new Error(again.error.message);
    teacher.lock(again.value.token);
    expect((await Promise.all(everyReport(again.value.token))).map(codeOf)).toEqual(Array(4).fill('TEACHER_LOCKED'));

    // A student's own history needs no token.
    expect(codeOf(await reports.studentProgress({ studentId: students.ben.id }))).toBe('opened');
  });
});

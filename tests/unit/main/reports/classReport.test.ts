import { describe, expect, it } from 'vitest';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import type { Handlers } from '../../../../src/main/api.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Student, TeacherSession } from '../../../../src/shared/people.ts';
import type { ClassReport, StudentReport } from '../../../../src/shared/reports.ts';
import type { ItemResponse, SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callFails, callOk, handClock, seedHandlers, seedItems } from '../quiz/support/seedItems.ts';

// Reports on answers whose scores are known without the engine: the key itself scores 1, and on a single-choice
// item any other option scores 0. Two students in two groups, on two days; the figures are worked out by hand.

const day = 24 * 60 * 60 * 1000;

function wrongOption(item: Item): ItemResponse {
  if (item.format !== 'single_choice') throw new Error('only single-choice items have a plain wrong answer');
  const other = item.options.find((option) => option.id !== item.key);
  if (!other) throw new Error(`${item.id} has one option`);
  return { optionId: other.id };
}

async function takeTest(
  handlers: Handlers,
  student: Student,
  items: readonly Item[],
  right: (at: number) => boolean,
): Promise<string> {
  const view = await callOk<SessionView>(handlers, 'startSession', {
    mode: 'test',
    setIds: [seedSetId],
    skills: [...new Set(items.map((item) => item.skill))],
    count: items.length,
    itemIds: items.map((item) => item.id),
    studentId: student.id,
  });
  for (const shown of view.items) {
    const at = items.findIndex((item) => item.id === shown.id);
    const item = items[at]!;
    const response = right(at) ? keyAsResponse(item) : wrongOption(item);
    await callOk(handlers, 'submitAnswer', { sessionId: view.sessionId, itemId: item.id, response });
  }
  await callOk(handlers, 'finishSession', { sessionId: view.sessionId });
  return view.sessionId;
}

async function classroom() {
  const clock = handClock(Date.UTC(2026, 10, 2, 9, 0, 0));
  const handlers = seedHandlers(clock);
  const singles = (await seedItems()).filter((item) => item.format === 'single_choice').slice(0, 4);
  if (singles.length < 4) throw new Error('the seed set needs four single-choice items for this test');
  const ana = await callOk<Student>(handlers, 'createStudent', { name: 'Ana', group: '7A' });
  const ben = await callOk<Student>(handlers, 'createStudent', { name: 'Ben', group: '7B' });
  // Day 1: Ana gets all four right; Ben gets the first two right and the last two wrong.
  await takeTest(handlers, ana, singles, () => true);
  await takeTest(handlers, ben, singles, (at) => at < 2);
  clock.advance(day);
  // Day 2: Ben again, all four wrong.
  await takeTest(handlers, ben, singles, () => false);
  const { token } = await callOk<TeacherSession>(handlers, 'setTeacherPin', { pin: '1357' });
  return { handlers, token, singles, ana, ben, day2: Date.UTC(2026, 10, 3, 0, 0, 0) };
}

describe('the class report', () => {
  it('gives each student and skill the share of points, and each item its share of right answers', async () => {
    const { handlers, token, singles, ana, ben } = await classroom();
    const report = await callOk<ClassReport>(handlers, 'classReport', { token });

    const rowOf = (student: Student) => report.students.find((row) => row.student.id === student.id);
    expect(rowOf(ana)?.sessions).toBe(1);
    expect(rowOf(ana)?.total.accuracy).toBe(1);
    expect(rowOf(ben)?.sessions).toBe(2);
    expect(rowOf(ben)?.total.score).toBe(2); // 2 of 4, then 0 of 4
    expect(rowOf(ben)?.total.accuracy).toBe(2 / 8);

    // Items 1 and 2 were answered right 2 times in 3; items 3 and 4 once in 3.
    const statOf = (item: Item) => report.items.find((stat) => stat.itemId === item.id);
    for (const [at, item] of singles.entries()) {
      expect(statOf(item)?.answers).toBe(3);
      expect(statOf(item)?.shareCorrect).toBeCloseTo(at < 2 ? 2 / 3 : 1 / 3, 10);
      expect(statOf(item)?.missed).toBe(at < 2 ? 1 : 2);
      expect(statOf(item)?.explanation).toBe(item.explanation);
    }
    // Hardest first, and the most missed lead the most-missed list.
    expect(
      report.items
        .slice(0, 2)
        .map((stat) => stat.itemId)
        .sort(),
    ).toEqual([singles[2]!.id, singles[3]!.id].sort());
    expect(report.mostMissed.slice(0, 2).map((stat) => stat.missed)).toEqual([2, 2]);
    expect(report.groups).toEqual(['7A', '7B']);
  });

  it('keeps hits and false alarms apart: a wrong answer on a clean item is a false alarm, not a miss', async () => {
    const { handlers, token, singles, ben } = await classroom();
    const report = await callOk<ClassReport>(handlers, 'classReport', { token, group: '7B' });
    const ben7b = report.students.find((row) => row.student.id === ben.id);
    // Ben answered items 3 and 4 wrong on day 1 and all four on day 2: each wrong answer to a clean item flags
    // what is fine (a false alarm), each wrong answer to a flawed one lets the flaw through (a miss).
    const wrongAnswers = [...singles.slice(2), ...singles];
    expect(ben7b?.total.falseAlarms).toBe(wrongAnswers.filter((item) => item.clean).length);
    expect(ben7b?.total.misses).toBe(wrongAnswers.filter((item) => !item.clean).length);
    const rightAnswers = singles.slice(0, 2);
    expect(ben7b?.total.hits).toBe(rightAnswers.filter((item) => !item.clean).length);
    expect(ben7b?.total.correctRejections).toBe(rightAnswers.filter((item) => item.clean).length);
  });

  it('filters by group and by date, in the report and in the student report', async () => {
    const { handlers, token, ana, ben, day2 } = await classroom();
    const only7a = await callOk<ClassReport>(handlers, 'classReport', { token, group: '7A' });
    expect(only7a.students.map((row) => row.student.id)).toEqual([ana.id]);

    const secondDay = await callOk<ClassReport>(handlers, 'classReport', { token, from: day2 });
    const benOnDay2 = secondDay.students.find((row) => row.student.id === ben.id);
    expect(benOnDay2?.sessions).toBe(1);
    expect(benOnDay2?.total.score).toBe(0);

    const firstDay = await callOk<StudentReport>(handlers, 'studentReport', { token, studentId: ben.id, to: day2 });
    expect(firstDay.sessions).toHaveLength(1);
    expect(firstDay.total.score).toBe(2);
    expect(firstDay.missed).toHaveLength(2);
  });

  it('is closed to anyone without the teacher token, while a student still sees their own progress', async () => {
    const { handlers, ben } = await classroom();
    expect((await callFails(handlers, 'classReport', { token: 'n'.repeat(32) })).code).toBe('TEACHER_LOCKED');
    expect((await callFails(handlers, 'exportCsv', { token: 'n'.repeat(32), table: 'answers' })).code).toBe(
      'TEACHER_LOCKED',
    );
    const own = await callOk<StudentReport>(handlers, 'studentProgress', { studentId: ben.id });
    expect(own.sessions).toHaveLength(2);
    expect(own.student.name).toBe('Ben');
  });
});

import { describe, expect, it } from 'vitest';
import type { Assignment, GrowthReport } from '../../../../src/shared/assignments.ts';
import type { Item, Skill } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  createAssignment,
  seedItem,
  openComputer,
  startAssignment,
  takeSession,
  type Computer,
} from './support/assignmentComputer.ts';

// A class takes a pre-test and its post-test through the real calls, answering with the keys from the items file
// (right) or answers that score 0 (wrong). Every expected figure is counted from the answers given here.

const tempDir = useTempDir('crossread-growth-');
const skills: Skill[] = ['compare', 'evidence'];
type Rule = (item: Item) => boolean;

/** Accuracy per skill and in total that answering `session` by `rule` gives: the share of its items answered right. */
function accuracyOf(session: SessionView, rule: Rule): { total: number; perSkill: Record<Skill, number> } {
  const items = session.items.map((shown) => seedItem(shown.id));
  const share = (list: Item[]): number => list.filter(rule).length / list.length;
  const perSkill = Object.fromEntries(
    skills.map((skill) => [skill, share(items.filter((item) => item.skill === skill))]),
  ) as Record<Skill, number>;
  return { total: share(items), perSkill };
}

async function take(computer: Computer, assignment: Assignment, student: Student, rule: Rule) {
  const session = await startAssignment(computer, assignment.id, student);
  await takeSession(computer, session, rule);
  computer.clock.advance(60_000);
  return accuracyOf(session, rule);
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('growthReport', () => {
  it('shows each student’s growth and the class means over the students who took both forms', async () => {
    const computer = await openComputer(await tempDir());
    const pre = await createAssignment(computer, { skills, count: 6, name: 'Sources: before' }, true);
    const post = await callOk<Assignment>(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: pre.id,
      name: 'Sources: after',
    });
    const dan = await addStudent(computer, 'Dan', 'B');
    const ana = await addStudent(computer, 'Ana', 'A');
    const cara = await addStudent(computer, 'Cara', 'B');
    const ben = await addStudent(computer, 'Ben', 'A');
    const eve = await addStudent(computer, 'Eve', 'A');

    const compareOnly: Rule = (item) => item.skill === 'compare';
    const evidenceOnly: Rule = (item) => item.skill === 'evidence';
    const all: Rule = () => true;
    const none: Rule = () => false;

    const anaPre = await take(computer, pre, ana, compareOnly);
    const anaPost = await take(computer, post, ana, all);
    const caraPre = await take(computer, pre, cara, none);
    const caraPost = await take(computer, post, cara, evidenceOnly);
    // Dan's pre-test is handed in once: trying again is refused, and his one attempt counts.
    const danPre = await take(computer, pre, dan, evidenceOnly);
    const retake = await callFails(computer.handlers, 'startAssignment', { assignmentId: pre.id, studentId: dan.id });
    expect(retake.code).toBe('ALREADY_TAKEN');
    const danPost = await take(computer, post, dan, compareOnly);
    // Ben takes only the pre-test; Eve starts the post-test and does not finish it.
    const bens = await startAssignment(computer, pre.id, ben);
    // Right on the first item he is asked only.
    const onlyTheFirst: Rule = (item) => item.id === bens.items[0]?.id;
    await takeSession(computer, bens, onlyTheFirst);
    const benPre = accuracyOf(bens, onlyTheFirst);
    await startAssignment(computer, post.id, eve);

    const report = await callOk<GrowthReport>(computer.handlers, 'growthReport', {
      token: computer.token,
      postId: post.id,
    });
    expect(report.pre).toEqual({ id: pre.id, name: 'Sources: before' });
    expect(report.post).toEqual({ id: post.id, name: 'Sources: after' });
    expect(report.students.map((student) => student.name)).toEqual(['Ana', 'Ben', 'Cara', 'Dan']);

    const growthOf = (before: number, after: number) => ({ pre: before, post: after, growth: after - before });
    const pairs = [
      [ana, anaPre, anaPost],
      [cara, caraPre, caraPost],
      [dan, danPre, danPost],
    ] as const;
    for (const [student, before, after] of pairs) {
      const line = report.students.find((entry) => entry.studentId === student.id);
      expect(line?.total).toEqual(growthOf(before.total, after.total));
      expect(line?.perSkill).toEqual(
        skills.map((skill) => ({ skill, ...growthOf(before.perSkill[skill], after.perSkill[skill]) })),
      );
      expect(line?.group).toBe(student.group);
    }
    // Ana: every compare item right before, everything right after.
    expect(report.students[0]?.perSkill).toEqual([
      { skill: 'compare', pre: 1, post: 1, growth: 0 },
      { skill: 'evidence', pre: 0, post: 1, growth: 1 },
    ]);
    const benLine = report.students.find((entry) => entry.studentId === ben.id);
    expect(benLine?.total).toEqual({ pre: benPre.total, post: null, growth: null });
    expect(benPre.total).toBeCloseTo(1 / pre.itemIds.length);

    expect(report.takenBoth).toBe(3);
    const classPre = mean(pairs.map(([, before]) => before.total));
    const classPost = mean(pairs.map(([, , after]) => after.total));
    expect(report.total.pre).toBeCloseTo(classPre);
    expect(report.total.post).toBeCloseTo(classPost);
    expect(report.total.growth).toBeCloseTo(classPost - classPre);
    for (const skill of skills) {
      const line = report.perSkill.find((entry) => entry.skill === skill);
      expect(line?.pre).toBeCloseTo(mean(pairs.map(([, before]) => before.perSkill[skill])));
      expect(line?.post).toBeCloseTo(mean(pairs.map(([, , after]) => after.perSkill[skill])));
    }

    // Group A: Ana took both, Ben only the pre-test.
    const groupA = await callOk<GrowthReport>(computer.handlers, 'growthReport', {
      token: computer.token,
      postId: post.id,
      group: 'A',
    });
    expect(groupA.students.map((student) => student.name)).toEqual(['Ana', 'Ben']);
    expect(groupA.takenBoth).toBe(1);
    expect(groupA.total).toEqual(growthOf(anaPre.total, anaPost.total));
  });

  it('has no class figures before anyone took both, and refuses what is not a post-test', async () => {
    const computer = await openComputer(await tempDir());
    const pre = await createAssignment(computer, { skills, count: 4 }, true);
    const post = await callOk<Assignment>(computer.handlers, 'makePostTest', {
      token: computer.token,
      preId: pre.id,
      name: 'After',
    });
    const empty = await callOk<GrowthReport>(computer.handlers, 'growthReport', {
      token: computer.token,
      postId: post.id,
    });
    expect(empty).toMatchObject({ takenBoth: 0, students: [], total: { pre: null, post: null, growth: null } });
    expect(empty.perSkill).toEqual(skills.map((skill) => ({ skill, pre: null, post: null, growth: null })));

    const notPost = await callFails(computer.handlers, 'growthReport', { token: computer.token, postId: pre.id });
    expect(notPost.code).toBe('BAD_ARGUMENT');
    const locked = await callFails(computer.handlers, 'growthReport', { token: 'x'.repeat(43), postId: post.id });
    expect(locked.code).toBe('TEACHER_LOCKED');
    const unknown = await callFails(computer.handlers, 'growthReport', {
      token: computer.token,
      postId: 'Zz0123456789abcdefghij',
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });
});

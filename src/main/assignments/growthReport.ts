import type { Assignment, GrowthFigure, GrowthReport, SkillGrowth, StudentGrowth } from '../../shared/assignments.ts';
import { skills as allSkills, type Skill } from '../../shared/items.ts';
import type { Student } from '../../shared/people.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { SessionState } from '../quiz/sessionState.ts';

// Growth from a pre-test to its post-test. Each student's accuracy comes from their latest finished session of each
// form, figured like the session results (summarise: every item counts, an unanswered one as 0). The class figures
// are means over the students who took both forms only: a student who missed the post-test would otherwise pull
// the pre-test mean without a post-test to compare it with.

export interface GrowthInput {
  pre: Assignment;
  post: Assignment;
  /** The students the report covers, sorted by name. */
  students: readonly Student[];
  /** Finished sessions of each form, oldest first. */
  preSessions: readonly SessionState[];
  postSessions: readonly SessionState[];
}

interface Accuracies {
  total: number;
  perSkill: Map<Skill, number>;
}

export function buildGrowthReport(input: GrowthInput): GrowthReport {
  const skills = allSkills.filter((skill) => input.pre.skills.includes(skill) || input.post.skills.includes(skill));
  const pre = latestByStudent(input.preSessions);
  const post = latestByStudent(input.postSessions);
  const students: StudentGrowth[] = [];
  const both: { pre: Accuracies; post: Accuracies }[] = [];
  for (const student of input.students) {
    const preSession = pre.get(student.id);
    const postSession = post.get(student.id);
    if (!preSession && !postSession) continue;
    const before = preSession && accuracies(preSession, skills);
    const after = postSession && accuracies(postSession, skills);
    if (before && after) both.push({ pre: before, post: after });
    students.push({
      studentId: student.id,
      name: student.name,
      ...(student.group === undefined ? {} : { group: student.group }),
      total: figure(before?.total ?? null, after?.total ?? null),
      perSkill: skills.map((skill) =>
        skillFigure(skill, before?.perSkill.get(skill) ?? null, after?.perSkill.get(skill) ?? null),
      ),
    });
  }
  return {
    pre: { id: input.pre.id, name: input.pre.name },
    post: { id: input.post.id, name: input.post.name },
    takenBoth: both.length,
    total: classFigure(both.map((pair) => [pair.pre.total, pair.post.total])),
    perSkill: skills.map((skill) => ({
      skill,
      ...classFigure(
        both.flatMap((pair) => {
          const before = pair.pre.perSkill.get(skill);
          const after = pair.post.perSkill.get(skill);
          return before === undefined || after === undefined ? [] : [[before, after] as const];
        }),
      ),
    })),
    students,
  };
}

/** Each student's latest finished session (by finish time; the later one in the list on a tie). */
function latestByStudent(sessions: readonly SessionState[]): Map<string, SessionState> {
  const latest = new Map<string, SessionState>();
  for (const session of sessions) {
    if (session.studentId === undefined || session.finishedAt === undefined) continue;
    const kept = latest.get(session.studentId);
    if (!kept || (kept.finishedAt ?? 0) <= session.finishedAt) latest.set(session.studentId, session);
  }
  return latest;
}

/** Accuracy in total and per skill; a skill the session did not ask has no accuracy (not 0). */
function accuracies(session: SessionState, skills: readonly Skill[]): Accuracies {
  const answers = new Map(session.answers.map((answer) => [answer.itemId, answer]));
  // A finished session counts every item it asked; one left unanswered scores 0 and adds no decisions.
  const counted = session.items.map((item) => {
    const answer = answers.get(item.id);
    return { skill: item.skill, score: answer?.score ?? 0, tally: answer?.tally ?? null };
  });
  const perSkill = new Map<Skill, number>();
  for (const skill of skills) {
    const ofSkill = counted.filter((item) => item.skill === skill);
    if (ofSkill.length > 0) perSkill.set(skill, summarise(ofSkill).accuracy);
  }
  return { total: summarise(counted).accuracy, perSkill };
}

function figure(pre: number | null, post: number | null): GrowthFigure {
  return { pre, post, growth: pre === null || post === null ? null : post - pre };
}

function skillFigure(skill: Skill, pre: number | null, post: number | null): SkillGrowth {
  return { skill, ...figure(pre, post) };
}

/** Means of the pre and post accuracies of the pairs given; growth is their difference (the mean of the growths). */
function classFigure(pairs: readonly (readonly [number, number])[]): GrowthFigure {
  if (pairs.length === 0) return figure(null, null);
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  return figure(mean(pairs.map(([pre]) => pre)), mean(pairs.map(([, post]) => post)));
}

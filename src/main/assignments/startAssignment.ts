import type { DatabaseSync } from 'node:sqlite';
import type { Assignment, StartAssignmentArgs } from '../../shared/assignments.ts';
import type { SessionView } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { QuizEngine } from '../quiz/quizEngine.ts';
import { loadSessions } from '../store/sessionRows.ts';
import type { AssignmentStore } from './assignmentStore.ts';
import type { RetakeAllowances } from './retakeAllowances.ts';
import { studentOrderSeed } from './studentOrderSeed.ts';

/**
 * A student's session of an assignment. A student who already has one open (the app was closed, the classroom
 * computer restarted) gets that one back, so nobody holds two attempts at once. A test is handed in once: a pre-test
 * or a class test taken again until the score suits would say nothing about the class. A practice assignment can
 * be taken again after a finished attempt (reports use the latest finished), and so can a test the teacher allowed once
 * more (retakeAllowances.ts). Every attempt asks the assignment's items, in the student's own order
 * (studentOrderSeed.ts), with the assignment's feedback timing and time limit.
 */
export async function startAssignment(
  db: DatabaseSync,
  store: AssignmentStore,
  retakes: RetakeAllowances,
  quiz: QuizEngine,
  args: StartAssignmentArgs,
): Promise<Result<SessionView>> {
  const found = store.find(args.assignmentId);
  if (!found.ok) return found;
  const assignment = found.value;
  if (!assignment) {
    return fail(
      'NOT_FOUND',
      `There is no assignment ${args.assignmentId} on this computer; import the assignment file from the teacher first.`,
    );
  }
  const open = openSession(db, assignment.id, args.studentId);
  if (!open.ok) return open;
  if (open.value !== undefined) return quiz.getSession({ sessionId: open.value });
  const retake = mayStart(db, retakes, assignment, args.studentId);
  if (!retake.ok) return retake;
  const started = await quiz.startSession(
    {
      mode: assignment.mode,
      setIds: assignment.setIds,
      skills: assignment.skills,
      count: assignment.itemIds.length,
      seed: studentOrderSeed(assignment.seed, args.studentId),
      studentId: args.studentId,
      itemIds: assignment.itemIds,
    },
    {
      id: assignment.id,
      feedback: assignment.feedback,
      ...(assignment.timeLimitMinutes === undefined ? {} : { timeLimitMs: assignment.timeLimitMinutes * 60_000 }),
    },
  );
  // An allowance is used up only by an attempt that started.
  if (!started.ok && retake.value === 'allowed again') retakes.allow(assignment.id, args.studentId);
  return started;
}

/**
 * Whether a new attempt may start: always for practice and for a test not handed in yet; for a handed-in test only
 * with the teacher's allowance, which this uses up.
 */
function mayStart(
  db: DatabaseSync,
  retakes: RetakeAllowances,
  assignment: Assignment,
  studentId: string,
): Result<'first or practice' | 'allowed again'> {
  if (assignment.mode !== 'test') return ok('first or practice');
  const handedIn = finishedSessions(db, assignment.id, studentId);
  if (!handedIn.ok) return handedIn;
  if (handedIn.value === 0) return ok('first or practice');
  const allowed = retakes.take(assignment.id, studentId);
  if (!allowed.ok) return allowed;
  if (allowed.value) return ok('allowed again');
  return fail(
    'ALREADY_TAKEN',
    `“${assignment.name}” has already been handed in under this name, and a test is taken once. If this is not ` +
      'you, choose your own name; if you need another try, ask your teacher.',
  );
}

/** The id of the student's latest unfinished session of the assignment, if there is one. */
function openSession(db: DatabaseSync, assignmentId: string, studentId: string): Result<string | undefined> {
  return readingSessions(() => loadSessions(db, { assignmentId, studentId, finished: false }).at(-1)?.id);
}

/** How many sessions of the assignment the student has finished. */
export function finishedSessions(db: DatabaseSync, assignmentId: string, studentId: string): Result<number> {
  return readingSessions(() => loadSessions(db, { assignmentId, studentId, finished: true }).length);
}

export function readingSessions<T>(read: () => T): Result<T> {
  try {
    return ok(read());
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(
      'STORAGE_FAILED',
      `The student's sessions could not be read (${reason}); try again, or restart Crossread.`,
    );
  }
}

import type { DatabaseSync } from 'node:sqlite';
import type { StartAssignmentArgs } from '../../shared/assignments.ts';
import type { SessionView } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { QuizEngine } from '../quiz/quizEngine.ts';
import { loadSessions } from '../store/sessionRows.ts';
import type { AssignmentStore } from './assignmentStore.ts';
import { studentOrderSeed } from './studentOrderSeed.ts';

/**
 * A student's session of an assignment. A student who already has one open (the app was closed, the classroom
 * computer restarted) gets that one back, so nobody holds two attempts at once; after a finished one, a new attempt
 * starts (reports use the latest finished). Every attempt asks the assignment's items, in the student's own order
 * (studentOrderSeed.ts), with the assignment's feedback timing and time limit.
 */
export async function startAssignment(
  db: DatabaseSync,
  store: AssignmentStore,
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
  return quiz.startSession(
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
}

/** The id of the student's latest unfinished session of the assignment, if there is one. */
function openSession(db: DatabaseSync, assignmentId: string, studentId: string): Result<string | undefined> {
  try {
    const open = loadSessions(db, { assignmentId, studentId, finished: false });
    return ok(open.at(-1)?.id);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(
      'STORAGE_FAILED',
      `The student's sessions could not be read (${reason}); try again, or restart Crossread.`,
    );
  }
}

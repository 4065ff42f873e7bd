import type { DatabaseSync } from 'node:sqlite';
import type { AllowRetakeArgs } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { findStudent } from '../people/studentStore.ts';
import { findAssignment, type AssignmentStore } from './assignmentStore.ts';
import type { RetakeAllowances } from './retakeAllowances.ts';
import { finishedSessions } from './startAssignment.ts';

/**
 * Lets a student take a handed-in test once more. Only for a test (practice can always be taken again) and a
 * student who has handed it in; the next attempt uses the allowance up, and reports then count that attempt.
 */
export function allowRetake(
  db: DatabaseSync,
  store: AssignmentStore,
  retakes: RetakeAllowances,
  args: AllowRetakeArgs,
): Result<Record<string, never>> {
  const assignment = findAssignment(store, args.assignmentId);
  if (!assignment.ok) return assignment;
  if (assignment.value.mode !== 'test') {
    return fail('BAD_ARGUMENT', `“${assignment.value.name}” is practice: students can take it again already.`);
  }
  const handedIn = finishedSessions(db, args.assignmentId, args.studentId);
  if (!handedIn.ok) return handedIn;
  const student = findStudent(db, args.studentId);
  if (!student) return fail('UNKNOWN_STUDENT', `There is no student ${args.studentId} on this computer.`);
  if (handedIn.value === 0) {
    return fail(
      'BAD_ARGUMENT',
      `${student.name} has not handed in “${assignment.value.name}” yet, so there is nothing to take again.`,
    );
  }
  const allowed = retakes.allow(args.assignmentId, args.studentId);
  return allowed.ok ? ok({}) : allowed;
}

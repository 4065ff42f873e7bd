import type { DatabaseSync } from 'node:sqlite';
import type { HandIn, HandIns } from '../../shared/assignments.ts';
import { ok, type Result } from '../../shared/result.ts';
import { findAssignment, type AssignmentStore } from './assignmentStore.ts';
import type { RetakeAllowances } from './retakeAllowances.ts';
import { readingSessions } from './startAssignment.ts';
import { loadSessions } from '../store/sessionRows.ts';

/**
 * The students who have handed the assignment in, latest hand-in first: what the teacher picks from when letting
 * someone take a test once more, so nobody has to guess who has finished.
 */
export function listHandIns(
  db: DatabaseSync,
  store: AssignmentStore,
  retakes: RetakeAllowances,
  assignmentId: string,
): Result<HandIns> {
  const assignment = findAssignment(store, assignmentId);
  if (!assignment.ok) return assignment;
  const finished = readingSessions(() => loadSessions(db, { assignmentId, finished: true }));
  if (!finished.ok) return finished;
  const waiting = retakes.waiting(assignmentId);
  if (!waiting.ok) return waiting;
  const byStudent = new Map<string, HandIn>();
  for (const session of finished.value) {
    if (session.studentId === undefined || session.finishedAt === undefined) continue;
    const before = byStudent.get(session.studentId);
    byStudent.set(session.studentId, {
      studentId: session.studentId,
      attempts: (before?.attempts ?? 0) + 1,
      lastFinishedAt: Math.max(before?.lastFinishedAt ?? 0, session.finishedAt),
      mayTakeAgain: waiting.value.has(session.studentId),
    });
  }
  return ok({ handIns: [...byStudent.values()].sort((a, b) => b.lastFinishedAt - a.lastFinishedAt) });
}

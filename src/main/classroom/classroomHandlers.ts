import type { ClassroomStatus } from '../../shared/classroom.ts';
import { ok, type Result } from '../../shared/result.ts';
import { createAssignmentStore, findAssignment } from '../assignments/assignmentStore.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { createClassroomLock } from './classroomLock.ts';

/**
 * Locking this computer to one assignment (teacher token), and lifting the lock with the teacher's PIN, which
 * counts against the same limit on wrong tries as the teacher area. Unlocking opens nothing else: the teacher area
 * still asks for the PIN.
 */
export function createClassroomHandlers(
  deps: MainDeps,
): HandlersFor<'classroomStatus' | 'lockClassroom' | 'unlockClassroom'> {
  const db = usableDatabase(deps);
  if (!db.ok) {
    // No results database: nothing could be stored, so nothing can be locked either.
    const refused = async () => db;
    return { classroomStatus: async () => ok({ locked: false }), lockClassroom: refused, unlockClassroom: refused };
  }
  const lock = createClassroomLock(db.value);
  const assignments = createAssignmentStore(db.value);
  const status = (): Result<ClassroomStatus> => {
    const stored = lock.read();
    if (!stored.ok) return stored;
    if (stored.value === undefined) return ok({ locked: false });
    const assignment = findAssignment(assignments, stored.value.assignmentId);
    if (!assignment.ok) return assignment;
    return ok({
      locked: true,
      assignment: assignment.value,
      ...(stored.value.group === undefined ? {} : { group: stored.value.group }),
      lockedAt: stored.value.lockedAt,
    });
  };
  return {
    classroomStatus: async () => status(),
    lockClassroom: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const assignment = findAssignment(assignments, args.assignmentId);
      if (!assignment.ok) return assignment;
      const written = lock.write({
        assignmentId: args.assignmentId,
        ...(args.group === undefined ? {} : { group: args.group }),
        lockedAt: deps.clock.now(),
      });
      return written.ok ? status() : written;
    },
    unlockClassroom: async (args) => {
      const unlocked = await deps.teacher.unlock(args.pin);
      if (!unlocked.ok) return unlocked;
      deps.teacher.lock(unlocked.value.token);
      const cleared = lock.clear();
      return cleared.ok ? ok({ locked: false }) : cleared;
    },
  };
}

import { ok } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { usableDatabase } from '../store/storageRefused.ts';

// The teacher area's calls. The PIN lives in the results database, so without it (storage refused) the teacher
// area cannot open: the reason given is the one the app showed at start.

export function createTeacherHandlers(
  deps: MainDeps,
): HandlersFor<'teacherStatus' | 'setTeacherPin' | 'unlockTeacher' | 'lockTeacher'> {
  return {
    teacherStatus: async () => {
      const db = usableDatabase(deps);
      return db.ok ? deps.teacher.status() : db;
    },
    setTeacherPin: async (args) => {
      const db = usableDatabase(deps);
      return db.ok ? deps.teacher.setPin(args) : db;
    },
    unlockTeacher: async (args) => {
      const db = usableDatabase(deps);
      return db.ok ? deps.teacher.unlock(args.pin) : db;
    },
    lockTeacher: async (args) => {
      deps.teacher.lock(args.token);
      return ok({});
    },
  };
}

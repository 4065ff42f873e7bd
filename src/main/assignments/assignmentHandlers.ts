import type { Assignment } from '../../shared/assignments.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { createQuizEngine } from '../quiz/quizEngine.ts';
import { createSqliteSessionStore } from '../store/sqliteSessionStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { allowRetake } from './allowRetake.ts';
import { listHandIns } from './listHandIns.ts';
import { assignmentFile } from './assignmentFile.ts';
import { createAssignmentStore, findAssignment } from './assignmentStore.ts';
import { classGrowth } from './classGrowth.ts';
import { createAssignment } from './createAssignment.ts';
import { deleteAssignment } from './deleteAssignment.ts';
import { importAssignment } from './importAssignment.ts';
import { makePostTest } from './makePostTest.ts';
import { createRetakeAllowances } from './retakeAllowances.ts';
import { startAssignment } from './startAssignment.ts';

type AssignmentCalls =
  | 'createAssignment'
  | 'makePostTest'
  | 'listAssignments'
  | 'exportAssignment'
  | 'importAssignment'
  | 'deleteAssignment'
  | 'allowRetake'
  | 'listHandIns'
  | 'startAssignment'
  | 'growthReport';

/**
 * The assignment calls over the results database. The teacher's calls (making, exporting, the growth report) check
 * the token first; listing, importing and starting are for any computer of the class. Sessions are started by the
 * same quiz engine the session calls use, over the same store. With storage refused every call fails with
 * STORAGE_REFUSED (usableDatabase): an assignment, or a student's attempt, that could not be kept must not be made.
 */
export function createAssignmentHandlers(deps: MainDeps): HandlersFor<AssignmentCalls> {
  const db = usableDatabase(deps);
  if (!db.ok) {
    const refused = async () => db;
    return {
      createAssignment: refused,
      makePostTest: refused,
      listAssignments: refused,
      exportAssignment: refused,
      importAssignment: refused,
      deleteAssignment: refused,
      allowRetake: refused,
      listHandIns: refused,
      startAssignment: refused,
      growthReport: refused,
    };
  }
  const store = createAssignmentStore(db.value);
  const retakes = createRetakeAllowances(db.value);
  const quiz = createQuizEngine({ bank: deps.bank, store: createSqliteSessionStore(db.value), clock: deps.clock });
  const stored = (made: Result<Assignment>): Result<Assignment> => (made.ok ? store.add(made.value) : made);
  return {
    createAssignment: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      return stored(await createAssignment(deps.bank, args, deps.clock.now()));
    },
    makePostTest: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const pre = findAssignment(store, args.preId);
      if (!pre.ok) return pre;
      return stored(await makePostTest(deps.bank, pre.value, args, deps.clock.now()));
    },
    listAssignments: async () => {
      const listed = store.list();
      return listed.ok ? ok({ assignments: listed.value }) : listed;
    },
    deleteAssignment: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      return deleteAssignment(store, args.assignmentId);
    },
    allowRetake: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      return allowRetake(db.value, store, retakes, args);
    },
    listHandIns: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      return listHandIns(db.value, store, retakes, args.assignmentId);
    },
    exportAssignment: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const found = findAssignment(store, args.assignmentId);
      return found.ok ? ok(assignmentFile(found.value)) : found;
    },
    importAssignment: (args) => importAssignment(deps.bank, store, args, deps.clock.now()),
    startAssignment: (args) => startAssignment(db.value, store, retakes, quiz, args),
    growthReport: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      return classGrowth(db.value, store, args);
    },
  };
}

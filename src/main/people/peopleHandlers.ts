import { randomUUID } from 'node:crypto';
import type { CreateStudentArgs, Student } from '../../shared/people.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { storageFailed } from '../store/storageFailed.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { insertStudent, listStudents } from './studentStore.ts';

// Who is practising. appStatus answers even when storage is refused: it is how the app learns that it is.

export function createPeopleHandlers(deps: MainDeps): HandlersFor<'appStatus' | 'listStudents' | 'createStudent'> {
  return {
    appStatus: async () => ok({ storage: deps.storage }),
    listStudents: async () => {
      const db = usableDatabase(deps);
      return db.ok ? ok({ students: listStudents(db.value) }) : db;
    },
    createStudent: async (args) => createStudent(deps, args),
  };
}

/** A new profile with a stable id: results, reports and results files refer to the id, never to the name. */
function createStudent(deps: MainDeps, args: CreateStudentArgs): Result<Student> {
  const db = usableDatabase(deps);
  if (!db.ok) return db;
  const group = args.group?.trim();
  const student: Student = {
    id: randomUUID(),
    name: args.name.trim(),
    ...(group ? { group } : {}),
    createdAt: deps.clock.now(),
  };
  try {
    insertStudent(db.value, student);
  } catch (cause) {
    return storageFailed(`The profile of ${student.name} could not be saved`, cause);
  }
  return ok(student);
}

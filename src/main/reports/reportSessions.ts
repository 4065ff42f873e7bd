import type { DatabaseSync } from 'node:sqlite';
import type { Student } from '../../shared/people.ts';
import type { ReportFilter } from '../../shared/reports.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { createAssignmentStore } from '../assignments/assignmentStore.ts';
import { findStudent, listGroups, listStudents } from '../people/studentStore.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { loadSessions } from '../store/sessionRows.ts';

// What a report is built from, read in a few queries whatever the number of sessions (loadSessions: one for the
// sessions, one for their answers), with the group, date and assignment filter applied by SQLite. Sessions without a student
// (practised before profiles existed) belong to nobody and are in no report.

export interface ClassSessions {
  /** The students the report covers (the group's, or everyone), sorted by name. */
  students: Student[];
  /** Every group on this computer, for the filter. */
  groups: string[];
  /** Every assignment on this computer, newest first, for the filter. */
  assignments: { id: string; name: string; preId?: string }[];
  /** Their sessions in the filter's dates, oldest first. */
  sessions: SessionState[];
}

export interface StudentSessions {
  student: Student;
  sessions: SessionState[];
}

export function readClassSessions(db: DatabaseSync, filter: ReportFilter): Result<ClassSessions> {
  return reading(() => {
    // A class has tens of students: read them all and keep the group's; the sessions are filtered in SQL.
    const students = listStudents(db).filter((student) => filter.group === undefined || student.group === filter.group);
    const ids = new Set(students.map((student) => student.id));
    const sessions = loadSessions(db, filter).filter(
      (session) => session.studentId !== undefined && ids.has(session.studentId),
    );
    const assignments = createAssignmentStore(db).list();
    if (!assignments.ok) return assignments;
    const named = assignments.value.map(({ id, name, form }) => ({
      id,
      name,
      ...(form?.role === 'post' ? { preId: form.preId } : {}),
    }));
    return ok({ students, groups: listGroups(db), assignments: named, sessions });
  });
}

export function readStudentSessions(
  db: DatabaseSync,
  studentId: string,
  range: Pick<ReportFilter, 'from' | 'to'>,
): Result<StudentSessions> {
  return reading(() => {
    const student = findStudent(db, studentId);
    if (!student) {
      return fail(
        'UNKNOWN_STUDENT',
        `There is no student with id ${studentId} on this computer. Pick a name from the list of students.`,
      );
    }
    return ok({ student, sessions: loadSessions(db, { studentId, ...range }) });
  });
}

function reading<T>(read: () => Result<T>): Result<T> {
  try {
    return read();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(
      'STORAGE_FAILED',
      `The results could not be read from the database (${reason}). Nothing was changed; try again, or restart Crossread.`,
    );
  }
}

import type { ReportFilter } from '../../shared/reports.ts';
import { ok } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { buildClassReport } from './classReport.ts';
import { csvExport } from './csvExport.ts';
import { loadItemTexts } from './itemTexts.ts';
import { readClassSessions, readStudentSessions } from './reportSessions.ts';
import { buildStudentReport } from './studentReport.ts';

// The report calls. Anything showing more than one student, or any student but oneself, needs a live teacher
// token (checked first, before the database is touched). studentProgress is a student's own history and needs
// none: profiles have no password, so what a student can see without the PIN is exactly their own results.

export function createReportHandlers(
  deps: MainDeps,
): HandlersFor<'classReport' | 'studentReport' | 'studentProgress' | 'exportCsv'> {
  return {
    classReport: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const db = usableDatabase(deps);
      if (!db.ok) return db;
      const filter = filterOf(args);
      const read = readClassSessions(db.value, filter);
      if (!read.ok) return read;
      const texts = await loadItemTexts(deps.bank, setIdsOf(read.value.sessions));
      return ok(buildClassReport({ ...read.value, texts, filter, generatedAt: deps.clock.now() }));
    },
    studentReport: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      // A single student's report is cut by date only: the student is named, so a group adds nothing.
      return studentReport(deps, args.studentId, filterOf({ from: args.from, to: args.to }));
    },
    studentProgress: async (args) => studentReport(deps, args.studentId, {}),
    exportCsv: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const db = usableDatabase(deps);
      if (!db.ok) return db;
      const read = readClassSessions(db.value, filterOf(args));
      if (!read.ok) return read;
      return ok(csvExport(args.table, read.value, deps.clock.now()));
    },
  };
}

async function studentReport(deps: MainDeps, studentId: string, filter: ReportFilter) {
  const db = usableDatabase(deps);
  if (!db.ok) return db;
  const read = readStudentSessions(db.value, studentId, filter);
  if (!read.ok) return read;
  const texts = await loadItemTexts(deps.bank, setIdsOf(read.value.sessions));
  return ok(buildStudentReport({ ...read.value, texts, filter, generatedAt: deps.clock.now() }));
}

/** The filter fields given, and only those, so the report echoes exactly what it was cut by. */
function filterOf(args: ReportFilter): ReportFilter {
  return {
    ...(args.group === undefined ? {} : { group: args.group }),
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
    ...(args.assignmentId === undefined ? {} : { assignmentId: args.assignmentId }),
  };
}

function setIdsOf(sessions: readonly SessionState[]): Set<string> {
  return new Set(sessions.flatMap((session) => session.setIds));
}

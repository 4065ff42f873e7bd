import type { Student } from '../../shared/people.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { countedItems } from './countedItems.ts';
import type { CsvCell } from './csvText.ts';

// The answers export: one row per student × session × item, the items each session's figures count (every item
// of a finished session, unanswered ones with an empty answered_at and score 0; the answered items of an unfinished
// one), so a spreadsheet's sums match the reports. Times are ISO 8601 in UTC.

export const answersHeader = [
  'student_id',
  'student_name',
  'group',
  'session_id',
  'mode',
  'session_started',
  'session_finished',
  'item_id',
  'skill',
  'answered_at',
  'score',
  'correct',
  'hits',
  'misses',
  'false_alarms',
  'correct_rejections',
  'response',
] as const;

/** Rows in the order of the students given, each student's sessions oldest first, items in the order asked. */
export function answersRows(students: readonly Student[], sessions: readonly SessionState[]): CsvCell[][] {
  const byStudent = new Map<string, SessionState[]>();
  for (const session of sessions) {
    if (session.studentId === undefined) continue;
    const list = byStudent.get(session.studentId);
    if (list) list.push(session);
    else byStudent.set(session.studentId, [session]);
  }
  const rows: CsvCell[][] = [];
  for (const student of students) {
    for (const session of byStudent.get(student.id) ?? []) {
      const started = isoTime(session.startedAt);
      const finished = session.finishedAt === undefined ? null : isoTime(session.finishedAt);
      for (const item of countedItems(session)) {
        rows.push([
          student.id,
          student.name,
          student.group ?? null,
          session.id,
          session.mode,
          started,
          finished,
          item.itemId,
          item.skill,
          item.answeredAt === null ? null : isoTime(item.answeredAt),
          item.score,
          item.score === 1 ? 1 : 0,
          item.tally?.hits ?? null,
          item.tally?.misses ?? null,
          item.tally?.falseAlarms ?? null,
          item.tally?.correctRejections ?? null,
          item.response === null ? null : JSON.stringify(item.response),
        ]);
      }
    }
  }
  return rows;
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

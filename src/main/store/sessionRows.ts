import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ItemResponse } from '../../shared/quiz.ts';
import type { AnswerRecord, SessionAssignment, SessionItem, SessionState } from '../quiz/sessionState.ts';

// Sessions as rows and rows as sessions: one sessions row (lists as JSON text) and one answers row per answer.
// Everything that reads sessions back goes through sessionFromRows, so the quiz, the reports and the results
// files all see the same SessionState. JSON columns are parsed without a schema: only this app writes them, after
// checking (answers are checked against their item, imports against the results-file schema), and a report over
// thousands of answers should not pay to check them again.

export interface SessionRow {
  id: string;
  student_id: string | null;
  mode: string;
  seed: number;
  set_ids: string;
  skills: string;
  requested_count: number;
  items: string;
  started_at: number;
  finished_at: number | null;
  assignment_id: string | null;
  feedback: string | null;
  time_limit_ms: number | null;
}

export interface AnswerRow {
  session_id: string;
  item_id: string;
  skill: string;
  response: string;
  answered_at: number;
  score: number;
  hits: number;
  misses: number;
  false_alarms: number;
  correct_rejections: number;
}

export const sessionColumns =
  'id, student_id, mode, seed, set_ids, skills, requested_count, items, started_at, finished_at, ' +
  'assignment_id, feedback, time_limit_ms';
export const answerColumns =
  'session_id, item_id, skill, response, answered_at, score, hits, misses, false_alarms, correct_rejections';

/** Named parameters ($id, $student_id, ...) for an INSERT of the session row; answers are rows of their own. */
export function sessionParams(state: SessionState): Record<string, SQLInputValue> {
  return {
    id: state.id,
    student_id: state.studentId ?? null,
    mode: state.mode,
    seed: state.seed,
    set_ids: JSON.stringify(state.setIds),
    skills: JSON.stringify(state.skills),
    requested_count: state.requestedCount,
    items: JSON.stringify(state.items.map(({ id, skill }) => ({ id, skill }))),
    started_at: state.startedAt,
    finished_at: state.finishedAt ?? null,
    assignment_id: state.assignment?.id ?? null,
    feedback: state.assignment?.feedback ?? null,
    time_limit_ms: state.assignment?.timeLimitMs ?? null,
  };
}

/** Named parameters ($session_id, $item_id, ...) for an INSERT of one answer row. */
export function answerParams(sessionId: string, answer: AnswerRecord): Record<string, SQLInputValue> {
  return {
    session_id: sessionId,
    item_id: answer.itemId,
    skill: answer.skill,
    response: JSON.stringify(answer.response),
    answered_at: answer.answeredAt,
    score: answer.score,
    hits: answer.tally.hits,
    misses: answer.tally.misses,
    false_alarms: answer.tally.falseAlarms,
    correct_rejections: answer.tally.correctRejections,
  };
}

/** `values ($id, $student_id, ...)` for the columns given, to write INSERTs that take the params above. */
export function namedValues(columns: string): string {
  return `(${columns
    .split(',')
    .map((column) => `$${column.trim()}`)
    .join(', ')})`;
}

/** The session of a row and its answer rows (already in the order given). */
export function sessionFromRows(row: SessionRow, answers: readonly AnswerRow[]): SessionState {
  return {
    version: 1,
    id: row.id,
    mode: row.mode as SessionState['mode'],
    seed: row.seed,
    setIds: JSON.parse(row.set_ids) as string[],
    skills: JSON.parse(row.skills) as SessionState['skills'],
    requestedCount: row.requested_count,
    ...(row.student_id === null ? {} : { studentId: row.student_id }),
    items: JSON.parse(row.items) as SessionItem[],
    answers: answers.map(answerFromRow),
    startedAt: row.started_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    ...(row.assignment_id === null ? {} : { assignment: assignmentFromRow(row, row.assignment_id) }),
  };
}

function assignmentFromRow(row: SessionRow, id: string): SessionAssignment {
  return {
    id,
    feedback: row.feedback === 'during' ? 'during' : 'end',
    ...(row.time_limit_ms === null ? {} : { timeLimitMs: row.time_limit_ms }),
  };
}

export function answerFromRow(row: AnswerRow): AnswerRecord {
  return {
    itemId: row.item_id,
    skill: row.skill as AnswerRecord['skill'],
    response: JSON.parse(row.response) as ItemResponse,
    answeredAt: row.answered_at,
    score: row.score,
    tally: {
      hits: row.hits,
      misses: row.misses,
      falseAlarms: row.false_alarms,
      correctRejections: row.correct_rejections,
    },
  };
}

export interface SessionFilter {
  /** Only this student's sessions. */
  studentId?: string;
  /** Only sessions of students in this group. */
  group?: string;
  /** Only sessions started at or after this time (ms since 1970). */
  from?: number;
  /** Only sessions started before this time. */
  to?: number;
  /** true: only finished sessions; false: only unfinished ones (to resume). */
  finished?: boolean;
  /** Only sessions taken for this assignment. */
  assignmentId?: string;
}

/**
 * The sessions that pass the filter, oldest first (by start, then id), each with its answers in the order given
 * (by answered_at, then the order they were written). Two queries whatever the count, so a class report over
 * hundreds of sessions stays fast. Sessions without a student are left out when a student or group is asked for.
 */
export function loadSessions(db: DatabaseSync, filter: SessionFilter = {}): SessionState[] {
  const { where, params } = sessionConditions(filter);
  const sessionRows = db
    .prepare(`SELECT ${sessionColumns} FROM sessions s ${where} ORDER BY s.started_at, s.id`)
    .all(params) as unknown as SessionRow[];
  if (sessionRows.length === 0) return [];
  const answerRows = db
    .prepare(
      `SELECT ${prefixed('a', answerColumns)} FROM answers a JOIN sessions s ON s.id = a.session_id ${where} ` +
        'ORDER BY a.answered_at, a.rowid',
    )
    .all(params) as unknown as AnswerRow[];
  const bySession = new Map<string, AnswerRow[]>();
  for (const answer of answerRows) {
    const list = bySession.get(answer.session_id);
    if (list) list.push(answer);
    else bySession.set(answer.session_id, [answer]);
  }
  return sessionRows.map((row) => sessionFromRows(row, bySession.get(row.id) ?? []));
}

function sessionConditions(filter: SessionFilter): { where: string; params: Record<string, SQLInputValue> } {
  const conditions: string[] = [];
  const params: Record<string, SQLInputValue> = {};
  if (filter.studentId !== undefined) {
    conditions.push('s.student_id = $studentId');
    params['studentId'] = filter.studentId;
  }
  if (filter.group !== undefined) {
    conditions.push('s.student_id IN (SELECT id FROM students WHERE group_name = $group)');
    params['group'] = filter.group;
  }
  if (filter.from !== undefined) {
    conditions.push('s.started_at >= $from');
    params['from'] = filter.from;
  }
  if (filter.to !== undefined) {
    conditions.push('s.started_at < $to');
    params['to'] = filter.to;
  }
  if (filter.assignmentId !== undefined) {
    conditions.push('s.assignment_id = $assignmentId');
    params['assignmentId'] = filter.assignmentId;
  }
  if (filter.finished !== undefined) {
    conditions.push(filter.finished ? 's.finished_at IS NOT NULL' : 's.finished_at IS NULL');
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function prefixed(alias: string, columns: string): string {
  return columns
    .split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}

import type { DatabaseSync } from 'node:sqlite';
import { fail, ok } from '../../shared/result.ts';
import type { SessionStore } from '../quiz/sessionStore.ts';
import { storageFailed } from './storageFailed.ts';
import {
  answerColumns,
  answerParams,
  namedValues,
  sessionColumns,
  sessionFromRows,
  sessionParams,
  type AnswerRow,
  type SessionRow,
} from './sessionRows.ts';

// Sessions in the results database. Every write is one statement in autocommit mode, so it is committed (and, with
// synchronous=FULL, on disk) when the call returns: an answer costs one INSERT and one commit, no more. The
// statements are prepared once, when the store is made.

export function createSqliteSessionStore(db: DatabaseSync): SessionStore {
  const selectSession = db.prepare(`SELECT ${sessionColumns} FROM sessions WHERE id = ?`);
  const selectAnswers = db.prepare(
    `SELECT ${answerColumns} FROM answers WHERE session_id = ? ORDER BY answered_at, rowid`,
  );
  const selectStudent = db.prepare('SELECT 1 AS found FROM students WHERE id = ?');
  const insertSession = db.prepare(`INSERT INTO sessions (${sessionColumns}) VALUES ${namedValues(sessionColumns)}`);
  const insertAnswer = db.prepare(`INSERT INTO answers (${answerColumns}) VALUES ${namedValues(answerColumns)}`);
  const finishSession = db.prepare('UPDATE sessions SET finished_at = ? WHERE id = ? AND finished_at IS NULL');

  return {
    get(sessionId) {
      const row = selectSession.get(sessionId) as SessionRow | undefined;
      if (!row) return undefined;
      return sessionFromRows(row, selectAnswers.all(sessionId) as unknown as AnswerRow[]);
    },

    create(state) {
      if (state.studentId !== undefined && !selectStudent.get(state.studentId)) {
        return fail(
          'UNKNOWN_STUDENT',
          `There is no student ${state.studentId} on this computer; choose a name on the home screen or add one.`,
        );
      }
      try {
        insertSession.run(sessionParams(state));
        return ok(undefined);
      } catch (cause) {
        return storageFailed(`The new session ${state.id} could not be saved`, cause);
      }
    },

    addAnswer(sessionId, answer) {
      try {
        insertAnswer.run(answerParams(sessionId, answer));
        return ok(undefined);
      } catch (cause) {
        // Another connection (a second window on the same data folder) may have answered first: the key says so.
        if (isPrimaryKeyConflict(cause)) {
          return fail(
            'ALREADY_ANSWERED',
            `Item ${answer.itemId} has already been answered in this session; each item counts once.`,
          );
        }
        return storageFailed(`The answer to item ${answer.itemId} could not be saved`, cause);
      }
    },

    finish(sessionId, finishedAt) {
      let changes: number | bigint;
      try {
        changes = finishSession.run(finishedAt, sessionId).changes;
      } catch (cause) {
        return storageFailed(`Session ${sessionId} could not be closed`, cause);
      }
      return Number(changes) === 0
        ? fail('SESSION_FINISHED', `Session ${sessionId} is finished; its answers can no longer change.`)
        : ok(undefined);
    },
  };
}

function isPrimaryKeyConflict(cause: unknown): boolean {
  // SQLITE_CONSTRAINT_PRIMARYKEY (1555): the extended code node:sqlite reports as errcode.
  return typeof cause === 'object' && cause !== null && 'errcode' in cause && cause.errcode === 1555;
}

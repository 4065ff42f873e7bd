import type { Result } from '../../shared/result.ts';
import type { AnswerRecord, SessionState } from './sessionState.ts';

// Where sessions live between calls (src/main/store/sqliteSessionStore.ts). Each write is one small change
// committed on its own: a new session, one answer, the finish. An answer is never written by rewriting the whole
// session, so a crash while one answer is written cannot touch the answers already stored.
//
// Synchronous on purpose, like node:sqlite: a call that reads a session, checks it and writes, with no await in
// between, cannot interleave with another call for the same session (a double-clicked answer is recorded once).

export interface SessionStore {
  get(sessionId: string): SessionState | undefined;
  /** Stores a new session (no answers yet); UNKNOWN_STUDENT when its student is not stored here. */
  create(state: SessionState): Result<void>;
  /** Stores one answer to an item of the session; ALREADY_ANSWERED if the item has one. */
  addAnswer(sessionId: string, answer: AnswerRecord): Result<void>;
  /** Closes the session; SESSION_FINISHED if it already was. */
  finish(sessionId: string, finishedAt: number): Result<void>;
}

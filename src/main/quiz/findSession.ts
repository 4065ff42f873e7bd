import { fail, ok, type Result } from '../../shared/result.ts';
import type { SessionState } from './sessionState.ts';
import type { SessionStore } from './sessionStore.ts';

export function findSession(store: SessionStore, sessionId: string): Result<SessionState> {
  const state = store.get(sessionId);
  return state
    ? ok(state)
    : fail('UNKNOWN_SESSION', `There is no session ${sessionId}; start a new session from the home screen.`);
}

/** A session still taking answers, or SESSION_FINISHED. */
export function findOpenSession(store: SessionStore, sessionId: string): Result<SessionState> {
  const found = findSession(store, sessionId);
  if (found.ok && found.value.finishedAt !== undefined) {
    return fail('SESSION_FINISHED', `Session ${sessionId} is finished; its answers can no longer change.`);
  }
  return found;
}

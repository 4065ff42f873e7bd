import type { SessionState } from './sessionState.ts';

// Where sessions live between calls. Synchronous on purpose: node:sqlite (the store that comes with the storage
// issue) is synchronous too, and a read-check-write with no await in between cannot interleave with another call
// for the same session (a double-clicked answer is recorded once).

export interface SessionStore {
  get(sessionId: string): SessionState | undefined;
  /** Inserts or replaces the session with this id. */
  save(state: SessionState): void;
}

/** Keeps sessions for the life of the process; states are copied in and out, as a database would. */
export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, SessionState>();
  return {
    get: (sessionId) => {
      const state = sessions.get(sessionId);
      return state && structuredClone(state);
    },
    save: (state) => {
      sessions.set(state.id, structuredClone(state));
    },
  };
}

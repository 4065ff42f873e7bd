import { fail, ok, type Result } from '../../shared/result.ts';
import type { QuizDeps } from './quizDeps.ts';
import { sessionEndsAt, type SessionState } from './sessionState.ts';

/** An answer sent in the last moments still counts: it may have left the renderer before the clock ran out. */
export const lateAnswerGraceMs = 5_000;

/**
 * The session, as it stands now. A timed session whose time has run out is closed here, at the moment its time
 * ended, by whichever call comes first: a student who closes the app cannot stop the clock, and one who comes back
 * finds their results instead of a session that can no longer be answered.
 */
export function findSession(deps: Pick<QuizDeps, 'store' | 'clock'>, sessionId: string): Result<SessionState> {
  const state = deps.store.get(sessionId);
  if (!state) {
    return fail('UNKNOWN_SESSION', `There is no session ${sessionId}; start a new session from the home screen.`);
  }
  const endsAt = sessionEndsAt(state);
  if (state.finishedAt !== undefined || endsAt === undefined || deps.clock.now() <= endsAt + lateAnswerGraceMs) {
    return ok(state);
  }
  const closed = deps.store.finish(sessionId, endsAt);
  if (!closed.ok && closed.error.code !== 'SESSION_FINISHED') return closed;
  return ok({ ...state, finishedAt: endsAt });
}

/** A session still taking answers, or SESSION_FINISHED (TIME_UP when its time limit closed it). */
export function findOpenSession(deps: Pick<QuizDeps, 'store' | 'clock'>, sessionId: string): Result<SessionState> {
  const found = findSession(deps, sessionId);
  if (!found.ok || found.value.finishedAt === undefined) return found;
  const endsAt = sessionEndsAt(found.value);
  if (endsAt !== undefined && found.value.finishedAt === endsAt) {
    return fail(
      'TIME_UP',
      `The time for this session ran out at ${new Date(endsAt).toLocaleTimeString('en-GB')}; the answers given ` +
        'before then are kept and scored.',
    );
  }
  return fail('SESSION_FINISHED', `Session ${sessionId} is finished; its answers can no longer change.`);
}

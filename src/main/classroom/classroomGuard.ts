import { fail, ok, type Result } from '../../shared/result.ts';
import type { Handlers, MainDeps } from '../mainDeps.ts';
import { createClassroomLock } from './classroomLock.ts';

// While this computer is locked to an assignment, main itself refuses every other way into a session: the
// renderer shows only the assignment, but a locked classroom must not depend on the renderer behaving.
// Teacher calls need no guard here: they need the teacher's token, and the PIN that gives it unlocks anyway.

export function guardLockedClassroom(handlers: Handlers, deps: Pick<MainDeps, 'db'>): Handlers {
  if (!deps.db) return handlers;
  const lock = createClassroomLock(deps.db);
  const lockedTo = (): Result<string | undefined> => {
    const stored = lock.read();
    return stored.ok ? ok(stored.value?.assignmentId) : stored;
  };
  const refused = (what: string) =>
    fail('CLASSROOM_LOCKED', `This computer is locked to an assignment, so ${what}. Ask your teacher to unlock it.`);
  /** Whether the session may be used now: always when unlocked, only a session of the assignment when locked. */
  const ownSession = async (sessionId: string): Promise<Result<true>> => {
    const locked = lockedTo();
    if (!locked.ok) return locked;
    if (locked.value === undefined) return ok(true as const);
    const view = await handlers.getSession({ sessionId });
    if (!view.ok) return view;
    return view.value.assignmentId === locked.value ? ok(true as const) : refused('only its own sessions can be used');
  };
  return {
    ...handlers,
    startSession: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      return locked.value === undefined ? handlers.startSession(args) : refused('no other session can be started');
    },
    startReview: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      return locked.value === undefined ? handlers.startReview(args) : refused('reviews cannot be started');
    },
    startAssignment: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      return locked.value === undefined || locked.value === args.assignmentId
        ? handlers.startAssignment(args)
        : refused('no other assignment can be started');
    },
    // Resuming, answering or finishing a session left from before the lock would be a way out of the assignment.
    getSession: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      const view = await handlers.getSession(args);
      if (!view.ok || locked.value === undefined || view.value.assignmentId === locked.value) return view;
      return refused('only its own sessions can be opened');
    },
    submitAnswer: async (args) => {
      const own = await ownSession(args.sessionId);
      return own.ok ? handlers.submitAnswer(args) : own;
    },
    finishSession: async (args) => {
      const own = await ownSession(args.sessionId);
      return own.ok ? handlers.finishSession(args) : own;
    },
    deleteAssignment: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      return locked.value === args.assignmentId
        ? refused('its assignment cannot be deleted; unlock the computer first')
        : handlers.deleteAssignment(args);
    },
    importAssignment: async (args) => {
      const locked = lockedTo();
      if (!locked.ok) return locked;
      return locked.value === undefined ? handlers.importAssignment(args) : refused('assignments cannot be imported');
    },
  };
}

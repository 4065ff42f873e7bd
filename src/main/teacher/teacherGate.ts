import type { DatabaseSync } from 'node:sqlite';
import type { SetTeacherPinArgs, TeacherSession, TeacherStatus } from '../../shared/people.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { Clock } from '../quiz/clock.ts';
import { createAttemptLimit, defaultAttemptRules, type AttemptLimitRules } from './attemptLimit.ts';
import { defaultPinCost, hashPin, pinMatches, type ScryptCost } from './pinHash.ts';
import { createPinSetting, type PinSetting } from './pinSetting.ts';
import { createTeacherTokens, defaultIdleMs } from './teacherTokens.ts';

// The teacher area's lock: the PIN (set on first use, changed only with the current one), the limit on wrong
// PINs, and the tokens that prove it was unlocked. Every call that shows more than one student's results checks a
// token here first.

export interface TeacherGate {
  /** ok(true) while the token is a live teacher token (and renews it); TEACHER_LOCKED otherwise. */
  check(token: string): Result<true>;
  status(): Result<TeacherStatus>;
  /** Sets the first PIN, or changes it given the current one; the teacher area is then unlocked. */
  setPin(args: SetTeacherPinArgs): Promise<Result<TeacherSession>>;
  unlock(pin: string): Promise<Result<TeacherSession>>;
  /** Forgets the token; an unknown token is already locked. */
  lock(token: string): void;
}

export interface TeacherGateOptions {
  /** The scrypt cost new PINs are hashed with (tests use a cheaper one; stored PINs keep their own). */
  pinCost?: ScryptCost;
  attempts?: AttemptLimitRules;
  idleMs?: number;
}

export function createTeacherGate(
  db: DatabaseSync | null,
  clock: Clock,
  options: TeacherGateOptions = {},
): TeacherGate {
  const setting = db ? createPinSetting(db) : null;
  const attempts = createAttemptLimit(clock, options.attempts ?? defaultAttemptRules);
  const tokens = createTeacherTokens(clock, options.idleMs ?? defaultIdleMs);
  const pinCost = options.pinCost ?? defaultPinCost;
  const oneAtATime = createQueue();

  const withSetting = <T>(task: (setting: PinSetting) => Promise<Result<T>>): Promise<Result<T>> =>
    setting ? oneAtATime(() => task(setting)) : Promise.resolve(noStorage());

  return {
    check: (token) => tokens.check(token),
    status() {
      if (!setting) return noStorage();
      const isSet = setting.isSet();
      return isSet.ok ? ok({ pinSet: isSet.value }) : isSet;
    },
    setPin: (args) =>
      withSetting(async (setting) => {
        const stored = setting.read();
        if (!stored.ok) return stored;
        if (stored.value) {
          if (args.currentPin === undefined) {
            return fail(
              'PIN_ALREADY_SET',
              'A teacher PIN is already set. To change it, enter the current PIN as well as the new one.',
            );
          }
          const allowed = attempts.allowed();
          if (!allowed.ok) return allowed;
          if (!(await pinMatches(args.currentPin, stored.value))) {
            return fail('WRONG_PIN', `The current PIN is not right, so the PIN was not changed. ${attempts.wrong()}`);
          }
          attempts.right();
        }
        const written = setting.write(await hashPin(args.pin, pinCost));
        if (!written.ok) return written;
        // Whoever opened the teacher area with the old PIN has to use the new one.
        tokens.forgetAll();
        return ok({ token: tokens.issue() });
      }),
    unlock: (pin) =>
      withSetting(async (setting) => {
        const stored = setting.read();
        if (!stored.ok) return stored;
        if (!stored.value) {
          return fail(
            'PIN_NOT_SET',
            'No teacher PIN is set yet. Choose one first: it is asked for the first time the teacher area opens.',
          );
        }
        const allowed = attempts.allowed();
        if (!allowed.ok) return allowed;
        if (!(await pinMatches(pin, stored.value))) return fail('WRONG_PIN', attempts.wrong());
        attempts.right();
        return ok({ token: tokens.issue() });
      }),
    lock: (token) => tokens.forget(token),
  };
}

/**
 * Runs PIN checks one after another. Each takes a few hundred ms of scrypt; run side by side, a burst of guesses
 * would all be checked before the first wrong one was counted, and two first PINs could both be "first".
 */
function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

function noStorage(): Result<never> {
  return fail('STORAGE_REFUSED', 'The results database is not open, so the teacher PIN cannot be checked or set.');
}

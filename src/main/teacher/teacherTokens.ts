import { randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { Clock } from '../quiz/clock.ts';

// Proof that the teacher area was unlocked: 32 random bytes, kept only in this process's memory, so a restart
// locks the teacher area again. A token left unused for `idleMs` expires (a teacher who walks away from the
// classroom computer does not leave every student's results open); each use renews it.

export const defaultIdleMs = 30 * 60_000;

export interface TeacherTokens {
  issue(): string;
  check(token: string): Result<true>;
  forget(token: string): void;
  forgetAll(): void;
}

export function createTeacherTokens(clock: Clock, idleMs: number = defaultIdleMs): TeacherTokens {
  const lastUsed = new Map<string, number>();
  const expired = (usedAt: number, now: number) => now - usedAt >= idleMs;
  const idleMinutes = Math.round(idleMs / 60_000);
  return {
    issue() {
      const now = clock.now();
      // Tokens of teachers who never locked would otherwise pile up.
      for (const [token, usedAt] of lastUsed) if (expired(usedAt, now)) lastUsed.delete(token);
      const token = randomBytes(32).toString('base64url');
      lastUsed.set(token, now);
      return token;
    },
    check(token) {
      const now = clock.now();
      const usedAt = lastUsed.get(token);
      if (usedAt === undefined) {
        return fail('TEACHER_LOCKED', 'The teacher area is locked. Enter the teacher PIN to open it.');
      }
      if (expired(usedAt, now)) {
        lastUsed.delete(token);
        return fail(
          'TEACHER_LOCKED',
          `The teacher area locked itself after ${idleMinutes} minutes without use. Enter the teacher PIN to open it again.`,
        );
      }
      lastUsed.set(token, now);
      return ok(true);
    },
    forget(token) {
      lastUsed.delete(token);
    },
    forgetAll() {
      lastUsed.clear();
    },
  };
}

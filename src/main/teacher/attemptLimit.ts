import { fail, ok, type Result } from '../../shared/result.ts';
import type { Clock } from '../quiz/clock.ts';

// Wrong PINs in a row are counted; after `maxWrong` of them the teacher area takes no PIN for `waitMs`. The count
// only goes back to zero with a right PIN, so once the limit is reached every further wrong PIN starts the wait
// again: a 4-digit PIN cannot be guessed at more than one try a minute. Kept in memory: a restart of the app
// clears it, which costs a guesser a restart of the app for each 5 tries.

export interface AttemptLimit {
  /** ok while a PIN may be tried; TOO_MANY_ATTEMPTS saying how long to wait otherwise. */
  allowed(): Result<void>;
  /** Counts a wrong PIN; the message to show for it. */
  wrong(): string;
  right(): void;
}

export interface AttemptLimitRules {
  maxWrong: number;
  waitMs: number;
}

export const defaultAttemptRules: AttemptLimitRules = { maxWrong: 5, waitMs: 60_000 };

export function createAttemptLimit(clock: Clock, rules: AttemptLimitRules = defaultAttemptRules): AttemptLimit {
  let wrongInARow = 0;
  let waitUntil = 0;
  const waitSeconds = Math.ceil(rules.waitMs / 1000);
  return {
    allowed() {
      const left = waitUntil - clock.now();
      if (left <= 0) return ok(undefined);
      return fail(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong PINs in a row: the teacher area takes no PIN for ${seconds(Math.ceil(left / 1000))} more. ` +
          'Wait, then try again.',
      );
    },
    wrong() {
      wrongInARow += 1;
      const triesLeft = rules.maxWrong - wrongInARow;
      if (triesLeft > 0) {
        return `That PIN is not right. ${triesLeft} more ${triesLeft === 1 ? 'try' : 'tries'} before the teacher area waits ${seconds(waitSeconds)}.`;
      }
      waitUntil = clock.now() + rules.waitMs;
      return `That PIN is not right. The teacher area now waits ${seconds(waitSeconds)} before it takes another PIN.`;
    },
    right() {
      wrongInARow = 0;
      waitUntil = 0;
    },
  };
}

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

import type { DatabaseSync } from 'node:sqlite';
import type { ScryptCost } from '../../../../../src/main/teacher/pinHash.ts';
import { createTeacherGate, type TeacherGate } from '../../../../../src/main/teacher/teacherGate.ts';
import { openDatabase } from '../../../../../src/main/store/openDatabase.ts';
import type { Clock } from '../../../../../src/main/quiz/clock.ts';

// The real gate over a real database file, with a cheap scrypt cost: the rules under test do not depend on the
// cost, and the real one (0.3 s a PIN) would make a lockout test take seconds. pinHash.test.ts covers the real cost.
export const cheapPinCost: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** A clock the test moves by hand. */
export function handClock(start = Date.UTC(2026, 10, 23, 9, 0, 0)): Clock & { advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

export function openTestDatabase(dataDir: string): DatabaseSync {
  const opened = openDatabase(dataDir);
  if (!opened.db) throw new Error(`the test database did not open: ${JSON.stringify(opened.state)}`);
  return opened.db;
}

export function teacherGateFor(db: DatabaseSync, clock: Clock): TeacherGate {
  return createTeacherGate(db, clock, { pinCost: cheapPinCost });
}

/** Sets a PIN on a fresh gate and returns the token it gives. */
export async function unlockedToken(gate: TeacherGate, pin = '2468'): Promise<string> {
  const set = await gate.setPin({ pin });
  if (!set.ok) throw new Error(`setPin failed: ${set.error.message}`);
  return set.value.token;
}

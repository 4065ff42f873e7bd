import { describe, expect, it } from 'vitest';
import { storedPinSchema } from '../../../../src/main/teacher/pinHash.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { handClock, openTestDatabase, teacherGateFor, unlockedToken } from './support/teacherGateFor.ts';

const tempDir = useTempDir('crossread-teacher-');

async function freshGate() {
  const clock = handClock();
  const db = openTestDatabase(await tempDir());
  return { clock, db, gate: teacherGateFor(db, clock) };
}

function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('setting the teacher PIN', () => {
  it('is possible once without a PIN, stores only a salted scrypt hash, and unlocks the teacher area', async () => {
    const { db, gate } = await freshGate();
    expect(gate.status()).toEqual({ ok: true, value: { pinSet: false } });

    const set = await gate.setPin({ pin: '731904' });
    if (!set.ok) throw new Error(set.error.message);
    expect(gate.status()).toEqual({ ok: true, value: { pinSet: true } });
    expect(gate.check(set.value.token)).toEqual({ ok: true, value: true });
    expect(set.value.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const row = db.prepare("SELECT value FROM settings WHERE key = 'teacher_pin'").get() as { value: string };
    expect(row.value).not.toContain('731904');
    const stored = storedPinSchema.parse(JSON.parse(row.value));
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
  });

  it('refuses a second first PIN: changing it takes the current one', async () => {
    const { gate } = await freshGate();
    await unlockedToken(gate, '1357');
    expect(errorOf(await gate.setPin({ pin: '9999' })).code).toBe('PIN_ALREADY_SET');
    expect(errorOf(await gate.setPin({ pin: '9999', currentPin: '1358' })).code).toBe('WRONG_PIN');
    // Neither attempt changed it.
    expect((await gate.unlock('1357')).ok).toBe(true);
    expect(errorOf(await gate.unlock('9999')).code).toBe('WRONG_PIN');
  });

  it('changes with the current PIN: the old PIN and the tokens it gave stop working', async () => {
    const { gate } = await freshGate();
    const oldToken = await unlockedToken(gate, '1357');
    const changed = await gate.setPin({ pin: '864200', currentPin: '1357' });
    if (!changed.ok) throw new Error(changed.error.message);
    expect(gate.check(changed.value.token).ok).toBe(true);
    expect(errorOf(gate.check(oldToken)).code).toBe('TEACHER_LOCKED');
    expect(errorOf(await gate.unlock('1357')).code).toBe('WRONG_PIN');
    expect((await gate.unlock('864200')).ok).toBe(true);
  });

  it('lets only one of two first PINs sent at the same time win', async () => {
    const { gate } = await freshGate();
    const [a, b] = await Promise.all([gate.setPin({ pin: '1111' }), gate.setPin({ pin: '2222' })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(errorOf(a.ok ? b : a).code).toBe('PIN_ALREADY_SET');
    const winner = a.ok ? '1111' : '2222';
    expect((await gate.unlock(winner)).ok).toBe(true);
  });

  it('is kept in the database: a restarted app unlocks with it but forgets the old tokens', async () => {
    const dir = await tempDir();
    const clock = handClock();
    const first = openTestDatabase(dir);
    const token = await unlockedToken(teacherGateFor(first, clock), '5050');
    first.close();

    const again = teacherGateFor(openTestDatabase(dir), clock);
    expect(again.status()).toEqual({ ok: true, value: { pinSet: true } });
    expect(errorOf(again.check(token)).code).toBe('TEACHER_LOCKED');
    expect((await again.unlock('5050')).ok).toBe(true);
  });

  it('will not open on a damaged PIN row, and does not let a new PIN replace it', async () => {
    const { db, gate } = await freshGate();
    db.prepare('INSERT INTO settings (key, value) VALUES (\'teacher_pin\', \'{"scheme":"plain"}\')').run();
    expect(gate.status()).toEqual({ ok: true, value: { pinSet: true } });
    expect(errorOf(await gate.unlock('1234')).code).toBe('STORAGE_FAILED');
    expect(errorOf(await gate.setPin({ pin: '1234' })).code).toBe('STORAGE_FAILED');
  });
});

describe('unlocking the teacher area', () => {
  it('needs a PIN to be set first', async () => {
    const { gate } = await freshGate();
    const error = errorOf(await gate.unlock('1234'));
    expect(error.code).toBe('PIN_NOT_SET');
  });

  it('after 5 wrong PINs in a row takes no PIN, not even the right one, for 60 seconds', async () => {
    const { clock, gate } = await freshGate();
    await unlockedToken(gate, '4321');
    const messages: string[] = [];
    for (const wrong of ['0000', '1111', '2222', '3333', '4444']) {
      const error = errorOf(await gate.unlock(wrong));
      expect(error.code).toBe('WRONG_PIN');
      messages.push(error.message);
    }
    expect(messages[0]).toContain('4 more tries');
    expect(messages[3]).toContain('1 more try');
    expect(messages[4]).toContain('waits 60 seconds');

    const refused = errorOf(await gate.unlock('4321'));
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.message).toContain('60 seconds');
    clock.advance(59_500);
    const almost = errorOf(await gate.unlock('4321'));
    expect(almost.code).toBe('TOO_MANY_ATTEMPTS');
    expect(almost.message).toContain('1 second more');
    clock.advance(500);
    expect((await gate.unlock('4321')).ok).toBe(true);
  });

  it('counts a wrong current PIN when changing it, and refuses a change while waiting', async () => {
    const { gate } = await freshGate();
    await unlockedToken(gate, '4321');
    for (let i = 0; i < 5; i += 1)
      expect(errorOf(await gate.setPin({ pin: '5555', currentPin: '0000' })).code).toBe('WRONG_PIN');
    expect(errorOf(await gate.setPin({ pin: '5555', currentPin: '4321' })).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('starts the wait again at the next wrong PIN until a right one resets the count', async () => {
    const { clock, gate } = await freshGate();
    await unlockedToken(gate, '4321');
    for (let i = 0; i < 5; i += 1) await gate.unlock('0000');
    clock.advance(60_000);
    expect(errorOf(await gate.unlock('0000')).code).toBe('WRONG_PIN');
    expect(errorOf(await gate.unlock('4321')).code).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(60_000);
    expect((await gate.unlock('4321')).ok).toBe(true);
    // The count starts again from zero: four wrong PINs then the right one all get an answer.
    for (let i = 0; i < 4; i += 1) expect(errorOf(await gate.unlock('0000')).code).toBe('WRONG_PIN');
    expect((await gate.unlock('4321')).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) expect(errorOf(await gate.unlock('0000')).code).toBe('WRONG_PIN');
    expect((await gate.unlock('4321')).ok).toBe(true);
  });

  it('counts a burst of guesses sent at once one by one', async () => {
    const { gate } = await freshGate();
    await unlockedToken(gate, '4321');
    const guesses = ['1000', '1001', '1002', '1003', '1004', '1005', '1006', '4321'];
    const results = await Promise.all(guesses.map((pin) => gate.unlock(pin)));
    const codes = results.map((result) => (result.ok ? 'OK' : result.error.code));
    expect(codes).toEqual([...Array(5).fill('WRONG_PIN'), ...Array(3).fill('TOO_MANY_ATTEMPTS')]);
  });
});

describe('teacher tokens', () => {
  it('stay valid while used and lock after 30 minutes without use', async () => {
    const { clock, gate } = await freshGate();
    const token = await unlockedToken(gate);
    clock.advance(29 * 60_000);
    expect(gate.check(token).ok).toBe(true);
    clock.advance(29 * 60_000);
    expect(gate.check(token).ok).toBe(true);
    clock.advance(30 * 60_000);
    const error = errorOf(gate.check(token));
    expect(error.code).toBe('TEACHER_LOCKED');
    expect(error.message).toContain('30 minutes');
    // Expired is gone: even a check right after says locked.
    expect(errorOf(gate.check(token)).code).toBe('TEACHER_LOCKED');
  });

  it('are forgotten by lock, and a made-up token never opens anything', async () => {
    const { gate } = await freshGate();
    const token = await unlockedToken(gate);
    const other = await gate.unlock('2468');
    if (!other.ok) throw new Error(other.error.message);
    expect(other.value.token).not.toBe(token);
    gate.lock(token);
    expect(errorOf(gate.check(token)).code).toBe('TEACHER_LOCKED');
    expect(gate.check(other.value.token).ok).toBe(true);
    expect(errorOf(gate.check('A'.repeat(43))).code).toBe('TEACHER_LOCKED');
  });
});

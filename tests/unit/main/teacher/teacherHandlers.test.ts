import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/api.ts';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { contentDir } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { handClock } from './support/teacherGateFor.ts';

const tempDir = useTempDir('crossread-teacher-calls-');

describe('the teacher calls', () => {
  it('set, lock and unlock through the contract with the real scrypt cost', async () => {
    const handlers = createHandlers({ contentDir, dataDir: await tempDir(), clock: handClock() });
    expect(await invokeCall(handlers, 'teacherStatus', {})).toEqual({ ok: true, value: { pinSet: false } });
    const set = await invokeCall(handlers, 'setTeacherPin', { pin: '9021' });
    if (!set.ok) throw new Error(set.error.message);
    const { token } = set.value as { token: string };
    expect(await invokeCall(handlers, 'lockTeacher', { token })).toEqual({ ok: true, value: {} });
    const report = await invokeCall(handlers, 'classReport', { token });
    expect(report.ok ? 'opened' : report.error.code).toBe('TEACHER_LOCKED');
    const unlocked = await invokeCall(handlers, 'unlockTeacher', { pin: '9021' });
    expect(unlocked.ok).toBe(true);
    const wrong = await invokeCall(handlers, 'unlockTeacher', { pin: '9022' });
    expect(wrong.ok ? 'opened' : wrong.error.code).toBe('WRONG_PIN');
  });

  it('fail with the storage message when the database was refused', async () => {
    const message = 'The results database was written by a newer version of Crossread.';
    const handlers = createHandlers({
      contentDir,
      dataDir: await tempDir(),
      database: { db: null, path: '/nowhere', state: { state: 'refused', message } },
    });
    for (const [call, args] of [
      ['teacherStatus', {}],
      ['setTeacherPin', { pin: '1234' }],
      ['unlockTeacher', { pin: '1234' }],
    ] as const) {
      const result = await invokeCall(handlers, call, args);
      expect(result.ok ? 'ok' : result.error).toEqual({ code: 'STORAGE_REFUSED', message });
    }
  });
});

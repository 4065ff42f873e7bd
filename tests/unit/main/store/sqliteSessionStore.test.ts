import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { scoreResponse } from '../../../../src/main/quiz/scoreResponse.ts';
import type { AnswerRecord } from '../../../../src/main/quiz/sessionState.ts';
import { databaseFileName } from '../../../../src/main/store/openDatabase.ts';
import { createSqliteSessionStore } from '../../../../src/main/store/sqliteSessionStore.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { SessionResults, SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callFails, callOk, handClock, openSeedHandlers, seedItems } from '../quiz/support/seedItems.ts';

// Sessions in the results database: every answer is committed when submitAnswer returns, survives a restart, and a
// write that fails leaves what was stored before as it was.

const bank = new Map((await seedItems()).map((item) => [item.id, item]));
function itemOf(id: string | undefined): Item {
  const item = bank.get(id ?? '');
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
}

const startArgs = { mode: 'test', setIds: [seedSetId], skills: ['evidence', 'clutter'], count: 4, seed: 11 };

async function startedFor(handlers: ReturnType<typeof openSeedHandlers>['handlers']): Promise<SessionView> {
  const student = await callOk<Student>(handlers, 'createStudent', { name: 'Maja', group: '8A' });
  return callOk<SessionView>(handlers, 'startSession', { ...startArgs, studentId: student.id });
}

function answer(handlers: ReturnType<typeof openSeedHandlers>['handlers'], session: SessionView, at: number) {
  const item = itemOf(session.items[at]?.id);
  return callOk(handlers, 'submitAnswer', {
    sessionId: session.sessionId,
    itemId: item.id,
    response: keyAsResponse(item),
  });
}

describe('an answer', () => {
  it('is committed when submitAnswer returns: another connection to the file sees it at once', async () => {
    const clock = handClock();
    const { handlers, dataDir } = openSeedHandlers(clock);
    const session = await startedFor(handlers);
    const reader = new DatabaseSync(join(dataDir, databaseFileName), { readOnly: true });
    const answers = reader.prepare('SELECT item_id, skill, score, answered_at FROM answers WHERE session_id = ?');
    expect(answers.all(session.sessionId)).toEqual([]);

    clock.advance(12_000);
    await answer(handlers, session, 0);
    const first = itemOf(session.items[0]?.id);
    expect(answers.all(session.sessionId)).toEqual([
      { item_id: first.id, skill: first.skill, score: 1, answered_at: clock.now() },
    ]);
    await answer(handlers, session, 1);
    expect(answers.all(session.sessionId)).toHaveLength(2);
    reader.close();
  });

  it('survives closing and reopening the data folder, and the session resumes at the same item', async () => {
    const clock = handClock();
    const before = openSeedHandlers(clock);
    const session = await startedFor(before.handlers);
    clock.advance(5_000);
    await answer(before.handlers, session, 0);
    clock.advance(5_000);
    await answer(before.handlers, session, 1);
    const stopped = await callOk<SessionView>(before.handlers, 'getSession', { sessionId: session.sessionId });
    before.database.db?.close();

    const after = openSeedHandlers(clock, before.dataDir);
    const resumed = await callOk<SessionView>(after.handlers, 'getSession', { sessionId: session.sessionId });
    expect(resumed).toEqual(stopped);
    expect(resumed.position).toBe(2);
    clock.advance(5_000);
    await answer(after.handlers, session, 2);
    clock.advance(5_000);
    const results = await callOk<SessionResults>(after.handlers, 'finishSession', { sessionId: session.sessionId });
    expect(results.total).toMatchObject({ answered: 3, items: 4, score: 3 });
    expect(results.items.map((item) => item.timeSpentMs)).toEqual([5_000, 5_000, 5_000, null]);
    after.database.db?.close();

    const later = openSeedHandlers(clock, before.dataDir);
    const finished = await callOk<SessionView>(later.handlers, 'getSession', { sessionId: session.sessionId });
    expect(finished.results).toEqual(results);
    expect(
      (
        await callFails(later.handlers, 'submitAnswer', {
          sessionId: session.sessionId,
          itemId: session.items[3]?.id,
          response: keyAsResponse(itemOf(session.items[3]?.id)),
        })
      ).code,
    ).toBe('SESSION_FINISHED');
  });
});

describe('a session', () => {
  it('for a student this computer does not know fails with UNKNOWN_STUDENT and stores nothing', async () => {
    const { handlers, database } = openSeedHandlers();
    const error = await callFails(handlers, 'startSession', { ...startArgs, studentId: 'no-such-student' });
    expect(error.code).toBe('UNKNOWN_STUDENT');
    expect(error.message).toContain('no-such-student');
    expect(database.db?.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('without a student is stored too (a quick practice before choosing a name)', async () => {
    const { handlers, database } = openSeedHandlers();
    const session = await callOk<SessionView>(handlers, 'startSession', startArgs);
    expect(database.db?.prepare('SELECT student_id FROM sessions WHERE id = ?').get(session.sessionId)).toEqual({
      student_id: null,
    });
  });
});

describe('a write that fails', () => {
  it('returns STORAGE_FAILED and leaves every answer stored before as it was', async () => {
    const { handlers, database } = openSeedHandlers();
    const session = await startedFor(handlers);
    await answer(handlers, session, 0);
    const db = database.db as DatabaseSync;
    const store = createSqliteSessionStore(db);
    const before = store.get(session.sessionId);
    if (!before) throw new Error('the session was not stored');
    const item = itemOf(session.items[1]?.id);
    const good: AnswerRecord = {
      itemId: item.id,
      skill: item.skill,
      response: keyAsResponse(item),
      answeredAt: (before.answers[0]?.answeredAt ?? 0) + 1_000,
      ...scoreResponse(item, keyAsResponse(item)),
    };

    // A score outside 0..1 breaks the table's CHECK; a session id that is not stored breaks its foreign key.
    const outOfRange = store.addAnswer(session.sessionId, { ...good, score: 2 });
    const orphan = store.addAnswer('no-such-session', good);
    for (const failed of [outOfRange, orphan]) {
      expect(failed.ok).toBe(false);
      if (!failed.ok) {
        expect(failed.error.code).toBe('STORAGE_FAILED');
        expect(failed.error.message).toContain(item.id);
      }
    }
    // The same id twice: the second session is refused, the first kept whole.
    const twice = store.create({ ...before, answers: [] });
    expect(twice.ok ? 'stored' : twice.error.code).toBe('STORAGE_FAILED');
    expect(store.get(session.sessionId)).toEqual(before);

    // The store still takes the next good answer.
    expect(store.addAnswer(session.sessionId, good)).toEqual({ ok: true, value: undefined });
    expect(store.get(session.sessionId)?.answers.map((a) => a.itemId)).toEqual([session.items[0]?.id, item.id]);
  });

  it('to an item already answered (from another window on the same folder) is ALREADY_ANSWERED, the first kept', async () => {
    const { handlers, database } = openSeedHandlers();
    const session = await startedFor(handlers);
    await answer(handlers, session, 0);
    const store = createSqliteSessionStore(database.db as DatabaseSync);
    const first = store.get(session.sessionId)?.answers[0] as AnswerRecord;
    const again = store.addAnswer(session.sessionId, { ...first, answeredAt: first.answeredAt + 1, score: 0 });
    expect(again.ok ? 'stored' : again.error.code).toBe('ALREADY_ANSWERED');
    expect(store.get(session.sessionId)?.answers).toEqual([first]);
  });
});

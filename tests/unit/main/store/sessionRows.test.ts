import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../src/main/api.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { sessionStateSchema } from '../../../../src/main/quiz/sessionState.ts';
import { loadSessions } from '../../../../src/main/store/sessionRows.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callOk, handClock, openSeedHandlers, seedItems } from '../quiz/support/seedItems.ts';

// loadSessions is what reports, progress and "continue where you stopped" read: sessions picked by student, group,
// start time and whether they are finished, oldest first, each with its answers in the order they were given.

const bank = new Map((await seedItems()).map((item) => [item.id, item]));
function itemOf(id: string | undefined): Item {
  const item = bank.get(id ?? '');
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
}

const day = 24 * 60 * 60 * 1000;

interface Classroom {
  db: DatabaseSync;
  start: number;
  lena: Student;
  omar: Student;
  /** Session ids in the order they were started. */
  started: { id: string; by: string; at: number; finished: boolean }[];
}

/** Two students in two groups and a session without a student, one day apart; every other one finished. */
async function classroom(): Promise<Classroom> {
  const clock = handClock();
  const start = clock.now();
  const { handlers, database } = openSeedHandlers(clock);
  const lena = await callOk<Student>(handlers, 'createStudent', { name: 'Lena', group: '7A' });
  const omar = await callOk<Student>(handlers, 'createStudent', { name: 'Omar', group: '7B' });
  const started: Classroom['started'] = [];
  for (const [at, studentId] of [lena.id, omar.id, undefined, lena.id, omar.id].entries()) {
    clock.advance(day);
    const session = await startSession(handlers, at, studentId);
    started.push({ id: session.sessionId, by: studentId ?? 'nobody', at: clock.now(), finished: at % 2 === 0 });
    // Answered out of the order asked: the third item first, then the first.
    for (const position of [2, 0]) {
      clock.advance(1_000);
      const item = itemOf(session.items[position]?.id);
      await callOk(handlers, 'submitAnswer', {
        sessionId: session.sessionId,
        itemId: item.id,
        response: keyAsResponse(item),
      });
    }
    if (at % 2 === 0) await callOk(handlers, 'finishSession', { sessionId: session.sessionId });
  }
  return { db: database.db as DatabaseSync, start, lena, omar, started };
}

function startSession(handlers: Handlers, seed: number, studentId: string | undefined): Promise<SessionView> {
  return callOk<SessionView>(handlers, 'startSession', {
    mode: 'practice',
    setIds: [seedSetId],
    skills: ['evidence', 'clutter'],
    count: 3,
    seed,
    ...(studentId === undefined ? {} : { studentId }),
  });
}

describe('loadSessions', () => {
  it('loads every session, oldest first, each a valid state with its answers in the order given', async () => {
    const { db, started } = await classroom();
    const sessions = loadSessions(db);
    expect(sessions.map((session) => session.id)).toEqual(started.map((session) => session.id));
    for (const session of sessions) {
      expect(sessionStateSchema.parse(session)).toEqual(session);
      expect(session.answers.map((answer) => answer.itemId)).toEqual([session.items[2]?.id, session.items[0]?.id]);
      expect(session.answers.map((answer) => answer.skill)).toEqual([session.items[2]?.skill, session.items[0]?.skill]);
    }
    expect(sessions.map((session) => session.finishedAt !== undefined)).toEqual(started.map((s) => s.finished));
    expect(sessions.map((session) => session.startedAt)).toEqual(started.map((s) => s.at));
  });

  it('picks one student’s sessions, or one group’s, leaving sessions without a student out', async () => {
    const { db, lena, omar, started } = await classroom();
    const ids = (by: string): string[] => started.filter((session) => session.by === by).map((s) => s.id);
    expect(loadSessions(db, { studentId: lena.id }).map((s) => s.id)).toEqual(ids(lena.id));
    expect(loadSessions(db, { group: '7B' }).map((s) => s.id)).toEqual(ids(omar.id));
    expect(loadSessions(db, { group: '7B', studentId: lena.id })).toEqual([]);
    expect(loadSessions(db, { studentId: 'someone-else' })).toEqual([]);
  });

  it('picks sessions started from a time (included) to a time (left out), finished or not', async () => {
    const { db, start, started } = await classroom();
    const between = loadSessions(db, { from: start + 2 * day, to: start + 4 * day });
    expect(between.map((s) => s.id)).toEqual(started.slice(1, 3).map((s) => s.id));
    const unfinished = loadSessions(db, { finished: false });
    expect(unfinished.map((s) => s.id)).toEqual(started.filter((s) => !s.finished).map((s) => s.id));
    expect(unfinished.every((session) => session.finishedAt === undefined)).toBe(true);
    const finished = loadSessions(db, { finished: true, from: start + 3 * day });
    expect(finished.map((s) => s.id)).toEqual(
      started.filter((s) => s.finished && s.at >= start + 3 * day).map((s) => s.id),
    );
  });
});

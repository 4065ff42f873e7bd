import { describe, expect, it } from 'vitest';
import { lateAnswerGraceMs } from '../../../../src/main/quiz/findSession.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { createItemBank } from '../../../../src/main/quiz/itemBank.ts';
import { createQuizEngine } from '../../../../src/main/quiz/quizEngine.ts';
import type { SessionAssignment } from '../../../../src/main/quiz/sessionState.ts';
import { createSqliteSessionStore } from '../../../../src/main/store/sqliteSessionStore.ts';
import { openDatabase } from '../../../../src/main/store/openDatabase.ts';
import type { Item } from '../../../../src/shared/items.ts';
import { seedSetId } from '../../../support/paths.ts';
import { handClock, quizContentDir, seedDataDir, seedItems } from './support/seedItems.ts';

// Sessions started for an assignment keep its feedback timing and time limit, and main holds both: feedback kept
// for the end is never sent early, and a timed session closes at its end whatever the renderer does.

const items = await seedItems();
const byId = new Map(items.map((item) => [item.id, item]));
const itemOf = (id: string | undefined): Item => {
  const item = byId.get(id ?? '');
  if (!item) throw new Error(`${id} is not a seed item`);
  return item;
};

function engineAt(clock: ReturnType<typeof handClock>) {
  const database = openDatabase(seedDataDir(), clock.now);
  if (!database.db) throw new Error('no database');
  return createQuizEngine({
    bank: createItemBank(quizContentDir),
    store: createSqliteSessionStore(database.db),
    clock,
  });
}

const chosen = items.filter((item) => item.skill === 'evidence').slice(0, 3);
const args = {
  mode: 'practice' as const,
  setIds: [seedSetId],
  skills: ['evidence' as const],
  count: chosen.length,
  itemIds: chosen.map((item) => item.id),
  seed: 11,
};

describe('a session started for an assignment', () => {
  it('in practice with feedback at the end, sends no score or key until the session is finished', async () => {
    const clock = handClock();
    const quiz = engineAt(clock);
    const assignment: SessionAssignment = { id: 'assignment-end-feedback', feedback: 'end' };
    const started = await quiz.startSession(args, assignment);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value).toMatchObject({ feedback: 'end', assignmentId: assignment.id });
    expect(started.value.endsAt).toBeUndefined();

    const first = started.value.items[0];
    const answered = await quiz.submitAnswer({
      sessionId: started.value.sessionId,
      itemId: first?.id ?? '',
      response: keyAsResponse(itemOf(first?.id)),
    });
    expect(answered.ok && answered.value).toEqual({ mode: 'practice', itemId: first?.id, answered: 1, remaining: 2 });
    const resumed = await quiz.getSession({ sessionId: started.value.sessionId });
    expect(resumed.ok && resumed.value.answers.map((answer) => answer.outcome)).toEqual([undefined]);

    const finished = await quiz.finishSession({ sessionId: started.value.sessionId });
    expect(finished.ok && finished.value.items.find((item) => item.itemId === first?.id)?.score).toBe(1);
  });

  it('with a time limit, takes answers until its end (and a moment’s grace), then closes at its end', async () => {
    const clock = handClock();
    const quiz = engineAt(clock);
    const limit = 10 * 60_000;
    const started = await quiz.startSession(args, { id: 'assignment-timed', feedback: 'end', timeLimitMs: limit });
    if (!started.ok) throw new Error(started.error.message);
    const { sessionId, startedAt } = started.value;
    expect(started.value.endsAt).toBe(startedAt + limit);
    const [first, second, third] = started.value.items;
    const answer = (id: string | undefined) =>
      quiz.submitAnswer({ sessionId, itemId: id ?? '', response: keyAsResponse(itemOf(id)) });

    clock.advance(limit - 1_000);
    expect((await answer(first?.id)).ok).toBe(true);
    // Sent just before the end, arriving just after it: still counted.
    clock.advance(1_000 + lateAnswerGraceMs);
    expect((await answer(second?.id)).ok).toBe(true);

    clock.advance(1);
    const late = await answer(third?.id);
    expect(late.ok ? 'accepted' : late.error.code).toBe('TIME_UP');

    const closed = await quiz.getSession({ sessionId });
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.finishedAt).toBe(startedAt + limit);
    expect(closed.value.results?.total).toMatchObject({ answered: 2, items: 3, score: 2 });
    const again = await quiz.finishSession({ sessionId });
    expect(again.ok ? 'finished twice' : again.error.code).toBe('TIME_UP');
  });

  it('with a time limit, is closed at its end when the student comes back long after', async () => {
    const clock = handClock();
    const quiz = engineAt(clock);
    const started = await quiz.startSession(args, { id: 'assignment-left', feedback: 'end', timeLimitMs: 60_000 });
    if (!started.ok) throw new Error(started.error.message);
    clock.advance(3 * 60 * 60_000);
    const back = await quiz.getSession({ sessionId: started.value.sessionId });
    expect(back.ok && back.value.finishedAt).toBe(started.value.startedAt + 60_000);
    expect(back.ok && back.value.results?.total.answered).toBe(0);
  });
});

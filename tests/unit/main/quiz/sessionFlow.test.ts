import { describe, expect, it } from 'vitest';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { sessionStateSchema } from '../../../../src/main/quiz/sessionState.ts';
import { loadSessions } from '../../../../src/main/store/sessionRows.ts';
import { contract } from '../../../../src/shared/contract.ts';
import { skills, type Item } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { ItemResponse, SessionResults, SessionView, SubmitAnswerResult } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callOk, handClock, openSeedHandlers, seedHandlers, seedItems } from './support/seedItems.ts';

const itemsById = new Map((await seedItems()).map((item) => [item.id, item]));
const itemOf = (id: string): Item => {
  const item = itemsById.get(id);
  if (!item) throw new Error(`${id} is not in the seed items`);
  return item;
};

/** A response that is certainly wrong: another option, or everything marked. */
function wrongResponse(item: Item): ItemResponse {
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.options.find((option) => option.id !== item.key)?.id ?? '' };
    case 'choose_all':
      return { optionIds: item.options.map((option) => option.id) };
    case 'mark_lines':
      return { lines: item.lines.map((line) => line.line) };
  }
}

const decisions = (item: Item): number =>
  item.format === 'single_choice' ? 1 : item.format === 'choose_all' ? item.options.length : item.lines.length;

describe('a practice session', () => {
  it('gives the score and the feedback right after each answer, and the results at the end', async () => {
    const clock = handClock();
    const handlers = seedHandlers(clock);
    const ana = await callOk<Student>(handlers, 'createStudent', { name: 'Ana' });
    const session = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: [...skills],
      count: 6,
      seed: 7,
      studentId: ana.id,
    });
    expect(contract.startSession.result.safeParse(session).success).toBe(true);
    expect(session).toMatchObject({ mode: 'practice', seed: 7, studentId: ana.id, position: 0, answers: [] });
    expect(session.items).toHaveLength(6);
    const [first, second] = session.items.map((item) => itemOf(item.id));
    if (!first || !second) throw new Error('the session is too short');

    clock.advance(30_000);
    const right = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: first.id,
      response: keyAsResponse(first),
    });
    expect(contract.submitAnswer.result.safeParse(right).success).toBe(true);
    expect(right).toMatchObject({ mode: 'practice', answered: 1, remaining: 5 });
    if (!('outcome' in right)) throw new Error('practice answers come with feedback');
    expect(right.outcome.score).toBe(1);
    expect(right.outcome.feedback).toEqual({
      key: keyAsResponse(first),
      explanation: first.explanation,
      evidence: first.evidence,
      clean: first.clean,
    });

    clock.advance(45_000);
    const wrong = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: second.id,
      response: wrongResponse(second),
    });
    if (!('outcome' in wrong)) throw new Error('practice answers come with feedback');
    expect(wrong.outcome.score).toBeLessThan(1);
    expect(wrong.outcome.tally.falseAlarms + wrong.outcome.tally.misses).toBeGreaterThan(0);

    const resumed = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(resumed.position).toBe(2);
    expect(resumed.answers.map((answer) => answer.outcome?.score)).toEqual([1, wrong.outcome.score]);

    clock.advance(10_000);
    const results = await callOk<SessionResults>(handlers, 'finishSession', { sessionId: session.sessionId });
    expect(contract.finishSession.result.safeParse(results).success).toBe(true);
    expect(results.timeSpentMs).toBe(85_000);
    expect(results.total).toMatchObject({ items: 6, answered: 2, score: 1 + wrong.outcome.score });
    expect(results.total.accuracy).toBeCloseTo((1 + wrong.outcome.score) / 6, 10);
    expect(results.items.map((item) => item.timeSpentMs)).toEqual([30_000, 45_000, null, null, null, null]);
    expect(results.items[0]).toMatchObject({ itemId: first.id, response: keyAsResponse(first), score: 1 });
    expect(results.items[2]).toMatchObject({ response: null, score: 0, tally: null });
    expect(results.perSkill.reduce((sum, skill) => sum + skill.items, 0)).toBe(6);

    const afterwards = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(afterwards.finishedAt).toBe(results.finishedAt);
    expect(afterwards.results).toEqual(results);
  });
});

describe('a test session', () => {
  it('only acknowledges answers, and reveals scores and keys with the results', async () => {
    const handlers = seedHandlers();
    const session = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'test',
      setIds: [seedSetId],
      skills: [...skills],
      count: 5,
      seed: 3,
    });
    const [first] = session.items;
    if (!first) throw new Error('empty session');
    const ack = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: first.id,
      response: keyAsResponse(itemOf(first.id)),
    });
    expect(ack).toEqual({ mode: 'test', itemId: first.id, answered: 1, remaining: 4 });

    const midway = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(midway.answers).toHaveLength(1);
    expect(midway.answers[0]).not.toHaveProperty('outcome');

    const results = await callOk<SessionResults>(handlers, 'finishSession', { sessionId: session.sessionId });
    expect(results.items[0]).toMatchObject({ score: 1, feedback: { key: keyAsResponse(itemOf(first.id)) } });
    expect(results.items[0]?.feedback.explanation).toBe(itemOf(first.id).explanation);
  });
});

describe('discernment counts in the results', () => {
  async function finishWith(answer: (item: Item) => ItemResponse): Promise<SessionResults> {
    const handlers = seedHandlers();
    const session = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'test',
      setIds: [seedSetId],
      skills: [...skills],
      count: 200,
      seed: 1,
    });
    for (const shown of session.items) {
      const item = itemOf(shown.id);
      await callOk(handlers, 'submitAnswer', { sessionId: session.sessionId, itemId: item.id, response: answer(item) });
    }
    return callOk<SessionResults>(handlers, 'finishSession', { sessionId: session.sessionId });
  }

  it('counts a perfect student’s targets as hits and everything else as correct rejections', async () => {
    const results = await finishWith(keyAsResponse);
    for (const skill of results.perSkill) {
      const items = results.items.filter((result) => result.skill === skill.skill).map((r) => itemOf(r.itemId));
      const targets = items.reduce(
        (sum, item) => sum + (item.format === 'single_choice' ? (item.clean ? 0 : 1) : item.key.length),
        0,
      );
      const all = items.reduce((sum, item) => sum + decisions(item), 0);
      expect(skill, skill.skill).toMatchObject({
        items: items.length,
        answered: items.length,
        accuracy: 1,
        hits: targets,
        misses: 0,
        falseAlarms: 0,
        correctRejections: all - targets,
        hitRate: targets > 0 ? 1 : null,
        falseAlarmRate: all - targets > 0 ? 0 : null,
      });
    }
  });

  it('shows a student who marks everything as false alarms, not as a good score', async () => {
    const marksAll = await finishWith((item) =>
      item.format === 'single_choice' ? keyAsResponse(item) : wrongResponse(item),
    );
    const perfect = await finishWith(keyAsResponse);
    expect(marksAll.total.hits).toBe(perfect.total.hits);
    expect(marksAll.total.misses).toBe(0);
    const asked = marksAll.items.map((result) => itemOf(result.itemId));
    const singleClean = asked.filter((item) => item.format === 'single_choice' && item.clean).length;
    expect(marksAll.total.correctRejections).toBe(singleClean);
    expect(marksAll.total.falseAlarms).toBe(perfect.total.correctRejections - singleClean);
    expect(marksAll.total.accuracy).toBeLessThan(perfect.total.accuracy);
  });
});

describe('resuming', () => {
  it('carries on where the student stopped, after the app is closed and opened again on the same data folder', async () => {
    const before = openSeedHandlers(handClock());
    const session = await callOk<SessionView>(before.handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: ['evidence', 'clutter'],
      count: 4,
      seed: 21,
    });
    const [first, second, third] = session.items;
    if (!first || !second || !third) throw new Error('session too short');
    for (const item of [first, third]) {
      await callOk(before.handlers, 'submitAnswer', {
        sessionId: session.sessionId,
        itemId: item.id,
        response: keyAsResponse(itemOf(item.id)),
      });
    }

    // What the database holds reads back into a valid state, each item and answer with its skill.
    const [stored] = loadSessions(before.database.db as NonNullable<typeof before.database.db>);
    expect(sessionStateSchema.parse(stored)).toEqual(stored);
    expect(stored?.items).toEqual(session.items.map(({ id, skill }) => ({ id, skill })));
    expect(stored?.answers.map(({ itemId, skill }) => ({ itemId, skill }))).toEqual(
      [first, third].map(({ id, skill }) => ({ itemId: id, skill })),
    );
    before.database.db?.close();

    const after = openSeedHandlers(handClock(), before.dataDir);
    expect(after.database.state).toEqual({ state: 'ready' });
    const resumed = await callOk<SessionView>(after.handlers, 'getSession', { sessionId: session.sessionId });
    expect(contract.getSession.result.safeParse(resumed).success).toBe(true);
    expect(resumed.items).toEqual(session.items);
    expect(resumed.position).toBe(1);
    expect(resumed.answers.map((answer) => answer.itemId)).toEqual([first.id, third.id]);
    const next = await callOk<SubmitAnswerResult>(after.handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: second.id,
      response: keyAsResponse(itemOf(second.id)),
    });
    expect(next).toMatchObject({ answered: 3, remaining: 1 });
  });
});

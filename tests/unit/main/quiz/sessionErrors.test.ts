import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../../src/main/api.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { itemsFilePath } from '../../../../src/main/quiz/itemBank.ts';
import { skills, type Item } from '../../../../src/shared/items.ts';
import type { SessionView, SubmitAnswerResult } from '../../../../src/shared/quiz.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk, seedHandlers, seedItems } from './support/seedItems.ts';

const tempDir = useTempDir('crossread-quiz-');
const bank = await seedItems();
const itemOf = (id: string): Item => bank.find((item) => item.id === id) as Item;

async function startedSession(handlers: Handlers = seedHandlers(), mode = 'practice'): Promise<SessionView> {
  return callOk<SessionView>(handlers, 'startSession', {
    mode,
    setIds: [seedSetId],
    skills: [...skills],
    count: 200,
    seed: 5,
  });
}

/** The first item of the session in the given format. */
function firstOf<F extends Item['format']>(session: SessionView, format: F): Extract<Item, { format: F }> {
  const shown = session.items.find((item) => item.format === format);
  if (!shown) throw new Error(`no ${format} item in the session`);
  return itemOf(shown.id) as Extract<Item, { format: F }>;
}

describe('typed errors of startSession', () => {
  it('answers a set without items with NOT_FOUND naming the file', async () => {
    const error = await callFails(seedHandlers(), 'startSession', {
      mode: 'test',
      setIds: [seedSetId, '2031-05-no-such-set'],
      skills: ['compare'],
      count: 5,
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('2031-05-no-such-set.json');
  });

  it('answers skills the sets have no items for with NO_ITEMS', async () => {
    // A real set whose items file holds only its clutter items.
    const contentDir = await tempDir();
    await mkdir(join(contentDir, 'items'));
    const clutterOnly = bank.filter((item) => item.skill === 'clutter');
    await writeFile(itemsFilePath(contentDir, seedSetId), JSON.stringify({ set: seedSetId, items: clutterOnly }));
    const handlers = createHandlers({ contentDir, dataDir: await tempDir() });
    const error = await callFails(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: ['compare', 'evidence'],
      count: 5,
    });
    expect(error.code).toBe('NO_ITEMS');
    expect(error.message).toContain('compare or evidence');
    expect((await startedSession(handlers)).items.length).toBe(clutterOnly.length);
  });

  it('answers a wrong argument with BAD_ARGUMENT naming the field', async () => {
    const handlers = seedHandlers();
    const valid = { mode: 'practice', setIds: [seedSetId], skills: ['compare'], count: 5 };
    const wrong: [Record<string, unknown>, string][] = [
      [{ ...valid, mode: 'exam' }, 'mode'],
      [{ ...valid, setIds: [] }, 'setIds'],
      [{ ...valid, setIds: ['../../etc'] }, 'setIds.0'],
      [{ ...valid, skills: ['compare', 'compare'] }, 'skills'],
      [{ ...valid, skills: ['spelling'] }, 'skills.0'],
      [{ ...valid, count: 0 }, 'count'],
      [{ ...valid, count: 2.5 }, 'count'],
      [{ ...valid, seed: -1 }, 'seed'],
      [{ ...valid, answerKeys: true }, 'answerKeys'],
    ];
    for (const [args, field] of wrong) {
      const error = await callFails(handlers, 'startSession', args);
      expect(error.code, field).toBe('BAD_ARGUMENT');
      expect(error.message, field).toContain(field);
    }
  });
});

describe('typed errors of submitAnswer, finishSession and getSession', () => {
  it('answers an unknown session with UNKNOWN_SESSION on every call', async () => {
    const handlers = seedHandlers();
    const sessionId = 'f0e1d2c3-no-such-session';
    const item = bank[0] as Item;
    const calls: [string, unknown][] = [
      ['submitAnswer', { sessionId, itemId: item.id, response: keyAsResponse(item) }],
      ['finishSession', { sessionId }],
      ['getSession', { sessionId }],
    ];
    for (const [name, args] of calls) {
      const error = await callFails(handlers, name, args);
      expect(error.code, name).toBe('UNKNOWN_SESSION');
      expect(error.message, name).toContain(sessionId);
    }
  });

  it('answers an item of another session with ITEM_NOT_IN_SESSION', async () => {
    const handlers = seedHandlers();
    const session = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: ['compare'],
      count: 200,
      seed: 1,
    });
    const outsider = bank.find((item) => item.skill === 'clutter') as Item;
    const error = await callFails(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: outsider.id,
      response: keyAsResponse(outsider),
    });
    expect(error.code).toBe('ITEM_NOT_IN_SESSION');
    expect(error.message).toContain(outsider.id);
  });

  it('answers a response that does not fit the item with BAD_RESPONSE, and records nothing', async () => {
    const handlers = seedHandlers();
    const session = await startedSession(handlers);
    const single = firstOf(session, 'single_choice');
    const chooseAll = firstOf(session, 'choose_all');
    const markLines = firstOf(session, 'mark_lines');
    const firstOption = chooseAll.options[0]?.id as string;
    const firstLine = markLines.lines[0]?.line as number;
    const misfits: [Item, unknown, string][] = [
      [single, { optionIds: [single.key] }, '{ optionId }'],
      [single, { optionId: 'no-such-option' }, 'no option no-such-option'],
      [chooseAll, { optionId: firstOption }, '{ optionIds }'],
      [chooseAll, { optionIds: [firstOption, 'zz'] }, 'no option zz'],
      [chooseAll, { optionIds: [firstOption, firstOption] }, 'more than once'],
      [markLines, { optionIds: [] }, '{ lines }'],
      [markLines, { lines: [99_999] }, 'no line 99999'],
      [markLines, { lines: [firstLine, firstLine] }, 'more than once'],
    ];
    for (const [item, response, said] of misfits) {
      const error = await callFails(handlers, 'submitAnswer', {
        sessionId: session.sessionId,
        itemId: item.id,
        response,
      });
      expect(error.code, said).toBe('BAD_RESPONSE');
      expect(error.message, said).toContain(said);
    }
    const view = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(view.answers).toEqual([]);
  });

  it('answers a response of no known shape with BAD_ARGUMENT before it reaches the session', async () => {
    const handlers = seedHandlers();
    const session = await startedSession(handlers);
    const item = firstOf(session, 'mark_lines');
    for (const response of [{}, { lines: ['3'] }, { lines: [0] }, { optionId: 'a', lines: [1] }, 'everything']) {
      const error = await callFails(handlers, 'submitAnswer', {
        sessionId: session.sessionId,
        itemId: item.id,
        response,
      });
      expect(error.code, JSON.stringify(response)).toBe('BAD_ARGUMENT');
      expect(error.message).toContain('response');
    }
  });

  it('answers a second answer to the same item with ALREADY_ANSWERED and keeps the first', async () => {
    const handlers = seedHandlers();
    const session = await startedSession(handlers);
    const item = firstOf(session, 'single_choice');
    const wrongOption = item.options.find((option) => option.id !== item.key)?.id as string;
    const first = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: item.id,
      response: { optionId: wrongOption },
    });
    const error = await callFails(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: item.id,
      response: keyAsResponse(item),
    });
    expect(error.code).toBe('ALREADY_ANSWERED');
    const view = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(view.answers).toHaveLength(1);
    expect(view.answers[0]?.response).toEqual({ optionId: wrongOption });
    expect('outcome' in first && first.outcome.score).toBe(0);
  });

  it('records an answer sent twice at the same moment (a double click) once', async () => {
    const handlers = seedHandlers();
    const session = await startedSession(handlers);
    const item = firstOf(session, 'choose_all');
    const args = { sessionId: session.sessionId, itemId: item.id, response: keyAsResponse(item) };
    const both: Result<unknown>[] = await Promise.all([
      handlers.submitAnswer(args as never),
      handlers.submitAnswer(args as never),
    ]);
    expect(both.map((result) => (result.ok ? 'ok' : result.error.code)).sort()).toEqual(['ALREADY_ANSWERED', 'ok']);
    const view = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(view.answers).toHaveLength(1);
  });

  it('answers any change to a finished session with SESSION_FINISHED, and still shows it', async () => {
    const handlers = seedHandlers();
    const session = await startedSession(handlers, 'test');
    const item = itemOf(session.items[0]?.id as string);
    await callOk(handlers, 'finishSession', { sessionId: session.sessionId });
    const late = await callFails(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: item.id,
      response: keyAsResponse(item),
    });
    expect(late.code).toBe('SESSION_FINISHED');
    expect((await callFails(handlers, 'finishSession', { sessionId: session.sessionId })).code).toBe(
      'SESSION_FINISHED',
    );
    const view = await callOk<SessionView>(handlers, 'getSession', { sessionId: session.sessionId });
    expect(view.results?.total.answered).toBe(0);
  });

  it('names regenerated content that no longer holds the session’s items with BAD_CONTENT', async () => {
    const contentDir = await tempDir();
    await mkdir(join(contentDir, 'items'));
    const path = itemsFilePath(contentDir, seedSetId);
    await writeFile(path, JSON.stringify({ set: seedSetId, items: bank }));
    const handlers = createHandlers({ contentDir, dataDir: await tempDir() });
    const session = await startedSession(handlers);
    const gone = session.items[0]?.id as string;
    await writeFile(path, JSON.stringify({ set: seedSetId, items: bank.filter((item) => item.id !== gone) }));
    const error = await callFails(handlers, 'getSession', { sessionId: session.sessionId });
    expect(error.code).toBe('BAD_CONTENT');
    expect(error.message).toContain(gone);
  });
});

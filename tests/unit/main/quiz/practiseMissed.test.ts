import { describe, expect, it } from 'vitest';
import { skills } from '../../../../src/shared/items.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callFails, callOk, seedHandlers, seedItems } from './support/seedItems.ts';

// "Practise the missed ones": a session started with itemIds asks exactly those items, in an order drawn from
// the seed, whatever order the ids came in.

const bank = await seedItems();
const ids = (skill: string, count: number): string[] =>
  bank
    .filter((item) => item.skill === skill)
    .slice(0, count)
    .map((item) => item.id);
const chosenIds = [...ids('evidence', 3), ...ids('clutter', 2), ...ids('compare', 2)];

async function startWith(itemIds: string[], seed: number): Promise<SessionView> {
  return callOk<SessionView>(seedHandlers(), 'startSession', {
    mode: 'practice',
    setIds: [seedSetId],
    skills: [...skills],
    count: itemIds.length,
    seed,
    itemIds,
  });
}

describe('a session of named items', () => {
  it('asks exactly the items named, each once, with the set they come from', async () => {
    const session = await startWith(chosenIds, 5);
    expect(session.items.map((item) => item.id).sort()).toEqual([...chosenIds].sort());
    expect(session.requestedCount).toBe(chosenIds.length);
    expect(new Set(session.items.map((item) => item.setId))).toEqual(new Set([seedSetId]));
  });

  it('orders them by the seed alone, not by the order of the ids', async () => {
    const forward = await startWith(chosenIds, 11);
    const backward = await startWith([...chosenIds].reverse(), 11);
    expect(backward.items.map((item) => item.id)).toEqual(forward.items.map((item) => item.id));
    const orders = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) orders.add((await startWith(chosenIds, seed)).items.map((i) => i.id).join());
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses an id the sets do not hold, a skill the session leaves out, and a count that does not match', async () => {
    const handlers = seedHandlers();
    const unknown = await callFails(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: [...skills],
      count: 2,
      itemIds: [chosenIds[0], 'evidence-000000000000'],
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('evidence-000000000000');

    const compareId = ids('compare', 1)[0] as string;
    const wrongSkill = await callFails(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: ['evidence'],
      count: 1,
      itemIds: [compareId],
    });
    expect(wrongSkill).toMatchObject({ code: 'BAD_ARGUMENT' });
    expect(wrongSkill.message).toContain(compareId);

    const mismatch = await callFails(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: [...skills],
      count: 5,
      itemIds: chosenIds.slice(0, 2),
    });
    expect(mismatch.code).toBe('BAD_ARGUMENT');
    expect(mismatch.message).toContain('count must equal the number of itemIds');

    const repeated = await callFails(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: [...skills],
      count: 2,
      itemIds: [chosenIds[0], chosenIds[0]],
    });
    expect(repeated.message).toContain('each item only once');
  });
});

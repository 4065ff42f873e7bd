import { describe, expect, it } from 'vitest';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { keyAsResponse } from '../../../../src/main/quiz/feedback.ts';
import { skills, type Item } from '../../../../src/shared/items.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { seedHandlers, seedItems } from './support/seedItems.ts';

// Answer keys stay in main. What startSession sends the renderer, and everything a test session sends before it
// is finished, must hold no key, explanation, evidence or clean flag, under any name or nesting.

const secretFields = new Set(['key', 'explanation', 'evidence', 'clean']);
const bank = await seedItems();

/** Every property name in a JSON value, however deep. */
function fieldNames(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => fieldNames(entry, found));
  else if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      found.add(name);
      fieldNames(inner, found);
    }
  }
  return found;
}

function expectNoSecrets(sent: unknown, items: readonly Item[]): void {
  // Through JSON, as both transports send it.
  const json = JSON.stringify(sent);
  const leaked = [...fieldNames(JSON.parse(json))].filter((name) => secretFields.has(name));
  expect(leaked).toEqual([]);
  for (const item of items) expect(json).not.toContain(item.explanation);
}

describe('what the renderer receives before feedback is due', () => {
  it('startSession sends no key, explanation, evidence or clean flag, in either mode', async () => {
    for (const mode of ['practice', 'test']) {
      const result = await invokeCall(seedHandlers(), 'startSession', {
        mode,
        setIds: [seedSetId],
        skills: [...skills],
        count: 200,
        seed: 8,
      });
      if (!result.ok) throw new Error(result.error.message);
      const session = result.value as SessionView;
      expect(session.items.length).toBe(Math.min(200, bank.length));
      expectNoSecrets(result, bank);
      // Everything else the screens need is there.
      for (const item of session.items) {
        expect(item.prompt.length).toBeGreaterThan(0);
        if (item.format === 'mark_lines') expect(item.lines.length).toBeGreaterThan(0);
        else expect(item.options.length).toBeGreaterThan(1);
      }
    }
  });

  it('a test session sends none of them with its answers or when resumed, only with the results', async () => {
    const handlers = seedHandlers();
    const started = await invokeCall(handlers, 'startSession', {
      mode: 'test',
      setIds: [seedSetId],
      skills: [...skills],
      count: 9,
      seed: 4,
    });
    if (!started.ok) throw new Error(started.error.message);
    const session = started.value as SessionView;
    for (const shown of session.items.slice(0, 5)) {
      const item = bank.find((candidate) => candidate.id === shown.id) as Item;
      const ack = await invokeCall(handlers, 'submitAnswer', {
        sessionId: session.sessionId,
        itemId: item.id,
        response: keyAsResponse(item),
      });
      expect(ack.ok).toBe(true);
      expectNoSecrets(ack, bank);
    }
    const resumed = await invokeCall(handlers, 'getSession', { sessionId: session.sessionId });
    expect(resumed.ok).toBe(true);
    expectNoSecrets(resumed, bank);

    const finished = await invokeCall(handlers, 'finishSession', { sessionId: session.sessionId });
    expect([...fieldNames(finished)]).toEqual(expect.arrayContaining(['key', 'explanation', 'evidence', 'clean']));
  });
});

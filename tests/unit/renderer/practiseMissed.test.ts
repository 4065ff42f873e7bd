import { describe, expect, it } from 'vitest';
import { keyAsResponse } from '../../../src/main/quiz/feedback.ts';
import { answerParts } from '../../../src/renderer/src/lib/answerText.ts';
import { missedItemIds, practiseMissedArgs } from '../../../src/renderer/src/lib/missedItems.ts';
import { skills, type Item } from '../../../src/shared/items.ts';
import type { ItemResponse, SessionResults, SessionView } from '../../../src/shared/quiz.ts';
import { seedSetId } from '../../support/paths.ts';
import { callOk, seedHandlers, seedItems } from '../main/quiz/support/seedItems.ts';

// The renderer's "Practise the missed ones", against the real engine: a test where every other item is answered
// with its key and the rest with something else, then a practice round built from the results.

const bank = new Map((await seedItems()).map((item) => [item.id, item]));

function otherThanKey(item: Item): ItemResponse {
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.options.find((option) => option.id !== item.key)?.id ?? '' };
    case 'choose_all':
      return { optionIds: item.options.map((option) => option.id).filter((id) => !item.key.includes(id)) };
    case 'mark_lines':
      return { lines: item.lines.map((line) => line.line).filter((line) => !item.key.includes(line)) };
  }
}

describe('practising the missed ones', () => {
  it('starts a practice session of exactly the items that scored below 1, with their skills', async () => {
    const handlers = seedHandlers();
    const view = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'test',
      setIds: [seedSetId],
      skills: [...skills],
      count: 12,
      seed: 19,
    });
    for (const [at, shown] of view.items.entries()) {
      const item = bank.get(shown.id) as Item;
      const response = at % 2 === 0 ? keyAsResponse(item) : otherThanKey(item);
      await callOk(handlers, 'submitAnswer', { sessionId: view.sessionId, itemId: item.id, response });
    }
    const results = await callOk<SessionResults>(handlers, 'finishSession', { sessionId: view.sessionId });
    const missed = missedItemIds(results);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.length).toBeLessThan(view.items.length);

    const args = practiseMissedArgs(view, results);
    expect(args).toMatchObject({ mode: 'practice', setIds: [seedSetId], count: missed.length });
    const again = await callOk<SessionView>(handlers, 'startSession', args);
    expect(again.items.map((item) => item.id).sort()).toEqual([...missed].sort());
    expect(again.skills).toEqual(skills.filter((skill) => again.items.some((item) => item.skill === skill)));
  });

  it('offers nothing when nothing was missed', async () => {
    const handlers = seedHandlers();
    const view = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'test',
      setIds: [seedSetId],
      skills: ['clutter'],
      count: 3,
      seed: 2,
    });
    for (const shown of view.items) {
      const item = bank.get(shown.id) as Item;
      await callOk(handlers, 'submitAnswer', {
        sessionId: view.sessionId,
        itemId: item.id,
        response: keyAsResponse(item),
      });
    }
    const results = await callOk<SessionResults>(handlers, 'finishSession', { sessionId: view.sessionId });
    expect(practiseMissedArgs(view, results)).toBe(undefined);
  });
});

describe('an answer in words for the review', () => {
  it('names the options chosen in the item’s order, and the lines marked', async () => {
    const handlers = seedHandlers();
    const view = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: [...skills],
      count: 200,
      seed: 1,
    });
    for (const shown of view.items) {
      const item = bank.get(shown.id) as Item;
      const key = keyAsResponse(item);
      const parts = answerParts(shown, key);
      if (item.format === 'single_choice') {
        expect(parts).toEqual([item.options.find((option) => option.id === item.key)?.text]);
      } else if (item.format === 'choose_all') {
        expect(parts).toEqual(item.options.filter((option) => item.key.includes(option.id)).map((o) => o.text));
      } else if (item.key.length === 0) {
        expect(parts).toEqual([]);
      } else {
        const sorted = [...item.key].sort((a, b) => a - b);
        expect(parts[0]).toMatch(sorted.length === 1 ? `Line ${sorted[0]}` : `and ${sorted.at(-1)}`);
      }
    }
  });
});

import { readFile } from 'node:fs/promises';
import { scoreResponse } from '../../../src/main/quiz/scoreResponse.ts';
import { keyAsResponse } from '../../../src/main/quiz/feedback.ts';
import { itemsFileSchema, type Item } from '../../../src/shared/items.ts';
import type { ItemResponse } from '../../../src/shared/quiz.ts';
import { contentDir, seedSetId } from '../../support/paths.ts';

// The answer keys, straight from the real items file the server reads: the tests choose answers with them and
// work out, with the engine's own scoring rules, what the screen must show.

export async function seedItemsById(): Promise<Map<string, Item>> {
  const raw = await readFile(`${contentDir}/items/${seedSetId}.json`, 'utf8');
  return new Map(itemsFileSchema.parse(JSON.parse(raw)).items.map((item) => [item.id, item]));
}

/** The key itself, or a response certainly different from it (another option; the lines or options left out). */
export function answerFor(item: Item, right: boolean): ItemResponse {
  if (right) return keyAsResponse(item);
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.options.find((option) => option.id !== item.key)?.id ?? item.key };
    case 'choose_all':
      return { optionIds: item.options.map((option) => option.id).filter((id) => !item.key.includes(id)) };
    case 'mark_lines':
      return { lines: item.lines.map((line) => line.line).filter((line) => !item.key.includes(line)) };
  }
}

/** The session's total as the engine's rules score these answers (an item not answered scores 0). */
export function expectedTotal(items: ReadonlyMap<string, Item>, answers: ReadonlyMap<string, ItemResponse>): number {
  let total = 0;
  for (const [itemId, response] of answers) {
    const item = items.get(itemId);
    if (!item) throw new Error(`${itemId} is not in the seed items`);
    total += scoreResponse(item, response).score;
  }
  return total;
}

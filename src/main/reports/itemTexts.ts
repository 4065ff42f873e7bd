import type { ItemBank } from '../quiz/itemBank.ts';

// A report names an item by its prompt and says why the answer is right with its explanation. Both come from the
// item files of this computer's content; results imported from a computer with other content may name items
// this one lacks, and those show without text (null) instead of failing the whole report.

export interface ItemText {
  prompt: string | null;
  explanation: string | null;
}

export type ItemTexts = ReadonlyMap<string, ItemText>;

const unknownItem: ItemText = { prompt: null, explanation: null };

/** The prompt and explanation of every item of these sets that the content holds (first set wins on a shared id). */
export async function loadItemTexts(bank: ItemBank, setIds: Iterable<string>): Promise<ItemTexts> {
  const texts = new Map<string, ItemText>();
  const loaded = await Promise.all([...new Set(setIds)].map((setId) => bank.load(setId)));
  for (const items of loaded) {
    if (!items.ok) continue;
    for (const item of items.value) {
      if (!texts.has(item.id)) texts.set(item.id, { prompt: item.prompt, explanation: item.explanation });
    }
  }
  return texts;
}

export function itemText(texts: ItemTexts, itemId: string): ItemText {
  return texts.get(itemId) ?? unknownItem;
}

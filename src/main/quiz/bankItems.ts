import type { Item } from '../../shared/items.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { ItemBank } from './itemBank.ts';

export interface BankItem {
  setId: string;
  item: Item;
}

/** The items of every set, each once (an id found in two sets is taken from the first); the first broken set's error otherwise. */
export async function loadBankItems(bank: ItemBank, setIds: readonly string[]): Promise<Result<BankItem[]>> {
  const loaded = await Promise.all(setIds.map((setId) => bank.load(setId)));
  const found: BankItem[] = [];
  const seen = new Set<string>();
  for (const [at, items] of loaded.entries()) {
    if (!items.ok) return items;
    const setId = setIds[at] as string;
    for (const item of items.value) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      found.push({ setId, item });
    }
  }
  return ok(found);
}

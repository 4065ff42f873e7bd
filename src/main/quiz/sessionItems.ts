import { fail, ok, type Result } from '../../shared/result.ts';
import { loadBankItems, type BankItem } from './bankItems.ts';
import type { ItemBank } from './itemBank.ts';
import type { SessionState } from './sessionState.ts';

/**
 * The session's items in order, keys included, each with the set it came from, from the item bank. An id the bank no longer holds means the
 * content was regenerated into different items since the session started: that is named, not guessed around.
 */
export async function loadSessionItems(bank: ItemBank, state: SessionState): Promise<Result<BankItem[]>> {
  const loaded = await loadBankItems(bank, state.setIds);
  if (!loaded.ok) return loaded;
  const byId = new Map(loaded.value.map((entry) => [entry.item.id, entry]));
  const items: BankItem[] = [];
  for (const { id } of state.items) {
    const item = byId.get(id);
    if (!item) {
      return fail(
        'BAD_CONTENT',
        `Item ${id} of session ${state.id} is no longer in the items of ${state.setIds.join(', ')}; ` +
          'the items were regenerated since the session started, so start a new session.',
      );
    }
    items.push(item);
  }
  return ok(items);
}

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setIdSchema } from '../../shared/quiz.ts';
import type { Result } from '../../shared/result.ts';
import { loadBankItems, type BankItem } from '../quiz/bankItems.ts';
import type { ItemBank } from '../quiz/itemBank.ts';

/**
 * Every item a review may ask: the items of every set with an items file in `<contentDir>/items`, and of the sets
 * the student has practised (normally the same sets). All sets, not only those practised, so a new student's
 * first review is a start on every skill rather than "nothing to practise". A set whose items file is missing or
 * broken is left out rather than failing the review: the home screen already names that file's problem.
 */
export async function reviewBank(
  bank: ItemBank,
  contentDir: string,
  practisedSetIds: Iterable<string>,
): Promise<Result<BankItem[]>> {
  const setIds = [...new Set([...(await itemsFileSetIds(contentDir)), ...practisedSetIds])].sort();
  const loaded = await Promise.all(setIds.map(async (setId) => ((await bank.load(setId)).ok ? [setId] : [])));
  return loadBankItems(bank, loaded.flat());
}

async function itemsFileSetIds(contentDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(contentDir, 'items'));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((setId) => setIdSchema.safeParse(setId).success);
}

import type { Skill } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { loadBankItems, type BankItem } from '../quiz/bankItems.ts';
import type { ItemBank } from '../quiz/itemBank.ts';

/**
 * The items an assignment over these sets and skills may ask, or why the sets cannot make one: a set without a
 * usable items file (its own error), a set holding none of the skills (choosing it would change nothing, which
 * the teacher would not expect), a skill none of the sets holds (the report would have an empty column).
 */
export async function assignmentPool(
  bank: ItemBank,
  setIds: readonly string[],
  skills: readonly Skill[],
): Promise<Result<BankItem[]>> {
  const loaded = await loadBankItems(bank, setIds);
  if (!loaded.ok) return loaded;
  const pool = loaded.value.filter(({ item }) => skills.includes(item.skill));
  const skillWords = skills.join(' or ');
  const idle = setIds.find((setId) => !pool.some((entry) => entry.setId === setId));
  if (idle !== undefined) {
    return fail('NO_ITEMS', `Set ${idle} has no ${skillWords} items; choose other skills, or leave the set out.`);
  }
  const missing = skills.find((skill) => !pool.some(({ item }) => item.skill === skill));
  if (missing !== undefined) {
    return fail(
      'NO_ITEMS',
      `${setIds.join(', ')} ${setIds.length === 1 ? 'has' : 'have'} no ${missing} items; leave ${missing} out, or ` +
        'add a set that has some.',
    );
  }
  return ok(pool);
}

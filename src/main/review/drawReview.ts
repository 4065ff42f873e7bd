import { skills, type Skill } from '../../shared/items.ts';
import type { BankItem } from '../quiz/bankItems.ts';
import { shuffled } from '../quiz/shuffle.ts';
import type { ItemCard } from './itemCards.ts';
import { weightedShares } from './weightedShares.ts';

// Which items a review session asks. Items that are due come first: the places are split between the skills by
// weakness (weight 1 − mastery + 0.2, so a mastered skill still gets a few), and inside a skill the most overdue
// items are taken first. When fewer items are due than asked for, the rest are items the student has never met,
// split the same way, so the weakest skills get most of the new items too. Items met but not yet due are never
// drawn: asking them early would undo the spacing.

/** Added to every skill's weight so that a skill at full mastery still gets its due items asked. */
export const weightFloor = 0.2;

export interface ReviewDraw {
  /** Due items, most overdue first within each skill. */
  due: BankItem[];
  /** New items topping the session up. */
  unseen: BankItem[];
}

export function skillWeight(mastery: number): number {
  return 1 - mastery + weightFloor;
}

/**
 * `cards`: the student's cards; `bank`: every item that can be asked (a card whose item is not in it cannot be
 * drawn); `random`: seeded, used only to pick among unseen items, so the same seed draws the same session.
 */
export function drawReview(input: {
  cards: ReadonlyMap<string, ItemCard>;
  bank: readonly BankItem[];
  mastery: Readonly<Record<Skill, number>>;
  now: number;
  count: number;
  random: () => number;
}): ReviewDraw {
  const { cards, bank, mastery, now, count, random } = input;
  const byId = [...bank].sort((a, b) => compareIds(a.item.id, b.item.id));
  const weights = skills.map((skill) => skillWeight(mastery[skill]));

  const duePools = skills.map((skill) =>
    byId
      .flatMap((entry) => {
        const card = cards.get(entry.item.id);
        return card && card.skill === skill && card.dueAt <= now ? [{ entry, dueAt: card.dueAt }] : [];
      })
      .sort((a, b) => a.dueAt - b.dueAt || compareIds(a.entry.item.id, b.entry.item.id))
      .map(({ entry }) => entry),
  );
  const dueShares = weightedShares(
    count,
    weights,
    duePools.map((pool) => pool.length),
  );
  const due = duePools.flatMap((pool, at) => pool.slice(0, dueShares[at] ?? 0));

  const unseenPools = skills.map((skill) =>
    shuffled(
      byId.filter(({ item }) => item.skill === skill && !cards.has(item.id)),
      random,
    ),
  );
  const unseenShares = weightedShares(
    count - due.length,
    weights,
    unseenPools.map((pool) => pool.length),
  );
  const unseen = unseenPools.flatMap((pool, at) => pool.slice(0, unseenShares[at] ?? 0));
  return { due, unseen };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

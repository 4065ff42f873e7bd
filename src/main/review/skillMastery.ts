import { skills, type Skill } from '../../shared/items.ts';
import type { ItemCard } from './itemCards.ts';
import { masteredFrom } from './leitner.ts';

/** Per skill: the share of the items the student has met that sit in the mastered boxes (0 when none met). */
export function skillMastery(cards: Iterable<ItemCard>): Record<Skill, number> {
  const met = Object.fromEntries(skills.map((skill) => [skill, 0])) as Record<Skill, number>;
  const mastered = { ...met };
  for (const card of cards) {
    met[card.skill] += 1;
    if (card.box >= masteredFrom) mastered[card.skill] += 1;
  }
  return Object.fromEntries(
    skills.map((skill) => [skill, met[skill] === 0 ? 0 : mastered[skill] / met[skill]]),
  ) as Record<Skill, number>;
}

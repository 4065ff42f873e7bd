import { skills, type Skill } from '../../shared/items.ts';
import type { BankItem } from '../quiz/bankItems.ts';
import type { ItemCard, ScheduledAnswer } from './itemCards.ts';
import { masteredFrom } from './leitner.ts';
import { masteryHistory, type MasteryDay } from './masteryHistory.ts';
import { skillMastery } from './skillMastery.ts';

export interface SkillPlan {
  skill: Skill;
  /** Share of the items met that are in the mastered boxes (0–1). */
  mastery: number;
  /** Met items due now that can be asked. */
  due: number;
  /** Met items in boxes 1–3. */
  learning: number;
  /** Met items in boxes 4–5. */
  mastered: number;
  /** Items of the bank never answered. */
  unseen: number;
}

export interface ReviewPlanFigures {
  skills: SkillPlan[];
  dueTotal: number;
  /** The earliest time an item that can be asked is due (may be in the past); null when none has been met. */
  nextDueAt: number | null;
  history: MasteryDay[];
}

/**
 * What is due and how well each skill is held. Mastery, learning and mastered count every item met, even one whose
 * set is no longer in the content (the student did learn it); due, nextDueAt and unseen count only items of
 * `bank`, because only those can be asked.
 */
export function planReview(input: {
  cards: ReadonlyMap<string, ItemCard>;
  answers: readonly ScheduledAnswer[];
  bank: readonly BankItem[];
  now: number;
}): ReviewPlanFigures {
  const { cards, answers, bank, now } = input;
  const mastery = skillMastery(cards.values());
  const askable = new Set(bank.map(({ item }) => item.id));
  let nextDueAt: number | null = null;
  const plans = skills.map((skill): SkillPlan => {
    const plan: SkillPlan = { skill, mastery: mastery[skill], due: 0, learning: 0, mastered: 0, unseen: 0 };
    for (const card of cards.values()) {
      if (card.skill !== skill) continue;
      if (card.box >= masteredFrom) plan.mastered += 1;
      else plan.learning += 1;
      if (!askable.has(card.itemId)) continue;
      if (card.dueAt <= now) plan.due += 1;
      if (nextDueAt === null || card.dueAt < nextDueAt) nextDueAt = card.dueAt;
    }
    plan.unseen = bank.filter(({ item }) => item.skill === skill && !cards.has(item.id)).length;
    return plan;
  });
  return {
    skills: plans,
    dueTotal: plans.reduce((sum, plan) => sum + plan.due, 0),
    nextDueAt,
    history: masteryHistory(answers),
  };
}

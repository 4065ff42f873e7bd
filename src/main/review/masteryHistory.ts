import type { Skill } from '../../shared/items.ts';
import { applyAnswer, type ItemCard, type ScheduledAnswer } from './itemCards.ts';
import { localDay } from './localDay.ts';
import { skillMastery } from './skillMastery.ts';

export interface MasteryDay {
  /** YYYY-MM-DD, local time. */
  day: string;
  mastery: Record<Skill, number>;
}

/** Mastery per skill at the end of each day the student answered, oldest first (answers already oldest first). */
export function masteryHistory(answers: readonly ScheduledAnswer[]): MasteryDay[] {
  const cards = new Map<string, ItemCard>();
  const days: MasteryDay[] = [];
  for (const [at, answer] of answers.entries()) {
    applyAnswer(cards, answer);
    const day = localDay(answer.answeredAt);
    const next = answers[at + 1];
    if (next === undefined || localDay(next.answeredAt) !== day) {
      days.push({ day, mastery: skillMastery(cards.values()) });
    }
  }
  return days;
}

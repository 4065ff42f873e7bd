import { describe, expect, it } from 'vitest';
import type { Item, Skill } from '../../../../src/shared/items.ts';
import type { BankItem } from '../../../../src/main/quiz/bankItems.ts';
import { mulberry32 } from '../../../../src/main/quiz/mulberry32.ts';
import { drawReview } from '../../../../src/main/review/drawReview.ts';
import { replayAnswers, type ScheduledAnswer } from '../../../../src/main/review/itemCards.ts';
import { localDay } from '../../../../src/main/review/localDay.ts';
import { planReview } from '../../../../src/main/review/planReview.ts';
import { skillMastery } from '../../../../src/main/review/skillMastery.ts';
import { seedSetId } from '../../../support/paths.ts';
import { handClock, seedItems } from '../quiz/support/seedItems.ts';

// The scheduler on its own: answers in, boxes, due times and drawn items out, with a clock the test moves.

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const items: Item[] = await seedItems();
const bank: BankItem[] = items.map((item) => ({ setId: seedSetId, item }));
const ofSkill = (skill: Skill): Item[] => items.filter((item) => item.skill === skill);

function answer(item: Item, score: number, answeredAt: number): ScheduledAnswer {
  return { itemId: item.id, skill: item.skill, score, answeredAt };
}

describe('Leitner intervals', () => {
  const [item] = ofSkill('evidence') as [Item];
  const clock = handClock();

  it('brings an item right twice back after 1 day, then after 3 days', () => {
    const first = clock.now();
    const once = replayAnswers([answer(item, 1, first)]).get(item.id);
    expect(once?.dueAt).toBe(first + day);
    const second = first + day + hour;
    const twice = replayAnswers([answer(item, 1, first), answer(item, 1, second)]).get(item.id);
    expect(twice?.dueAt).toBe(second + 3 * day);
    expect(
      planReview({ cards: new Map([[item.id, twice!]]), answers: [], bank, now: second + 3 * day - 1 }).dueTotal,
    ).toBe(0);
    expect(planReview({ cards: new Map([[item.id, twice!]]), answers: [], bank, now: second + 3 * day }).dueTotal).toBe(
      1,
    );
  });

  it('sends a missed item, or one with partial credit, back to box 1, due at once', () => {
    const start = clock.now();
    const right = [answer(item, 1, start), answer(item, 1, start + day), answer(item, 1, start + 4 * day)];
    expect(replayAnswers(right).get(item.id)?.box).toBe(4);
    for (const score of [0, 0.5]) {
      const missed = replayAnswers([...right, answer(item, score, start + 11 * day)]).get(item.id);
      expect(missed?.box).toBe(1);
      expect(missed?.dueAt).toBe(start + 11 * day);
    }
  });

  it('counts mastery as the share of met items in boxes 4 and 5', () => {
    const [a, b] = ofSkill('clutter') as [Item, Item];
    const start = clock.now();
    const answers = [0, 1, 4, 11].map((days) => answer(a, 1, start + days * day));
    answers.push(answer(b, 1, start));
    const mastery = skillMastery(replayAnswers(answers).values());
    expect(replayAnswers(answers).get(a.id)?.box).toBe(5);
    expect(mastery.clutter).toBe(0.5);
    expect(mastery.evidence).toBe(0);
  });
});

describe('drawing a review', () => {
  const start = handClock().now();

  it('takes the most overdue items first', () => {
    const evidence = ofSkill('evidence').slice(0, 6);
    // Every item missed once, an hour apart: the first missed is the most overdue.
    const answers = evidence.map((item, at) => answer(item, 0, start + at * hour));
    const cards = replayAnswers(answers);
    const drawn = drawReview({
      cards,
      bank,
      mastery: skillMastery(cards.values()),
      now: start + day,
      count: 3,
      random: mulberry32(1),
    });
    expect(drawn.due.map(({ item }) => item.id)).toEqual(evidence.slice(0, 3).map((item) => item.id));
    expect(drawn.unseen).toEqual([]);
  });

  it('gives a skill the student is weak in more of the session than a skill they are strong in', () => {
    // Both students have ten evidence and ten clutter items due. One has mastered most clutter items and few
    // evidence ones; the other the reverse.
    const evidence = ofSkill('evidence').slice(0, 20);
    const clutter = ofSkill('clutter').slice(0, 20);
    const history = (strong: Item[], weak: Item[]): ScheduledAnswer[] => {
      // Mastered: right four times, long enough ago that the last rest (21 days) is over, so they are due too.
      const mastered = strong
        .slice(0, 15)
        .flatMap((item) => [0, 1, 4, 11].map((days) => answer(item, 1, start + days * day)));
      const missed = [...strong.slice(15), ...weak].map((item) => answer(item, 0, start));
      return [...mastered, ...missed].sort((a, b) => a.answeredAt - b.answeredAt);
    };
    const draw = (answers: ScheduledAnswer[]) => {
      const cards = replayAnswers(answers);
      return drawReview({
        cards,
        bank,
        mastery: skillMastery(cards.values()),
        now: start + 40 * day,
        count: 10,
        random: mulberry32(3),
      });
    };
    const count = (items: readonly BankItem[], skill: Skill) => items.filter(({ item }) => item.skill === skill).length;
    const weakInEvidence = draw(history(clutter, evidence));
    const strongInEvidence = draw(history(evidence, clutter));
    expect(weakInEvidence.due).toHaveLength(10);
    expect(strongInEvidence.due).toHaveLength(10);
    expect(count(weakInEvidence.due, 'evidence')).toBeGreaterThan(count(strongInEvidence.due, 'evidence'));
    expect(count(weakInEvidence.due, 'evidence')).toBeGreaterThan(count(weakInEvidence.due, 'clutter'));
  });

  it('tops up with unseen items, most of them from the weakest skill, when too few are due', () => {
    const compare = ofSkill('compare');
    const evidence = ofSkill('evidence');
    // Compare mastered; one evidence item missed (due now): evidence is the weakest skill.
    const answers = [
      ...compare.flatMap((item) => [0, 1, 4, 11].map((days) => answer(item, 1, start + days * day))),
      answer(evidence[0] as Item, 0, start + 12 * day),
    ].sort((a, b) => a.answeredAt - b.answeredAt);
    const cards = replayAnswers(answers);
    const drawn = drawReview({
      cards,
      bank,
      mastery: skillMastery(cards.values()),
      now: start + 13 * day,
      count: 10,
      random: mulberry32(9),
    });
    expect(drawn.due.map(({ item }) => item.id)).toEqual([evidence[0]?.id]);
    expect(drawn.unseen).toHaveLength(9);
    expect(drawn.unseen.every(({ item }) => !cards.has(item.id))).toBe(true);
    // Compare has no unseen items left; evidence (mastery 0) and clutter (never met, mastery 0) share the rest.
    expect(drawn.unseen.some(({ item }) => item.skill === 'compare')).toBe(false);
    expect(new Set(drawn.unseen.map(({ item }) => item.skill))).toEqual(new Set(['evidence', 'clutter']));
  });

  it('draws the same items from the same seed, and other items from other seeds', () => {
    const cards = replayAnswers([answer(ofSkill('clutter')[0] as Item, 0, start)]);
    const ids = (seed: number) =>
      drawReview({
        cards,
        bank,
        mastery: skillMastery(cards.values()),
        now: start,
        count: 8,
        random: mulberry32(seed),
      }).unseen.map(({ item }) => item.id);
    expect(ids(42)).toEqual(ids(42));
    const others = new Set([1, 2, 3, 4, 5].map((seed) => ids(seed).join()));
    expect(others.size).toBeGreaterThan(1);
  });
});

describe('the plan', () => {
  it('counts due, learning, mastered and unseen items per skill, and mastery at the end of each day', () => {
    const start = handClock().now();
    const [a, b] = ofSkill('evidence') as [Item, Item];
    const answers = [
      answer(a, 1, start),
      answer(b, 0, start + hour),
      answer(a, 1, start + 2 * day),
      answer(a, 1, start + 5 * day),
    ];
    const cards = replayAnswers(answers);
    const plan = planReview({ cards, answers, bank, now: start + 5 * day });
    const evidence = plan.skills.find((skill) => skill.skill === 'evidence');
    expect(evidence).toEqual({
      skill: 'evidence',
      mastery: 0.5,
      due: 1,
      learning: 1,
      mastered: 1,
      unseen: ofSkill('evidence').length - 2,
    });
    expect(plan.dueTotal).toBe(1);
    expect(plan.nextDueAt).toBe(start + hour);
    expect(plan.history.map((entry) => entry.day)).toEqual([
      localDay(start),
      localDay(start + 2 * day),
      localDay(start + 5 * day),
    ]);
    expect(plan.history.map((entry) => entry.mastery.evidence)).toEqual([0, 0, 0.5]);
  });

  it('writes days in local time as YYYY-MM-DD', () => {
    const noon = new Date(2026, 2, 7, 12, 0, 0).getTime();
    expect(localDay(noon)).toBe('2026-03-07');
    expect(localDay(new Date(2026, 2, 7, 23, 59, 59).getTime())).toBe('2026-03-07');
    expect(localDay(new Date(2026, 2, 8, 0, 0, 0).getTime())).toBe('2026-03-08');
  });
});

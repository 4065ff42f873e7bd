import { z } from 'zod';
import { skills } from './items.ts';
import { studentIdSchema } from './people.ts';
import { maxSessionItems } from './quiz.ts';

// "Practise what I miss" (src/main/review): a student's Leitner plan per skill and a review session drawn from it.

const count = z.number().int().min(0);

export const skillPlanSchema = z.object({
  skill: z.enum(skills),
  /** Share of the items met that sit in Leitner boxes 4–5. */
  mastery: z.number().min(0).max(1),
  /** Met items due now. */
  due: count,
  /** Met items in boxes 1–3. */
  learning: count,
  /** Met items in boxes 4–5. */
  mastered: count,
  /** Items of the bank never answered. */
  unseen: count,
});
export type SkillPlan = z.infer<typeof skillPlanSchema>;

export const masteryDaySchema = z.object({
  /** YYYY-MM-DD, the computer's local time. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  mastery: z.record(z.enum(skills), z.number().min(0).max(1)),
});

export const reviewPlanSchema = z.object({
  studentId: z.string(),
  skills: z.array(skillPlanSchema),
  dueTotal: count,
  /** Earliest due time (ms since 1970, may be past) of an item that can be asked; null when none met. */
  nextDueAt: z.number().nullable(),
  /** Mastery per skill at the end of each day the student answered, oldest first. */
  history: z.array(masteryDaySchema),
});
export type ReviewPlan = z.infer<typeof reviewPlanSchema>;

export const startReviewArgsSchema = z
  .object({
    studentId: studentIdSchema,
    count: z.number().int().min(1).max(maxSessionItems),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .optional(),
  })
  .strict();
export type StartReviewArgs = z.infer<typeof startReviewArgsSchema>;

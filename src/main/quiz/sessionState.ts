import { z } from 'zod';
import { skills } from '../../shared/items.ts';
import { feedbackTimings } from '../../shared/assignments.ts';
import { responseSchema, sessionModes, setIdSchema, tallySchema } from '../../shared/quiz.ts';

// Everything main keeps about a session, as plain JSON: what the store writes (one sessions row, one answers row
// per answer) and reads back, so an unfinished session resumes after a restart. Items are kept by id (ids are
// stable across regenerations) and looked up in the item bank when needed; each item and each answer carries its
// skill, so reports and results files need no item bank. Each answer keeps its score and tally, so results never
// depend on scoring again. `version` names this shape for results files that carry it.

export const sessionItemSchema = z.object({ id: z.string().min(1), skill: z.enum(skills) });
export type SessionItem = z.infer<typeof sessionItemSchema>;

export const answerRecordSchema = z.object({
  itemId: z.string(),
  skill: z.enum(skills),
  response: responseSchema,
  answeredAt: z.number(),
  score: z.number().min(0).max(1),
  tally: tallySchema,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

/** A session taken for an assignment: which one, when its feedback shows, and its time limit if it has one. */
export const sessionAssignmentSchema = z.object({
  id: z.string().min(1),
  feedback: z.enum(feedbackTimings),
  timeLimitMs: z.number().int().min(1).optional(),
});
export type SessionAssignment = z.infer<typeof sessionAssignmentSchema>;

export const sessionStateSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  mode: z.enum(sessionModes),
  seed: z.number().int().min(0),
  setIds: z.array(setIdSchema).min(1),
  skills: z.array(z.enum(skills)).min(1),
  requestedCount: z.number().int().min(1),
  studentId: z.string().optional(),
  /** The session's items in the order they are asked. */
  items: z.array(sessionItemSchema),
  /** In the order they were given. */
  answers: z.array(answerRecordSchema),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  assignment: sessionAssignmentSchema.optional(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export function answerTo(state: SessionState, itemId: string): AnswerRecord | undefined {
  return state.answers.find((answer) => answer.itemId === itemId);
}

export function holdsItem(state: SessionState, itemId: string): boolean {
  return state.items.some((item) => item.id === itemId);
}

/** When feedback shows: an assignment says; otherwise practice shows it after each answer and a test at the end. */
export function feedbackTiming(state: Pick<SessionState, 'mode' | 'assignment'>): 'during' | 'end' {
  return state.assignment?.feedback ?? (state.mode === 'practice' ? 'during' : 'end');
}

/** The moment a timed session's time is up; undefined for a session without a time limit. */
export function sessionEndsAt(state: Pick<SessionState, 'startedAt' | 'assignment'>): number | undefined {
  const limit = state.assignment?.timeLimitMs;
  return limit === undefined ? undefined : state.startedAt + limit;
}

import { z } from 'zod';
import { skills } from './items.ts';
import { studentIdSchema, studentSchema, teacherTokenSchema } from './people.ts';
import { sessionModes, setIdSchema, skillResultSchema, totalResultSchema } from './quiz.ts';

// What the teacher area and a student's own progress view show. Figures follow the session results (quiz.ts):
// a finished session counts every item, an unanswered one as 0; an unfinished session counts the items answered
// so far. An item is "correct" when it scored 1 (partial credit is not correct). Hits and false alarms stay
// apart everywhere, so "flags everything" and "trusts everything" can be told apart in every table.

const epochMs = z.number().int().min(0);

export const reportFilterFields = {
  /** Only students of this group. */
  group: z.string().trim().min(1).max(60).optional(),
  /** Only sessions started at or after this time (ms since 1970). */
  from: epochMs.optional(),
  /** Only sessions started before this time. */
  to: epochMs.optional(),
  /** Only sessions taken for this assignment (a lesson, a pre-test). */
  assignmentId: z.string().min(1).max(64).optional(),
};
export const reportFilterSchema = z.object(reportFilterFields).strict();
export type ReportFilter = z.infer<typeof reportFilterSchema>;

export const sessionSummarySchema = z.object({
  sessionId: z.string(),
  mode: z.enum(sessionModes),
  setIds: z.array(setIdSchema),
  skills: z.array(z.enum(skills)),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  total: totalResultSchema,
  perSkill: z.array(skillResultSchema),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** An item as reports name it; prompt and explanation are null when this computer's content lacks the item. */
const reportItemFields = {
  itemId: z.string(),
  skill: z.enum(skills),
  prompt: z.string().nullable(),
  explanation: z.string().nullable(),
};

export const missedItemSchema = z.object({
  ...reportItemFields,
  sessionId: z.string(),
  /** null: left unanswered in a finished session. */
  answeredAt: z.number().nullable(),
  score: z.number().min(0).max(1),
});
export type MissedItem = z.infer<typeof missedItemSchema>;

export const studentReportSchema = z.object({
  student: studentSchema,
  generatedAt: z.number(),
  filter: reportFilterSchema,
  /** Oldest first, so the per-skill trend reads left to right. */
  sessions: z.array(sessionSummarySchema),
  perSkill: z.array(skillResultSchema),
  total: totalResultSchema,
  /** Items that scored below 1, newest first. */
  missed: z.array(missedItemSchema),
});
export type StudentReport = z.infer<typeof studentReportSchema>;

export const itemStatSchema = z.object({
  ...reportItemFields,
  /** Answers given to the item in the report's sessions. */
  answers: z.number().int().min(0),
  /** Share of those answers that scored 1: the item's difficulty as the class met it. */
  shareCorrect: z.number().min(0).max(1),
  meanScore: z.number().min(0).max(1),
  /** Answers that scored below 1. */
  missed: z.number().int().min(0),
});
export type ItemStat = z.infer<typeof itemStatSchema>;

export const classReportSchema = z.object({
  generatedAt: z.number(),
  filter: reportFilterSchema,
  /** Every group on this computer, for the filter. */
  groups: z.array(z.string()),
  /** Every assignment on this computer, newest first, for the filter; a post-test names its pre-test. */
  assignments: z.array(z.object({ id: z.string(), name: z.string(), preId: z.string().optional() })),
  students: z.array(
    z.object({
      student: studentSchema,
      sessions: z.number().int().min(0),
      total: totalResultSchema,
      perSkill: z.array(skillResultSchema),
    }),
  ),
  perSkill: z.array(skillResultSchema),
  /** Hardest first (lowest share correct). */
  items: z.array(itemStatSchema),
  /** The items missed most often, most first; at most 10. */
  mostMissed: z.array(itemStatSchema),
});
export type ClassReport = z.infer<typeof classReportSchema>;

export const classReportArgsSchema = z.object({ token: teacherTokenSchema, ...reportFilterFields }).strict();
export type ClassReportArgs = z.infer<typeof classReportArgsSchema>;

export const studentReportArgsSchema = z
  .object({ token: teacherTokenSchema, studentId: studentIdSchema, ...reportFilterFields })
  .strict();
export type StudentReportArgs = z.infer<typeof studentReportArgsSchema>;

export const csvTables = ['answers', 'summary'] as const;
export const exportCsvArgsSchema = z
  .object({ token: teacherTokenSchema, table: z.enum(csvTables), ...reportFilterFields })
  .strict();
export type ExportCsvArgs = z.infer<typeof exportCsvArgsSchema>;

export const exportPdfArgsSchema = z.discriminatedUnion('report', [
  z.object({ token: teacherTokenSchema, report: z.literal('class'), ...reportFilterFields }).strict(),
  z
    .object({
      token: teacherTokenSchema,
      report: z.literal('student'),
      studentId: studentIdSchema,
      ...reportFilterFields,
    })
    .strict(),
]);
export type ExportPdfArgs = z.infer<typeof exportPdfArgsSchema>;

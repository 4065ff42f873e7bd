import { z } from 'zod';
import { skills } from './items.ts';
import { studentIdSchema, teacherTokenSchema } from './people.ts';
import { maxSessionItems, sessionModes, setIdSchema } from './quiz.ts';

// Assignments (src/main/assignments): what a teacher hands out. The items are drawn once, when the assignment is
// made, and travel with it (ids only, never keys), so every student on every computer gets the same items; each
// student gets them in an order of their own. A post-test is a parallel form of a pre-test: the same skills and
// difficulty mix, none of the same items, so the class report can show growth.

const uniqueEntries = (list: readonly string[]): boolean => new Set(list).size === list.length;

/** During the session (after each answer) or only at the end. A test always keeps feedback for the end. */
export const feedbackTimings = ['during', 'end'] as const;
export type FeedbackTiming = (typeof feedbackTimings)[number];

export const assignmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an assignment id');

export const maxTimeLimitMinutes = 240;

const assignmentName = z
  .string()
  .trim()
  .min(1, 'an assignment needs a name')
  .max(80, 'a name is at most 80 characters');

export const assignmentSpecSchema = z
  .object({
    name: assignmentName,
    setIds: z.array(setIdSchema).min(1, 'choose at least one article set').max(20).refine(uniqueEntries),
    skills: z.array(z.enum(skills)).min(1, 'choose at least one skill').refine(uniqueEntries),
    count: z.number().int().min(1).max(maxSessionItems),
    mode: z.enum(sessionModes),
    feedback: z.enum(feedbackTimings),
    /** Whole minutes; absent means no time limit. */
    timeLimitMinutes: z.number().int().min(1).max(maxTimeLimitMinutes).optional(),
  })
  .strict()
  .refine((spec) => spec.mode === 'practice' || spec.feedback === 'end', {
    message: 'a test shows its feedback at the end; choose practice for feedback during the session',
    path: ['feedback'],
  });
export type AssignmentSpec = z.infer<typeof assignmentSpecSchema>;

/** Which half of a pre/post pair an assignment is, and the other half's id once it exists. */
export const assignmentFormSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('pre') }).strict(),
  z.object({ role: z.literal('post'), preId: assignmentIdSchema }).strict(),
]);
export type AssignmentForm = z.infer<typeof assignmentFormSchema>;

export const assignmentSchema = z
  .object({
    id: assignmentIdSchema,
    name: z.string(),
    setIds: z.array(setIdSchema).min(1),
    skills: z.array(z.enum(skills)).min(1),
    mode: z.enum(sessionModes),
    feedback: z.enum(feedbackTimings),
    timeLimitMinutes: z.number().int().min(1).max(maxTimeLimitMinutes).optional(),
    /** The seed the items were drawn with; each student's order is drawn from it and the student's id. */
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    /** The fixed items, sorted by id: what every student is asked. */
    itemIds: z.array(z.string().min(1).max(100)).min(1).max(maxSessionItems).refine(uniqueEntries),
    /** Absent for a plain assignment. */
    form: assignmentFormSchema.optional(),
    createdAt: z.number(),
  })
  .strict();
export type Assignment = z.infer<typeof assignmentSchema>;

export const createAssignmentArgsSchema = z
  .object({
    token: teacherTokenSchema,
    spec: assignmentSpecSchema,
    /** Made as a pre-test, to be followed later by a post-test drawn with makePostTest. */
    preTest: z.boolean().optional(),
  })
  .strict();
export type CreateAssignmentArgs = z.infer<typeof createAssignmentArgsSchema>;

export const makePostTestArgsSchema = z
  .object({ token: teacherTokenSchema, preId: assignmentIdSchema, name: assignmentName })
  .strict();
export type MakePostTestArgs = z.infer<typeof makePostTestArgsSchema>;

export const teacherAssignmentArgsSchema = z
  .object({ token: teacherTokenSchema, assignmentId: assignmentIdSchema })
  .strict();
export type TeacherAssignmentArgs = z.infer<typeof teacherAssignmentArgsSchema>;

export const maxAssignmentFileChars = 256 * 1024;

export const importAssignmentArgsSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    text: z.string().max(maxAssignmentFileChars, 'an assignment file is at most 256 KB'),
  })
  .strict();
export type ImportAssignmentArgs = z.infer<typeof importAssignmentArgsSchema>;

export const importedAssignmentSchema = z.object({
  assignment: assignmentSchema,
  /** The same assignment was already on this computer: nothing changed. */
  alreadyThere: z.boolean(),
});
export type ImportedAssignment = z.infer<typeof importedAssignmentSchema>;

/** The teacher lets one student take a handed-in test once more. */
export const allowRetakeArgsSchema = z
  .object({ token: teacherTokenSchema, assignmentId: assignmentIdSchema, studentId: studentIdSchema })
  .strict();
export type AllowRetakeArgs = z.infer<typeof allowRetakeArgsSchema>;

/** Who has handed in a test, for the teacher choosing who may take it once more. */
export const handInSchema = z.object({
  studentId: studentIdSchema,
  /** Finished attempts; more than one only after the teacher allowed another. */
  attempts: z.number().int().min(1),
  lastFinishedAt: z.number(),
  /** Allowed one more attempt that the student has not started yet. */
  mayTakeAgain: z.boolean(),
});
export type HandIn = z.infer<typeof handInSchema>;
export const handInsSchema = z.object({ handIns: z.array(handInSchema) });
export type HandIns = z.infer<typeof handInsSchema>;

export const startAssignmentArgsSchema = z
  .object({ assignmentId: assignmentIdSchema, studentId: studentIdSchema })
  .strict();
export type StartAssignmentArgs = z.infer<typeof startAssignmentArgsSchema>;

// Growth from a pre-test to its post-test: accuracy per skill, for the class and for each student who took both.

const share = z.number().min(0).max(1);

export const growthFigureSchema = z.object({
  /** Accuracy on the pre-test and the post-test (finished sessions only); null when not taken. */
  pre: share.nullable(),
  post: share.nullable(),
  /** post − pre, only when both were taken. */
  growth: z.number().min(-1).max(1).nullable(),
});
export type GrowthFigure = z.infer<typeof growthFigureSchema>;

export const skillGrowthSchema = growthFigureSchema.extend({ skill: z.enum(skills) });
export type SkillGrowth = z.infer<typeof skillGrowthSchema>;

export const studentGrowthSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  group: z.string().optional(),
  total: growthFigureSchema,
  perSkill: z.array(skillGrowthSchema),
});
export type StudentGrowth = z.infer<typeof studentGrowthSchema>;

export const growthReportArgsSchema = z
  .object({
    token: teacherTokenSchema,
    postId: assignmentIdSchema,
    group: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type GrowthReportArgs = z.infer<typeof growthReportArgsSchema>;

export const growthReportSchema = z.object({
  pre: z.object({ id: z.string(), name: z.string() }),
  post: z.object({ id: z.string(), name: z.string() }),
  /** Class figures over the students who took both forms (means of their accuracies). */
  takenBoth: z.number().int().min(0),
  total: growthFigureSchema,
  perSkill: z.array(skillGrowthSchema),
  /** Every student who took either form, by name. */
  students: z.array(studentGrowthSchema),
});
export type GrowthReport = z.infer<typeof growthReportSchema>;

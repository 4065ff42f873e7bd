import { z } from 'zod';
import { evidencePassageSchema, optionSchema, skills } from './items.ts';

// What crosses the contract for a quiz session. The renderer sees a public item: what to show and what can be
// answered, never the key, the explanation, the evidence or whether the case is clean (each would give the answer
// away). Keys come back only as feedback: after each answer in practice mode, with the results in test mode.

export const sessionModes = ['practice', 'test'] as const;
export type SessionMode = (typeof sessionModes)[number];

// A set id is a folder name under content/; no path separators, no "." or "..", so it can never leave that folder.
export const setIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'a set id is a folder name: letters, digits, ".", "_" or "-"');

const itemIdSchema = z.string().min(1).max(100);

const publicItemBase = z.object({
  id: itemIdSchema,
  /** The set the item was made from: its evidence and lines point at that set's article files. */
  setId: setIdSchema,
  skill: z.enum(skills),
  prompt: z.string(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const publicItemSchema = z.discriminatedUnion('format', [
  publicItemBase.extend({ format: z.literal('single_choice'), options: z.array(optionSchema) }).strict(),
  publicItemBase.extend({ format: z.literal('choose_all'), options: z.array(optionSchema) }).strict(),
  publicItemBase
    .extend({
      format: z.literal('mark_lines'),
      file: z.string(),
      lines: z.array(z.object({ line: z.number().int().min(1), text: z.string() }).strict()),
    })
    .strict(),
]);
export type PublicItem = z.infer<typeof publicItemSchema>;

// One response shape per item format. Strict, so a response carrying two shapes at once matches none of them.
const maxMarks = 1000;
export const singleChoiceResponseSchema = z.object({ optionId: z.string().min(1).max(100) }).strict();
export const chooseAllResponseSchema = z
  .object({ optionIds: z.array(z.string().min(1).max(100)).max(maxMarks) })
  .strict();
export const markLinesResponseSchema = z.object({ lines: z.array(z.number().int().min(1)).max(maxMarks) }).strict();
export const responseSchema = z.union([singleChoiceResponseSchema, chooseAllResponseSchema, markLinesResponseSchema]);
export type SingleChoiceResponse = z.infer<typeof singleChoiceResponseSchema>;
export type ChooseAllResponse = z.infer<typeof chooseAllResponseSchema>;
export type MarkLinesResponse = z.infer<typeof markLinesResponseSchema>;
export type ItemResponse = z.infer<typeof responseSchema>;

// Signal detection: every decision a student makes is one of these four, so "flag everything" shows up as false
// alarms and "trust everything" as misses, whatever the total says.
export const tallySchema = z.object({
  hits: z.number().int().min(0),
  misses: z.number().int().min(0),
  falseAlarms: z.number().int().min(0),
  correctRejections: z.number().int().min(0),
});
export type Tally = z.infer<typeof tallySchema>;

/** The answer revealed: the key in the same shape as a response, why, and the passages that prove it. */
export const feedbackSchema = z.object({
  key: responseSchema,
  explanation: z.string(),
  evidence: z.array(evidencePassageSchema),
  clean: z.boolean(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const itemOutcomeSchema = z.object({
  itemId: itemIdSchema,
  score: z.number().min(0).max(1),
  tally: tallySchema,
  feedback: feedbackSchema,
});
export type ItemOutcome = z.infer<typeof itemOutcomeSchema>;

export const answerViewSchema = z.object({
  itemId: itemIdSchema,
  response: responseSchema,
  answeredAt: z.number(),
  /** Practice mode only: the feedback the student already saw, so a resumed session can show it again. */
  outcome: itemOutcomeSchema.optional(),
});
export type AnswerView = z.infer<typeof answerViewSchema>;

const skillScoreFields = {
  /** Points earned: each item is worth 1, partial credit included. */
  score: z.number().min(0),
  /** Items in the session, answered or not: the points possible. */
  items: z.number().int().min(0),
  /** score / items, 0 when there is nothing to score. */
  accuracy: z.number().min(0).max(1),
  answered: z.number().int().min(0),
  ...tallySchema.shape,
  /** hits / (hits + misses); null when there was no flaw to find. */
  hitRate: z.number().min(0).max(1).nullable(),
  /** falseAlarms / (falseAlarms + correctRejections); null when there was nothing clean to leave alone. */
  falseAlarmRate: z.number().min(0).max(1).nullable(),
};

export const skillResultSchema = z.object({ skill: z.enum(skills), ...skillScoreFields });
export type SkillResult = z.infer<typeof skillResultSchema>;

export const totalResultSchema = z.object(skillScoreFields);
export type TotalResult = z.infer<typeof totalResultSchema>;

export const itemResultSchema = z.object({
  itemId: itemIdSchema,
  skill: z.enum(skills),
  format: z.enum(['single_choice', 'choose_all', 'mark_lines']),
  /** null: not answered before the session was finished (scores 0, counts no decisions). */
  response: responseSchema.nullable(),
  answeredAt: z.number().nullable(),
  /** Since the session started or the answer before this one. */
  timeSpentMs: z.number().min(0).nullable(),
  score: z.number().min(0).max(1),
  tally: tallySchema.nullable(),
  feedback: feedbackSchema,
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const sessionResultsSchema = z.object({
  sessionId: z.string(),
  mode: z.enum(sessionModes),
  studentId: z.string().optional(),
  startedAt: z.number(),
  finishedAt: z.number(),
  /** From start to finish, pauses included. */
  timeSpentMs: z.number().min(0),
  total: totalResultSchema,
  perSkill: z.array(skillResultSchema),
  items: z.array(itemResultSchema),
});
export type SessionResults = z.infer<typeof sessionResultsSchema>;

/** A session as the renderer may see it while it runs: startSession returns it, getSession returns it to resume. */
export const sessionViewSchema = z.object({
  sessionId: z.string(),
  mode: z.enum(sessionModes),
  /** The seed the items were drawn with: the same seed and item files give the same items in the same order. */
  seed: z.number().int().min(0),
  setIds: z.array(setIdSchema),
  skills: z.array(z.enum(skills)),
  studentId: z.string().optional(),
  /** What was asked for; `items` is shorter when the chosen sets hold fewer items. */
  requestedCount: z.number().int().min(1),
  items: z.array(publicItemSchema),
  answers: z.array(answerViewSchema),
  /** Index in `items` of the first unanswered item; items.length when every item is answered. */
  position: z.number().int().min(0),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  /** When the key and explanation show: after each answer, or only with the results. */
  feedback: z.enum(['during', 'end']),
  /** A timed session: the moment its time is up (ms since 1970). Answers after it are refused. */
  endsAt: z.number().optional(),
  /** The assignment the session was started for. */
  assignmentId: z.string().optional(),
  /** Present once the session is finished. */
  results: sessionResultsSchema.optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

const uniqueEntries = (list: readonly string[]): boolean => new Set(list).size === list.length;

export const maxSessionItems = 200;

export const startSessionArgsSchema = z
  .object({
    mode: z.enum(sessionModes),
    setIds: z.array(setIdSchema).min(1).max(50).refine(uniqueEntries, 'each set only once'),
    skills: z.array(z.enum(skills)).min(1).refine(uniqueEntries, 'each skill only once'),
    count: z.number().int().min(1).max(maxSessionItems),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .optional(),
    studentId: z.string().min(1).max(200).optional(),
    /**
     * Exactly these items (for "practise the missed ones"), asked in an order drawn from the seed; `count` must
     * equal their number. Without it the engine chooses `count` items from the sets.
     */
    itemIds: z.array(itemIdSchema).min(1).max(maxSessionItems).refine(uniqueEntries, 'each item only once').optional(),
  })
  .strict()
  .refine((args) => args.itemIds === undefined || args.itemIds.length === args.count, {
    message: 'count must equal the number of itemIds',
    path: ['count'],
  });
export type StartSessionArgs = z.infer<typeof startSessionArgsSchema>;

const sessionIdSchema = z.string().min(1).max(100);

export const submitAnswerArgsSchema = z
  .object({ sessionId: sessionIdSchema, itemId: itemIdSchema, response: responseSchema })
  .strict();
export type SubmitAnswerArgs = z.infer<typeof submitAnswerArgsSchema>;

const progressFields = { answered: z.number().int().min(0), remaining: z.number().int().min(0) };

export const submitAnswerResultSchema = z.union([
  z.object({ mode: z.literal('practice'), outcome: itemOutcomeSchema, ...progressFields }),
  // A test, or an assignment that keeps feedback for the end: only that the answer was recorded; the score and the
  // key come with finishSession.
  z.object({ mode: z.enum(sessionModes), itemId: itemIdSchema, ...progressFields }).strict(),
]);
export type SubmitAnswerResult = z.infer<typeof submitAnswerResultSchema>;

export const sessionIdArgsSchema = z.object({ sessionId: sessionIdSchema }).strict();
export type SessionIdArgs = z.infer<typeof sessionIdArgsSchema>;

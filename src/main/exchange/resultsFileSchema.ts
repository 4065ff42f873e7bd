import { z } from 'zod';
import { skills } from '../../shared/items.ts';
import { feedbackTimings } from '../../shared/assignments.ts';
import { maxSessionItems, responseSchema, sessionModes, setIdSchema } from '../../shared/quiz.ts';

// A student's results as a file, carried from their computer to the teacher's. The file is read from outside, so
// every field is checked: objects are strict (an unknown field means a file this version does not understand),
// text, lists and numbers have limits, and the whole file must hang together (an answer belongs to one of its
// session's items, each item answered once, each session once). Messages are phrased to follow a field name
// ("score must be between 0 and 1"); readResultsFile puts the place in the file in front.
//
// A change to this shape is a new version: readers of version 1 must keep reading version-1 files.

export const resultsFormat = 'crossread-results';
export const resultsFileVersion = 1;

/** Latest representable Date (±8.64e15 ms); anything later is not a time. */
const lastTime = 8_640_000_000_000_000;
const maxSessions = 10_000;
/** More decisions than any item has lines or options; a tally above it is not one Crossread made. */
const maxDecisions = 100_000;

/** Text without control characters or broken surrogate pairs, so it is stored and read back unchanged. */
function text(max: number) {
  return z
    .string()
    .min(1, 'is empty')
    .max(max, `is longer than ${max} characters`)
    .refine((value) => !/[\p{Cc}\p{Cs}]/u.test(value), 'contains characters that are not text');
}

function wholeNumber(min: number, max: number, words = `a whole number between ${min} and ${max}`) {
  const message = `must be ${words}`;
  return z.number(message).int(message).min(min, message).max(max, message);
}

const time = wholeNumber(0, lastTime, 'a time (milliseconds since 1970)');
const count = wholeNumber(0, maxDecisions);
const skill = z.enum(skills, `must be one of: ${skills.join(', ')}`);

const noRepeats = (list: readonly string[]): boolean => new Set(list).size === list.length;

export const resultsTallySchema = z.strictObject({
  hits: count,
  misses: count,
  falseAlarms: count,
  correctRejections: count,
});

export const resultsAnswerSchema = z.strictObject({
  itemId: text(100),
  skill,
  response: responseSchema,
  answeredAt: time,
  score: z
    .number('must be a number between 0 and 1')
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1'),
  tally: resultsTallySchema,
});
export type ResultsAnswer = z.infer<typeof resultsAnswerSchema>;

export const resultsItemSchema = z.strictObject({ id: text(100), skill });
export type ResultsItem = z.infer<typeof resultsItemSchema>;

/** A session taken for an assignment: growth reports pair pre- and post-tests by these ids, on any computer. */
export const resultsAssignmentSchema = z.strictObject({
  id: text(64),
  feedback: z.enum(feedbackTimings, `must be one of: ${feedbackTimings.join(', ')}`),
  timeLimitMs: wholeNumber(1, 24 * 60 * 60 * 1000).optional(),
});

export const resultsSessionSchema = z
  .strictObject({
    id: text(100),
    mode: z.enum(sessionModes, `must be one of: ${sessionModes.join(', ')}`),
    seed: wholeNumber(0, 2 ** 32 - 1),
    setIds: z
      .array(setIdSchema)
      .min(1, 'needs at least one set')
      .max(50, 'has more than 50 sets')
      .refine(noRepeats, 'name a set twice'),
    skills: z
      .array(skill)
      .min(1, 'needs at least one skill')
      .max(skills.length, `has more than ${skills.length} skills`)
      .refine(noRepeats, 'name a skill twice'),
    requestedCount: wholeNumber(1, maxSessionItems),
    items: z
      .array(resultsItemSchema)
      .min(1, 'needs at least one item')
      .max(maxSessionItems, `has more than ${maxSessionItems} items`),
    startedAt: time,
    finishedAt: time.optional(),
    answers: z.array(resultsAnswerSchema).max(maxSessionItems, `has more than ${maxSessionItems} answers`),
    assignment: resultsAssignmentSchema.optional(),
  })
  .superRefine((session, context) => {
    const skillOf = new Map<string, string>();
    session.items.forEach((item, at) => {
      if (skillOf.has(item.id)) {
        context.addIssue({ code: 'custom', path: ['items', at, 'id'], message: `"${item.id}" is listed twice` });
      }
      skillOf.set(item.id, item.skill);
    });
    const answered = new Map<string, number>();
    session.answers.forEach((answer, at) => {
      const earlier = answered.get(answer.itemId);
      const itemSkill = skillOf.get(answer.itemId);
      if (itemSkill === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['answers', at, 'itemId'],
          message: `"${answer.itemId}" is not one of this session's items`,
        });
      } else if (earlier !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['answers', at, 'itemId'],
          message: `"${answer.itemId}" was already answered in answer ${earlier + 1}`,
        });
      } else if (answer.skill !== itemSkill) {
        context.addIssue({
          code: 'custom',
          path: ['answers', at, 'skill'],
          message: `is ${answer.skill}, but item "${answer.itemId}" is a ${itemSkill} item`,
        });
      }
      if (earlier === undefined) answered.set(answer.itemId, at);
    });
  });
export type ResultsSession = z.infer<typeof resultsSessionSchema>;

export const resultsStudentSchema = z.strictObject({
  id: text(100),
  name: text(80),
  group: text(60).optional(),
  createdAt: time,
});
export type ResultsStudent = z.infer<typeof resultsStudentSchema>;

export const resultsFileSchema = z
  .strictObject({
    format: z.literal(resultsFormat),
    version: z.literal(resultsFileVersion),
    exportedAt: time,
    student: resultsStudentSchema,
    sessions: z.array(resultsSessionSchema).max(maxSessions, `has more than ${maxSessions} sessions`),
  })
  .superRefine((file, context) => {
    const seen = new Map<string, number>();
    file.sessions.forEach((session, at) => {
      const earlier = seen.get(session.id);
      if (earlier === undefined) seen.set(session.id, at);
      else {
        context.addIssue({
          code: 'custom',
          path: ['sessions', at, 'id'],
          message: `"${session.id}" is the same as session ${earlier + 1}'s`,
        });
      }
    });
  });
export type ResultsFile = z.infer<typeof resultsFileSchema>;

import { z } from 'zod';
import { contentProblemSchema } from './articleSets.ts';
import { errorCodes } from './errorCodes.ts';
import { itemSchema } from './items.ts';
import { teacherTokenSchema } from './people.ts';

// A teacher's own article set (issue #7): the articles as given (files or pasted text), the progress of the
// generation that runs off the main thread, and the review that decides which generated items students see.
// Imported sets live in the data folder, never in content/.

export const minImportedArticles = 2;
export const maxImportedArticles = 20;
/** An article larger than this is a per-article problem, not a failed call (same limit as content/ articles). */
export const maxArticleBytes = 2 * 1024 * 1024;
// The call itself accepts a little more, so "over 2 MB" can be reported by name; a renderer should send at most
// maxArticleBytes + 1 bytes of a larger file (enough to tell it is too large) rather than the whole file.
const maxSentBytes = 4 * 1024 * 1024;
const maxSentBase64 = Math.ceil(maxSentBytes / 3) * 4;

/** Every imported set's id starts with this, so it can never be one of content/'s folder names. */
export const importedSetPrefix = 'imported-';

const outletSchema = z.string().trim().min(1).max(80, 'an outlet name is at most 80 characters');

export const articleSourceSchema = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('file'),
      /** The file's own name: .txt, .md, .html or .htm decides how it is read. */
      name: z.string().min(1).max(255),
      /** The file's bytes, base64: checked here (UTF-8, not binary, at most 2 MB), not in the renderer. */
      base64: z.string().max(maxSentBase64, 'an article file is at most 2 MB'),
      outlet: outletSchema.optional(),
    })
    .strict(),
  z
    .object({
      source: z.literal('pasted'),
      text: z.string().max(maxSentBytes, 'a pasted article is at most 2 MB'),
      outlet: outletSchema.optional(),
    })
    .strict(),
]);
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const newSetRequestSchema = z
  .object({
    title: z.string().trim().min(1, 'a set needs a title').max(120, 'a set title is at most 120 characters'),
    /** The day the set is about: what "yesterday" means in an undated article. */
    date: z.iso.date().optional(),
    articles: z
      .array(articleSourceSchema)
      .min(minImportedArticles, `a set needs at least ${minImportedArticles} articles`)
      .max(maxImportedArticles, `a set holds at most ${maxImportedArticles} articles`),
  })
  .strict();
export type NewSetRequest = z.infer<typeof newSetRequestSchema>;

/** An article that could not be used, named as the teacher gave it ("03.html", "Pasted article 2"). */
export const articleProblemSchema = contentProblemSchema;
export type ArticleProblem = z.infer<typeof articleProblemSchema>;

export const generationStages = ['convert', 'analyse', 'items'] as const;
export type GenerationStage = (typeof generationStages)[number];

/** One step of the generation: each article converted, then the analysis, then the items. */
export const generationProgressSchema = z.object({
  stage: z.enum(generationStages),
  done: z.number().int().min(0),
  total: z.number().int().min(1),
});
export type GenerationProgress = z.infer<typeof generationProgressSchema>;

export const importedArticleSchema = z
  .object({
    /** The article's file in the set ("01_daily-thunder.txt"): what the items' evidence points at. */
    file: z.string().regex(/^[0-9]{2}_[a-z0-9-]{1,60}\.txt$/, 'an imported article file looks like "01_outlet.txt"'),
    /** The name it was given under ("thunder.html", "Pasted article 2"). */
    givenName: z.string().min(1).max(255),
    outlet: outletSchema.optional(),
    headline: z.string(),
  })
  .strict();
export type ImportedArticle = z.infer<typeof importedArticleSchema>;

export const importedSetIdSchema = z
  .string()
  .regex(/^imported-[a-z0-9-]{0,60}[0-9a-f]{10}$/, 'an imported set id looks like "imported-<title>-<10 hex digits>"');

/** set.json of an imported set. */
export const importedSetFileSchema = z
  .object({
    id: importedSetIdSchema,
    title: z.string().min(1).max(120),
    date: z.iso.date().optional(),
    articles: z.array(importedArticleSchema).min(minImportedArticles).max(maxImportedArticles),
  })
  .strict();
export type ImportedSetFile = z.infer<typeof importedSetFileSchema>;

export const itemStatuses = ['pending', 'accepted', 'rejected'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

const promptText = z.string().trim().min(1, 'a prompt cannot be empty').max(2000);
const explanationText = z.string().trim().min(1, 'an explanation cannot be empty').max(4000);

/** The teacher's decision on one item: only the wording may change, never the key, options or evidence. */
export const itemReviewSchema = z
  .object({
    status: z.enum(itemStatuses),
    prompt: promptText.optional(),
    explanation: explanationText.optional(),
  })
  .strict();
export type ItemReview = z.infer<typeof itemReviewSchema>;

/** review.json of an imported set: every generated item has an entry. */
export const reviewFileSchema = z
  .object({
    published: z.boolean(),
    items: z.record(z.string(), itemReviewSchema),
  })
  .strict();
export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** An edit the teacher makes; strict, so a key, options or evidence in it are refused, not ignored. */
export const reviewEditSchema = z
  .object({
    itemId: z.string().min(1).max(100),
    status: z.enum(itemStatuses).optional(),
    prompt: promptText.optional(),
    explanation: explanationText.optional(),
  })
  .strict();
export type ReviewEdit = z.infer<typeof reviewEditSchema>;

/** One item as the teacher reviews it: the item with the teacher's wording, its evidence and its status. */
export const reviewedItemSchema = z.object({
  item: itemSchema,
  status: z.enum(itemStatuses),
  /** The prompt or explanation differs from the generated one. */
  edited: z.boolean(),
});
export type ReviewedItem = z.infer<typeof reviewedItemSchema>;

export const importedSetSummarySchema = z.object({
  id: importedSetIdSchema,
  title: z.string(),
  date: z.string().optional(),
  articles: z.array(importedArticleSchema),
  published: z.boolean(),
  counts: z.object({
    pending: z.number().int().min(0),
    accepted: z.number().int().min(0),
    rejected: z.number().int().min(0),
  }),
});
export type ImportedSetSummary = z.infer<typeof importedSetSummarySchema>;

export const importedSetReviewSchema = importedSetSummarySchema.extend({ items: z.array(reviewedItemSchema) });
export type ImportedSetReview = z.infer<typeof importedSetReviewSchema>;

/** What importing a content pack did. */
export const packImportSchema = z.object({
  setId: importedSetIdSchema,
  title: z.string(),
  /** The set was already in this data folder (the same pack imported twice): nothing was changed. */
  alreadyThere: z.boolean(),
});
export type PackImport = z.infer<typeof packImportSchema>;

export const importJobStates = ['running', 'done', 'failed', 'cancelled'] as const;

/** A generation the renderer follows by polling: its latest step while running, then its outcome. */
export const importJobStatusSchema = z.object({
  jobId: z.string(),
  state: z.enum(importJobStates),
  progress: generationProgressSchema.optional(),
  /** When done: the saved set, and the articles left out. */
  result: z
    .object({
      setId: importedSetIdSchema,
      title: z.string(),
      itemCount: z.number().int().min(0),
      problems: z.array(articleProblemSchema),
      alreadyThere: z.boolean(),
    })
    .optional(),
  /** When failed or cancelled: why, as for any call. */
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).optional(),
});
export type ImportJobStatus = z.infer<typeof importJobStatusSchema>;

// The calls of the teacher area's "Article sets" (contract.ts): every one carries the teacher token.

export const startArticleImportArgsSchema = z
  .object({ token: teacherTokenSchema, ...newSetRequestSchema.shape })
  .strict();
export type StartArticleImportArgs = z.infer<typeof startArticleImportArgsSchema>;

export const importJobArgsSchema = z.object({ token: teacherTokenSchema, jobId: z.string().min(1).max(100) }).strict();

/** "Accept all" of a large set is one call. */
const maxEditsPerCall = 20_000;

export const importedSetArgsSchema = z.object({ token: teacherTokenSchema, setId: importedSetIdSchema }).strict();

export const editSetReviewArgsSchema = z
  .object({
    token: teacherTokenSchema,
    setId: importedSetIdSchema,
    edits: z.array(reviewEditSchema).min(1).max(maxEditsPerCall),
  })
  .strict();
export type EditSetReviewArgs = z.infer<typeof editSetReviewArgsSchema>;

export const publishSetArgsSchema = z
  .object({ token: teacherTokenSchema, setId: importedSetIdSchema, published: z.boolean() })
  .strict();

export const importedSetListSchema = z.object({
  sets: z.array(importedSetSummarySchema),
  /** Sets in the data folder whose files are broken, each named by its id. */
  problems: z.array(articleProblemSchema),
});
export type ImportedSetList = z.infer<typeof importedSetListSchema>;

/**
 * A pack sent through the call is at most this large: its base64 (4/3 of it) and the call's JSON stay under browser
 * mode's 10 MB request limit. A larger pack is refused by name before it is sent.
 */
export const maxSentPackBytes = 7 * 1024 * 1024;

export const importPackArgsSchema = z
  .object({
    token: teacherTokenSchema,
    fileName: z.string().min(1).max(255),
    base64: z.string().max(Math.ceil(maxSentPackBytes / 3) * 4, 'a content pack sent here is at most 7 MB'),
  })
  .strict();
export type ImportPackArgs = z.infer<typeof importPackArgsSchema>;

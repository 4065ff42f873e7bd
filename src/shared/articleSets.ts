import { z } from 'zod';
import { errorCodes } from './errorCodes.ts';

export const articleSummarySchema = z.object({
  file: z.string(),
  headline: z.string(),
  wordCount: z.number().int().min(0),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

// A file of the set that could not be used; the rest of the set still loads.
export const contentProblemSchema = z.object({
  file: z.string(),
  code: z.enum(errorCodes),
  message: z.string(),
});
export type ContentProblem = z.infer<typeof contentProblemSchema>;

export const articleSetSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().optional(),
  articles: z.array(articleSummarySchema),
  problems: z.array(contentProblemSchema),
});
export type ArticleSet = z.infer<typeof articleSetSchema>;

// Optional set.json beside the articles.
export const setManifestSchema = z
  .object({
    title: z.string().min(1),
    date: z.iso.date().optional(),
  })
  .strict();
export type SetManifest = z.infer<typeof setManifestSchema>;

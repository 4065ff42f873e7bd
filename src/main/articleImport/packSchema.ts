import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  importedArticleSchema,
  importedSetIdSchema,
  maxArticleBytes,
  maxImportedArticles,
  minImportedArticles,
  reviewFileSchema,
} from '../../shared/articleImport.ts';
import { itemSchema } from '../../shared/items.ts';
import { canonicalJson } from './canonicalJson.ts';

// A content pack: one imported set (title, articles, items, review state) in one JSON file, so a teacher can take a
// reviewed set to another computer. Versioned, strict (an unknown field is refused, not carried along), and sealed
// by a sha256 of the set's canonical JSON, so a damaged or hand-edited pack is detected before anything is written.

export const packFormat = 'crossread-content-pack';
export const packVersion = 1;

/** 20 articles of 2 MB, their items and some room: anything larger is not a pack this app wrote. */
export const maxPackBytes = 64 * 1024 * 1024;
export const maxPackItems = 20_000;

export const packSetSchema = z
  .object({
    id: importedSetIdSchema,
    title: z.string().trim().min(1).max(120),
    date: z.iso.date().optional(),
    articles: z
      .array(
        importedArticleSchema
          .extend({ text: z.string().min(1).max(maxArticleBytes, 'an article is at most 2 MB') })
          .strict(),
      )
      .min(minImportedArticles)
      .max(maxImportedArticles),
    items: z.array(itemSchema).min(1).max(maxPackItems),
    review: reviewFileSchema,
  })
  .strict();
export type PackSet = z.infer<typeof packSetSchema>;

export const packSchema = z
  .object({
    format: z.literal(packFormat),
    version: z.literal(packVersion),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hex digits'),
    set: packSetSchema,
  })
  .strict();
export type ContentPack = z.infer<typeof packSchema>;

export function packChecksum(set: unknown): string {
  return createHash('sha256').update(canonicalJson(set), 'utf8').digest('hex');
}

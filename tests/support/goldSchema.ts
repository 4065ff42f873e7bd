import { z } from 'zod';
import { factKinds, unsupportedKinds } from '../../src/shared/analysis.ts';

// A careful teacher's reading of one article set: the answer key that the generator's analysis.json is scored
// against (tests/support/scoreAnalysis.ts). Every `text` is copied from the article exactly as written, so
// loadGold.ts can check that it still stands at that file and line; a gold file cannot rot silently.

const articleFile = z.string().regex(/\.txt$/, 'an article file name ends in .txt');
const lineNumber = z.number().int().min(1);
const note = z.string().min(1);

export const goldLineRefSchema = z
  .object({
    file: articleFile,
    line: lineNumber,
    // A value as written ("up to 130,000"), the quoted words of a quotation, or the exact sentence of a claim.
    text: z.string().min(1),
  })
  .strict();
export type GoldLineRef = z.infer<typeof goldLineRefSchema>;

export const goldValueSchema = goldLineRefSchema
  .extend({
    // Values of one fact that share a reading say the same thing ("Approximately 100,000" and "some 100,000");
    // a value without one stands for itself. A disagreement is only found when values of two readings are found.
    reading: z.string().min(1).optional(),
  })
  .strict();
export type GoldValue = z.infer<typeof goldValueSchema>;

export const goldFactSchema = z
  .object({
    // What the values are about, in words a teacher would use ("Russian troops at the Ukrainian border").
    fact: z.string().min(1),
    kind: z.enum(factKinds),
    values: z.array(goldValueSchema).min(2),
    note: note.optional(),
  })
  .strict();
export type GoldFact = z.infer<typeof goldFactSchema>;

export const goldUnsupportedSchema = goldLineRefSchema
  .extend({
    kind: z.enum(unsupportedKinds),
    // The words that make it unsupported ("did not give proof", "some analysts", "might"); part of `text`.
    cue: z.string().min(1),
    // For a flagged sentence ("The US did not give proof..."): the claim it is about, when that is another sentence.
    claim: goldLineRefSchema.optional(),
    note: note.optional(),
  })
  .strict();
export type GoldUnsupported = z.infer<typeof goldUnsupportedSchema>;

export const goldSupportedSchema = goldLineRefSchema
  .extend({
    // Who or what the claim is attributed to, as a teacher would name it.
    source: z.string().min(1),
    note: note.optional(),
  })
  .strict();
export type GoldSupported = z.infer<typeof goldSupportedSchema>;

// A call a careful teacher could make either way. A prediction that matches one is neither a hit nor a false
// alarm, and it is not needed for recall: the scorer neither rewards nor punishes a judgement call.
export const goldDebatableClaimSchema = goldLineRefSchema.extend({ note }).strict();
export type GoldDebatableClaim = z.infer<typeof goldDebatableClaimSchema>;

export const goldArticleSchema = z
  .object({
    file: articleFile,
    // First 12 hex digits of the sha256 of the article's bytes, as analysis.json has it: pins the exact text labelled.
    id: z.string().regex(/^[0-9a-f]{12}$/),
    // The article's own title line, as written.
    headline: z.string().min(1),
  })
  .strict();
export type GoldArticle = z.infer<typeof goldArticleSchema>;

export const goldSchema = z
  .object({
    set: z.string().min(1),
    // Folder of the articles, relative to the project root (or absolute).
    articlesDir: z.string().min(1),
    notes: z.array(z.string().min(1)),
    articles: z.array(goldArticleSchema).min(2),
    // Every non-empty line that is page chrome, per file, with its text; every other non-empty line is article.
    chrome: z.record(articleFile, z.array(z.object({ line: lineNumber, text: z.string().min(1) }).strict())),
    disagreements: z.array(goldFactSchema),
    agreements: z.array(goldFactSchema),
    unsupported: z.array(goldUnsupportedSchema),
    supported: z.array(goldSupportedSchema),
    debatable: z
      .object({
        facts: z.array(goldFactSchema.extend({ note })),
        claims: z.array(goldDebatableClaimSchema),
      })
      .strict(),
  })
  .strict();
export type Gold = z.infer<typeof goldSchema>;

/** The reading that decides whether two values of a fact say the same thing. */
export function readingOf(value: GoldValue): string {
  return (value.reading ?? value.text).toLowerCase().replace(/\s+/g, ' ').trim();
}

import { z } from 'zod';

// The generator's findings before they become questions, so accuracy can be measured apart from wording.
// `file` is the article's file name, `line` its 1-based line number, `text` the exact line, value or sentence.

export const lineRefSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().min(1),
  text: z.string().min(1),
});
export type LineRef = z.infer<typeof lineRefSchema>;

export const factKinds = ['number', 'date', 'name', 'quote', 'claim'] as const;
export type FactKind = (typeof factKinds)[number];

export const factSchema = z.object({
  fact: z.string().min(1),
  kind: z.enum(factKinds),
  values: z.array(lineRefSchema).min(2),
});
export type Fact = z.infer<typeof factSchema>;

export const unsupportedKinds = ['flagged', 'vague_attribution', 'speculation'] as const;
export type UnsupportedKind = (typeof unsupportedKinds)[number];

export const analysisSchema = z.object({
  articles: z.array(z.object({ file: z.string().min(1), id: z.string().min(1), headline: z.string() })),
  lines: z.array(
    lineRefSchema.extend({
      boilerplate: z.boolean(),
      reasons: z.array(z.string()),
    }),
  ),
  disagreements: z.array(factSchema),
  agreements: z.array(factSchema),
  unsupported: z.array(
    lineRefSchema.extend({
      kind: z.enum(unsupportedKinds),
      cue: z.string().min(1),
      // For a "no proof was given" sentence: the claim it refers to, when it is a different sentence.
      claim: lineRefSchema.optional(),
    }),
  ),
  supported: z.array(lineRefSchema.extend({ source: z.string().min(1) })),
});
export type Analysis = z.infer<typeof analysisSchema>;

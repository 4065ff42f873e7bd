import { z } from 'zod';

export const skills = ['compare', 'evidence', 'clutter'] as const;
export type Skill = (typeof skills)[number];

export const itemFormats = ['single_choice', 'choose_all', 'mark_lines'] as const;
export type ItemFormat = (typeof itemFormats)[number];

// A passage that proves the answer: the exact words and where they stand, so the app can highlight them.
export const evidencePassageSchema = z
  .object({
    file: z.string().min(1),
    line: z.number().int().min(1),
    text: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((p) => p.end > p.start && p.end - p.start === p.text.length, {
    message: 'end - start must equal the passage length',
  });
export type EvidencePassage = z.infer<typeof evidencePassageSchema>;

export const optionSchema = z.object({ id: z.string().min(1), text: z.string().min(1) });
export type ItemOption = z.infer<typeof optionSchema>;

const itemBase = z.object({
  id: z.string().regex(/^[a-z]+-[0-9a-f]{12}$/, 'ids look like "<skill>-<12 hex digits>"'),
  skill: z.enum(skills),
  prompt: z.string().min(1),
  explanation: z.string().min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  // A clean case: the sources agree, the claim names its source, the line belongs to the article.
  clean: z.boolean(),
  evidence: z.array(evidencePassageSchema).min(1),
});

export const singleChoiceItemSchema = itemBase.extend({
  format: z.literal('single_choice'),
  options: z.array(optionSchema).min(2),
  key: z.string().min(1),
});

export const chooseAllItemSchema = itemBase.extend({
  format: z.literal('choose_all'),
  options: z.array(optionSchema).min(2),
  key: z.array(z.string().min(1)),
});

export const markLinesItemSchema = itemBase.extend({
  format: z.literal('mark_lines'),
  file: z.string().min(1),
  // The article's own lines in order, chrome included, so the student marks them where they stand.
  lines: z.array(z.object({ line: z.number().int().min(1), text: z.string() })).min(1),
  key: z.array(z.number().int().min(1)),
});

export const itemSchema = z
  .discriminatedUnion('format', [singleChoiceItemSchema, chooseAllItemSchema, markLinesItemSchema])
  .superRefine((item, ctx) => {
    if (item.format === 'mark_lines') {
      const shown = new Set(item.lines.map((l) => l.line));
      for (const line of item.key) {
        if (!shown.has(line))
          ctx.addIssue({ code: 'custom', message: `key line ${line} is not among the lines shown` });
      }
      return;
    }
    const ids = new Set(item.options.map((o) => o.id));
    const keys = typeof item.key === 'string' ? [item.key] : item.key;
    for (const key of keys) {
      if (!ids.has(key)) ctx.addIssue({ code: 'custom', message: `key "${key}" is not one of the options` });
    }
  });
export type Item = z.infer<typeof itemSchema>;

export const itemsFileSchema = z.object({
  set: z.string().min(1),
  items: z.array(itemSchema),
});
export type ItemsFile = z.infer<typeof itemsFileSchema>;

import { z } from 'zod';
import { teacherTokenSchema } from './people.ts';

// Results exchanged by file between computers: a student exports theirs (exportResults, an ExportFile), the
// teacher imports many, one call per file, so one bad file is rejected with its reason while the others import.

/** Results files are small (a year of sessions is well under this); anything larger is not one. */
export const maxResultsFileChars = 4 * 1024 * 1024;

export const importResultsArgsSchema = z
  .object({
    token: teacherTokenSchema,
    fileName: z.string().min(1).max(255),
    text: z.string().max(maxResultsFileChars, 'a results file is at most 4 MB'),
  })
  .strict();
export type ImportResultsArgs = z.infer<typeof importResultsArgsSchema>;

const count = z.number().int().min(0);

export const importSummarySchema = z.object({
  fileName: z.string(),
  studentsAdded: count,
  sessionsAdded: count,
  answersAdded: count,
  /** Answers this computer already had (the same file imported twice adds nothing). */
  answersAlreadyStored: count,
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

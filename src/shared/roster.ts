import { z } from 'zod';
import { teacherTokenSchema } from './people.ts';

// A class list brought in as a CSV (exported from the school's system or typed in a spreadsheet): a name per row,
// optionally a group and an id. A bad row is reported with its number and the reason; the other rows import.

export const maxRosterChars = 4 * 1024 * 1024;

export const importRosterArgsSchema = z
  .object({
    token: teacherTokenSchema,
    fileName: z.string().min(1).max(255),
    text: z.string().max(maxRosterChars, 'a roster file is at most 4 MB'),
    /** The group for rows that name none (e.g. the class the teacher is importing). */
    group: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type ImportRosterArgs = z.infer<typeof importRosterArgsSchema>;

/** Row numbers as a spreadsheet shows them: the header is row 1, empty rows count. */
export const rosterProblemSchema = z.object({ row: z.number().int().min(1), message: z.string() });
export type RosterProblem = z.infer<typeof rosterProblemSchema>;

export const rosterImportSchema = z.object({
  fileName: z.string(),
  added: z.number().int().min(0),
  /** Rows naming a student already on this computer (same id, or same name and group): left as they were. */
  alreadyThere: z.number().int().min(0),
  problems: z.array(rosterProblemSchema),
});
export type RosterImport = z.infer<typeof rosterImportSchema>;

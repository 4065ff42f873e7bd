import { z } from 'zod';

// A file main made for the user to keep (a CSV, a PDF, a results file). Main makes it; the renderer hands it over:
// a download in browser mode, a save dialog in the desktop app (saveFile), so the teacher chooses where it goes.

export const exportFileSchema = z
  .object({
    fileName: z.string().regex(/^[^/\\]{1,120}$/, 'a file name without a folder'),
    mimeType: z.enum(['text/csv', 'application/pdf', 'application/json']),
    /** utf8 for text files; base64 for bytes (PDF). */
    encoding: z.enum(['utf8', 'base64']),
    data: z.string(),
  })
  .strict();
export type ExportFile = z.infer<typeof exportFileSchema>;

export const savedFileSchema = z.object({
  /** false when the user cancelled the save dialog. */
  saved: z.boolean(),
  path: z.string().optional(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

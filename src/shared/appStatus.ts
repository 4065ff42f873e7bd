import { z } from 'zod';

// What the app must tell the user at start, before anything else: whether stored results can be used.
// - ready: the database opened (or was created).
// - recovered: the database file could not be read; it was moved aside (never deleted) and a fresh one started.
// - refused: the database was written by a newer Crossread; it is left untouched and nothing is stored until the
//   app is updated.
export const storageStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready') }),
  z.object({ state: z.literal('recovered'), message: z.string(), movedTo: z.string() }),
  z.object({ state: z.literal('refused'), message: z.string() }),
]);
export type StorageState = z.infer<typeof storageStateSchema>;

export const appStatusSchema = z.object({ storage: storageStateSchema });
export type AppStatus = z.infer<typeof appStatusSchema>;

import { readFile } from 'node:fs/promises';
import { createHandlers, type Handlers } from '../../../../../src/main/api.ts';
import { invokeCall } from '../../../../../src/main/invokeCall.ts';
import type { Clock } from '../../../../../src/main/quiz/clock.ts';
import { itemsFilePath } from '../../../../../src/main/quiz/itemBank.ts';
import { createMemorySessionStore, type SessionStore } from '../../../../../src/main/quiz/sessionStore.ts';
import type { CrossreadError } from '../../../../../src/shared/errorCodes.ts';
import { itemsFileSchema, type Item } from '../../../../../src/shared/items.ts';
import { contentDir, seedSetId } from '../../../../support/paths.ts';

// The quiz tests run on the items the generator made for the seed set, read from the real content folder.
export const quizContentDir = contentDir;
export const seedItemsPath = itemsFilePath(quizContentDir, seedSetId);

export async function seedItems(): Promise<Item[]> {
  return itemsFileSchema.parse(JSON.parse(await readFile(seedItemsPath, 'utf8'))).items;
}

/** A clock the test moves by hand. */
export function handClock(start = Date.UTC(2026, 0, 12, 9, 0, 0)): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

/** The real handlers over the real content folder, with sessions in memory (or the store given) and a hand-moved clock. */
export function seedHandlers(
  clock: Clock = handClock(),
  sessionStore: SessionStore = createMemorySessionStore(),
): Handlers {
  return createHandlers({ contentDir: quizContentDir, dataDir: '/nonexistent', clock, sessionStore });
}

/** Calls through invokeCall, as both transports do, and returns the value of a call that must succeed. */
export async function callOk<T>(handlers: Handlers, name: string, args: unknown): Promise<T> {
  const result = await invokeCall(handlers, name, args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Calls through invokeCall and returns the error of a call that must fail. */
export async function callFails(handlers: Handlers, name: string, args: unknown): Promise<CrossreadError> {
  const result = await invokeCall(handlers, name, args);
  if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.value)}`);
  return result.error;
}

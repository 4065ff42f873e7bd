import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers, type Handlers } from '../../../../../src/main/api.ts';
import { invokeCall } from '../../../../../src/main/invokeCall.ts';
import type { Clock } from '../../../../../src/main/quiz/clock.ts';
import { itemsFilePath } from '../../../../../src/main/quiz/itemBank.ts';
import { openDatabase, type OpenedDatabase } from '../../../../../src/main/store/openDatabase.ts';
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

// Every test gets its own data folder with a real results database, closed and removed after the test.
const opened: OpenedDatabase[] = [];
const dataDirs: string[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) if (database.db?.isOpen) database.db.close();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty data folder, removed after the test. */
export function seedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-quiz-data-'));
  dataDirs.push(dir);
  return dir;
}

/**
 * The real handlers over the real content folder, storing results in the data folder given (a fresh one by
 * default), with a hand-moved clock. `database` is what they opened: close it to play a restart.
 */
export function openSeedHandlers(
  clock: Clock = handClock(),
  dataDir: string = seedDataDir(),
): { handlers: Handlers; database: OpenedDatabase; dataDir: string } {
  const database = openDatabase(dataDir, () => clock.now());
  opened.push(database);
  return { handlers: createHandlers({ contentDir: quizContentDir, dataDir, clock, database }), database, dataDir };
}

/** The real handlers with a fresh data folder of their own (see openSeedHandlers). */
export function seedHandlers(clock: Clock = handClock(), dataDir?: string): Handlers {
  return openSeedHandlers(clock, dataDir).handlers;
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

import type { DatabaseSync } from 'node:sqlite';
import type { CallName } from '../shared/calls.ts';
import type { CallResult, ParsedArgs } from '../shared/contract.ts';
import type { StorageState } from '../shared/appStatus.ts';
import type { ExportFile, SavedFile } from '../shared/exportFile.ts';
import type { Result } from '../shared/result.ts';
import type { Clock } from './quiz/clock.ts';
import type { ItemBank } from './quiz/itemBank.ts';
import type { TeacherGate } from './teacher/teacherGate.ts';

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>) => Promise<Result<CallResult<K>>>;
};

/** Some of the handlers: each domain folder makes the calls it owns, and api.ts puts them together. */
export type HandlersFor<K extends CallName> = Pick<Handlers, K>;

/** Prints a report view of the renderer to PDF: a hidden window in the desktop app, Chromium in browser mode. */
export type ReportPrinter = (route: string) => Promise<Result<Uint8Array>>;

/** What the handlers share, made once per process by createHandlers. */
export interface MainDeps {
  /** Read-only: article sets and generated items. */
  contentDir: string;
  /** The only place anything is written at run time. */
  dataDir: string;
  bank: ItemBank;
  clock: Clock;
  /** null when storage.state is "refused": every call that stores or reads results fails with STORAGE_REFUSED. */
  db: DatabaseSync | null;
  storage: StorageState;
  teacher: TeacherGate;
  /** Absent where the shell cannot print (unit tests); exportPdf then fails with NOT_AVAILABLE. */
  printReport?: ReportPrinter;
  /** Desktop only: asks where to save and writes the file. */
  saveFile?: (file: ExportFile) => Promise<Result<SavedFile>>;
  /** The article generation worker's module as a bundled build placed it; absent: the source file beside its handle. */
  generationWorkerUrl?: URL;
}

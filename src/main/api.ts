import type { StorageState } from '../shared/appStatus.ts';
import type { ExportFile, SavedFile } from '../shared/exportFile.ts';
import type { Result } from '../shared/result.ts';
import { createAssignmentHandlers } from './assignments/assignmentHandlers.ts';
import { guardLockedClassroom } from './classroom/classroomGuard.ts';
import { createClassroomHandlers } from './classroom/classroomHandlers.ts';
import { createArticleImportHandlers } from './articleImport/articleImportHandlers.ts';
import { createImportedItemBank } from './articleImport/publishedSets.ts';
import { createContentHandlers } from './content/contentHandlers.ts';
import { createExchangeHandlers } from './exchange/exchangeHandlers.ts';
import type { Handlers, MainDeps, ReportPrinter } from './mainDeps.ts';
import { createPeopleHandlers } from './people/peopleHandlers.ts';
import { createPrintHandlers } from './print/printHandlers.ts';
import { systemClock, type Clock } from './quiz/clock.ts';
import { createItemBank, withImportedSets, type ItemBank } from './quiz/itemBank.ts';
import { createQuizHandlers } from './quiz/quizHandlers.ts';
import { createReportHandlers } from './reports/reportHandlers.ts';
import { createReviewHandlers } from './review/reviewHandlers.ts';
import { createRosterHandlers } from './roster/rosterHandlers.ts';
import { openDatabase, type OpenedDatabase } from './store/openDatabase.ts';
import type { ScryptCost } from './teacher/pinHash.ts';
import { createTeacherGate } from './teacher/teacherGate.ts';
import { createTeacherHandlers } from './teacher/teacherHandlers.ts';

export type { Handlers } from './mainDeps.ts';

// The handlers behind the contract. Both shells (desktop IPC, browser-mode HTTP) call these same functions
// through invokeCall, which has already checked the argument against the call's schema. Each domain folder makes
// the calls it owns; this file only opens what they share and puts them together.

export interface ApiContext {
  /** Read-only: article sets and generated items. */
  contentDir: string;
  /** The only place anything is written at run time: the results database lives here. */
  dataDir: string;
  /** Generated items; by default read from <contentDir>/items. */
  itemBank?: ItemBank;
  /** An already opened database; by default <dataDir>/crossread.sqlite is opened (or created). */
  database?: OpenedDatabase;
  clock?: Clock;
  printReport?: ReportPrinter;
  saveFile?: (file: ExportFile) => Promise<Result<SavedFile>>;
  /** The scrypt cost new teacher PINs are hashed with; tests use a cheaper one than the default. */
  pinCost?: ScryptCost;
  /** The desktop build's copy of the article generation worker (electron-vite bundles it apart). */
  generationWorkerUrl?: URL;
}

export function createHandlers(context: ApiContext): Handlers {
  const clock = context.clock ?? systemClock;
  const database = context.database ?? openDatabase(context.dataDir, () => clock.now());
  const storage: StorageState = database.state;
  const deps: MainDeps = {
    contentDir: context.contentDir,
    dataDir: context.dataDir,
    bank:
      context.itemBank ?? withImportedSets(createItemBank(context.contentDir), createImportedItemBank(context.dataDir)),
    clock,
    db: database.db,
    storage,
    teacher: createTeacherGate(database.db, clock, context.pinCost ? { pinCost: context.pinCost } : {}),
    ...(context.printReport ? { printReport: context.printReport } : {}),
    ...(context.saveFile ? { saveFile: context.saveFile } : {}),
    ...(context.generationWorkerUrl ? { generationWorkerUrl: context.generationWorkerUrl } : {}),
  };
  const handlers: Handlers = {
    ...createContentHandlers(deps),
    ...createQuizHandlers(deps),
    ...createPeopleHandlers(deps),
    ...createTeacherHandlers(deps),
    ...createReportHandlers(deps),
    ...createExchangeHandlers(deps),
    ...createPrintHandlers(deps),
    ...createRosterHandlers(deps),
    ...createReviewHandlers(deps),
    ...createAssignmentHandlers(deps),
    ...createClassroomHandlers(deps),
    ...createArticleImportHandlers(deps),
  };
  // A computer locked to an assignment refuses every other way into a session, whichever transport asks.
  return guardLockedClassroom(handlers, deps);
}

import type { DatabaseSync } from 'node:sqlite';
import { maxResultsFileChars } from '../../shared/exchange.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import type { SessionStore } from '../quiz/sessionStore.ts';
import { createSqliteSessionStore } from '../store/sqliteSessionStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { mergeResults } from './mergeResults.ts';
import { readResultsFile } from './readResultsFile.ts';
import { resultsFileName } from './resultsFileName.ts';
import { studentResultsFile } from './studentResultsFile.ts';

// Results carried between computers as files. A student exports their own results (no PIN: they are theirs); the
// teacher imports files one call each, so a bad file is rejected with its reason while the others import.

export function createExchangeHandlers(deps: MainDeps): HandlersFor<'exportResults' | 'importResults'> {
  let store: SessionStore | undefined;
  const storage = (): Result<{ db: DatabaseSync; store: SessionStore }> => {
    const db = usableDatabase(deps);
    if (!db.ok) return db;
    // Prepared once, on first use.
    store ??= createSqliteSessionStore(db.value);
    return ok({ db: db.value, store });
  };

  return {
    exportResults: async ({ studentId }) => {
      const db = usableDatabase(deps);
      if (!db.ok) return db;
      const exportedAt = deps.clock.now();
      const file = studentResultsFile(db.value, studentId, exportedAt);
      if (!file.ok) return file;
      const data = JSON.stringify(file.value);
      if (data.length > maxResultsFileChars) {
        return fail(
          'FILE_TOO_LARGE',
          `The results of ${file.value.student.name} are too many for one results file (over 4 MB), so another ` +
            'computer could not import it. Ask your teacher to collect the results from this computer instead.',
        );
      }
      return ok({
        fileName: resultsFileName(file.value.student.name, exportedAt),
        mimeType: 'application/json',
        encoding: 'utf8',
        data,
      });
    },

    importResults: async ({ token, fileName, text }) => {
      const teacher = deps.teacher.check(token);
      if (!teacher.ok) return teacher;
      const stored = storage();
      if (!stored.ok) return stored;
      const file = readResultsFile(fileName, text);
      if (!file.ok) return file;
      return mergeResults(stored.value.db, stored.value.store, fileName, file.value);
    },
  };
}

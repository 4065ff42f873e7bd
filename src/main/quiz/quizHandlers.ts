import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { createSqliteSessionStore } from '../store/sqliteSessionStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { createQuizEngine } from './quizEngine.ts';

type QuizHandlers = HandlersFor<'startSession' | 'submitAnswer' | 'finishSession' | 'getSession'>;

/**
 * The four session calls over the results database. When storage is refused (a database from a newer Crossread)
 * every one of them fails with STORAGE_REFUSED and the reason: a session whose answers could not be kept must not
 * be started.
 */
export function createQuizHandlers(deps: MainDeps): QuizHandlers {
  const db = usableDatabase(deps);
  if (!db.ok) {
    const refused = async () => db;
    return { startSession: refused, submitAnswer: refused, finishSession: refused, getSession: refused };
  }
  const quiz = createQuizEngine({ bank: deps.bank, store: createSqliteSessionStore(db.value), clock: deps.clock });
  return {
    startSession: (args) => quiz.startSession(args),
    submitAnswer: (args) => quiz.submitAnswer(args),
    finishSession: (args) => quiz.finishSession(args),
    getSession: (args) => quiz.getSession(args),
  };
}

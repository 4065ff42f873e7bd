import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { createQuizEngine } from '../quiz/quizEngine.ts';
import { createSqliteSessionStore } from '../store/sqliteSessionStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { reviewPlan } from './reviewPlan.ts';
import { startReview } from './startReview.ts';

/**
 * "Practise what I miss": the plan and the review session. The session is started by the same quiz engine the
 * session calls use, over the same store, so nothing about it is special once it has begun. With storage refused
 * both calls fail with STORAGE_REFUSED (usableDatabase), as the session calls do.
 */
export function createReviewHandlers(deps: MainDeps): HandlersFor<'reviewPlan' | 'startReview'> {
  const db = usableDatabase(deps);
  if (!db.ok) {
    const refused = async () => db;
    return { reviewPlan: refused, startReview: refused };
  }
  const quiz = createQuizEngine({ bank: deps.bank, store: createSqliteSessionStore(db.value), clock: deps.clock });
  return {
    reviewPlan: (args) => reviewPlan(deps, args),
    startReview: (args) => startReview(deps, quiz, args),
  };
}

import type { CallName } from '../shared/calls.ts';
import type { CallResult, ParsedArgs } from '../shared/contract.ts';
import { ok, type Result } from '../shared/result.ts';
import { listArticleSets } from './content/listArticleSets.ts';
import { readArticle } from './content/readArticle.ts';
import type { Clock } from './quiz/clock.ts';
import { createItemBank, type ItemBank } from './quiz/itemBank.ts';
import { createQuizEngine } from './quiz/quizEngine.ts';
import { createMemorySessionStore, type SessionStore } from './quiz/sessionStore.ts';

// The handlers behind the contract. Both shells (desktop IPC, browser-mode HTTP) call these same functions
// through invokeCall, which has already checked the argument against the call's schema.

export interface ApiContext {
  /** Read-only: article sets and generated items. */
  contentDir: string;
  /** The only place anything is written at run time. */
  dataDir: string;
  /** Generated items; by default read from <contentDir>/items. */
  itemBank?: ItemBank;
  /** Quiz sessions; by default kept in memory until the storage issue brings SQLite. */
  sessionStore?: SessionStore;
  clock?: Clock;
}

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>) => Promise<Result<CallResult<K>>>;
};

export function createHandlers(context: ApiContext): Handlers {
  const quiz = createQuizEngine({
    bank: context.itemBank ?? createItemBank(context.contentDir),
    store: context.sessionStore ?? createMemorySessionStore(),
    ...(context.clock ? { clock: context.clock } : {}),
  });
  return {
    async listArticleSets() {
      const sets = await listArticleSets(context.contentDir);
      return sets.ok ? ok({ sets: sets.value }) : sets;
    },
    readArticle: (args) => readArticle(context.contentDir, args.setId, args.file),
    startSession: (args) => quiz.startSession(args),
    submitAnswer: (args) => quiz.submitAnswer(args),
    finishSession: (args) => quiz.finishSession(args),
    getSession: (args) => quiz.getSession(args),
  };
}

import type { CallName } from '../shared/calls.ts';
import type { CallResult, ParsedArgs } from '../shared/contract.ts';
import { ok, type Result } from '../shared/result.ts';
import { listArticleSets } from './content/listArticleSets.ts';

// The handlers behind the contract. Both shells (desktop IPC, browser-mode HTTP) call these same functions
// through invokeCall, which has already checked the argument against the call's schema.

export interface ApiContext {
  /** Read-only: article sets and generated items. */
  contentDir: string;
  /** The only place anything is written at run time. */
  dataDir: string;
}

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>) => Promise<Result<CallResult<K>>>;
};

export function createHandlers(context: ApiContext): Handlers {
  return {
    async listArticleSets() {
      const sets = await listArticleSets(context.contentDir);
      return sets.ok ? ok({ sets: sets.value }) : sets;
    },
  };
}

import type { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { MainDeps } from '../mainDeps.ts';

/** The database, or the reason nothing can be stored (said to the user at start, repeated on every such call). */
export function usableDatabase(deps: Pick<MainDeps, 'db' | 'storage'>): Result<DatabaseSync> {
  if (deps.db) return ok(deps.db);
  const reason = deps.storage.state === 'refused' ? deps.storage.message : 'The results database is not open.';
  return fail('STORAGE_REFUSED', reason);
}

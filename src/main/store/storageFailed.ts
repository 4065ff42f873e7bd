import { fail, type Result } from '../../shared/result.ts';

/**
 * A write the database refused (disk full, folder gone, a constraint), as a value. Each write is one statement or
 * one transaction, so a failed one changed nothing: the message says so, and what the person can try.
 */
export function storageFailed(what: string, cause: unknown): Result<never> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return fail(
    'STORAGE_FAILED',
    `${what} (${reason}). Nothing stored before was changed; check that the disk has free space and try again.`,
  );
}

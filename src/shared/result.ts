import type { CrossreadError, ErrorCode } from './errorCodes.ts';

// Every call answers with a Result so the renderer never has to catch: failures are values.
export type Result<T> = { ok: true; value: T } | { ok: false; error: CrossreadError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

import { createHash } from 'node:crypto';

/**
 * JSON with every object's keys sorted, so the same value gives the same text whatever order its keys were written
 * in (by this Crossread, an older one, or a text editor that reorders them).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** sha256 of the canonical JSON, as hex: what an assignment file's checksum is. */
export function canonicalChecksum(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

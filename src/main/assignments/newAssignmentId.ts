import { randomBytes } from 'node:crypto';

/** 22 url-safe characters (128 random bits): unique across every computer of a school without asking any of them. */
export function newAssignmentId(): string {
  return randomBytes(16).toString('base64url');
}

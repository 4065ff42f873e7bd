import { createHash } from 'node:crypto';

/**
 * The seed a student's order of the assignment's items is drawn from: the first 32 bits of a hash of the
 * assignment's seed and the student's id. The same student always gets the same order (on any computer, after any
 * restart), and two students almost never share one, which makes copying from a neighbour's screen harder.
 */
export function studentOrderSeed(assignmentSeed: number, studentId: string): number {
  return createHash('sha256').update(`${assignmentSeed}\u0000${studentId}`).digest().readUInt32BE(0);
}

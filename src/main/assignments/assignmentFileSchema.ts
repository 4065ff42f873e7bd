import { z } from 'zod';
import { assignmentSchema } from '../../shared/assignments.ts';

// The file a teacher hands out: the assignment and a checksum of it. The checksum is sha256 of the assignment's
// canonical JSON (keys sorted, canonicalJson.ts): not a signature (anyone can compute one), but an edit by hand or
// a damaged copy is caught before a class takes a test that differs from the teacher's.

export const assignmentFormat = 'crossread-assignment';
export const assignmentFileVersion = 1;

export const assignmentFileSchema = z
  .object({
    format: z.literal(assignmentFormat),
    version: z.literal(assignmentFileVersion),
    assignment: assignmentSchema,
    checksum: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal characters'),
  })
  .strict();
export type AssignmentFile = z.infer<typeof assignmentFileSchema>;

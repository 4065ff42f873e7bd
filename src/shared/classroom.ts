import { z } from 'zod';
import { assignmentIdSchema, assignmentSchema } from './assignments.ts';
import { pinSchema, teacherTokenSchema } from './people.ts';

// Classroom mode (src/main/classroom): the teacher locks this computer to one assignment. Until the PIN unlocks it,
// the app shows only that assignment: students pick their name and take it, and main refuses every other session.
// The lock is stored, so a reload or a restart does not lift it.

const groupName = z.string().trim().min(1).max(60);

export const classroomStatusSchema = z.discriminatedUnion('locked', [
  z.object({ locked: z.literal(false) }).strict(),
  z
    .object({
      locked: z.literal(true),
      assignment: assignmentSchema,
      /** Only this group's students are listed to pick from; absent: everyone on this computer. */
      group: z.string().optional(),
      lockedAt: z.number(),
    })
    .strict(),
]);
export type ClassroomStatus = z.infer<typeof classroomStatusSchema>;

export const lockClassroomArgsSchema = z
  .object({ token: teacherTokenSchema, assignmentId: assignmentIdSchema, group: groupName.optional() })
  .strict();
export type LockClassroomArgs = z.infer<typeof lockClassroomArgsSchema>;

export const unlockClassroomArgsSchema = z.object({ pin: pinSchema }).strict();
export type UnlockClassroomArgs = z.infer<typeof unlockClassroomArgsSchema>;

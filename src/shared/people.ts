import { z } from 'zod';

// Who is practising, and the teacher's PIN. A student profile has no password: on a shared classroom computer the
// student picks their name; what keeps results private is that only the teacher area (behind the PIN) shows more
// than one student's results.

export const studentIdSchema = z.string().min(1).max(100);

const displayName = z
  .string()
  .trim()
  .min(1, 'a name needs at least one letter')
  .max(80, 'a name is at most 80 characters');

const groupName = z.string().trim().min(1).max(60, 'a group name is at most 60 characters');

export const studentSchema = z.object({
  id: studentIdSchema,
  name: z.string(),
  group: z.string().optional(),
  createdAt: z.number(),
});
export type Student = z.infer<typeof studentSchema>;

export const createStudentArgsSchema = z.object({ name: displayName, group: groupName.optional() }).strict();
export type CreateStudentArgs = z.infer<typeof createStudentArgsSchema>;

export const studentIdArgsSchema = z.object({ studentId: studentIdSchema }).strict();
export type StudentIdArgs = z.infer<typeof studentIdArgsSchema>;

// Digits only, so it can be typed on any keyboard and read aloud to a substitute teacher.
export const pinSchema = z.string().regex(/^\d{4,12}$/, 'a PIN is 4 to 12 digits');

/** Proof that the teacher area was unlocked: issued by main, kept in memory there, lost when main restarts. */
export const teacherTokenSchema = z.string().min(16).max(200);

export const teacherStatusSchema = z.object({
  /** false until the first teacher sets a PIN; the teacher area then asks for a new one. */
  pinSet: z.boolean(),
});
export type TeacherStatus = z.infer<typeof teacherStatusSchema>;

export const setTeacherPinArgsSchema = z
  .object({
    pin: pinSchema,
    /** Needed once a PIN is set: changing it takes the current one. */
    currentPin: pinSchema.optional(),
  })
  .strict();
export type SetTeacherPinArgs = z.infer<typeof setTeacherPinArgsSchema>;

export const unlockTeacherArgsSchema = z.object({ pin: pinSchema }).strict();
export type UnlockTeacherArgs = z.infer<typeof unlockTeacherArgsSchema>;

export const teacherSessionSchema = z.object({ token: teacherTokenSchema });
export type TeacherSession = z.infer<typeof teacherSessionSchema>;

export const tokenArgsSchema = z.object({ token: teacherTokenSchema }).strict();

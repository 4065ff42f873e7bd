import { z } from 'zod';
import { articleSetSchema } from './articleSets.ts';
import type { CallName } from './calls.ts';
import {
  setIdSchema,
  sessionIdArgsSchema,
  sessionResultsSchema,
  sessionViewSchema,
  startSessionArgsSchema,
  submitAnswerArgsSchema,
  submitAnswerResultSchema,
} from './quiz.ts';
import type { Result } from './result.ts';
import { appStatusSchema } from './appStatus.ts';
import {
  allowRetakeArgsSchema,
  handInsSchema,
  assignmentSchema,
  createAssignmentArgsSchema,
  growthReportArgsSchema,
  growthReportSchema,
  importAssignmentArgsSchema,
  importedAssignmentSchema,
  makePostTestArgsSchema,
  startAssignmentArgsSchema,
  teacherAssignmentArgsSchema,
} from './assignments.ts';
import { classroomStatusSchema, lockClassroomArgsSchema, unlockClassroomArgsSchema } from './classroom.ts';
import { importRosterArgsSchema, rosterImportSchema } from './roster.ts';
import { reviewPlanSchema, startReviewArgsSchema } from './review.ts';
import { importResultsArgsSchema, importSummarySchema } from './exchange.ts';
import { exportFileSchema, savedFileSchema } from './exportFile.ts';
import {
  createStudentArgsSchema,
  setTeacherPinArgsSchema,
  studentIdArgsSchema,
  studentSchema,
  teacherSessionSchema,
  teacherStatusSchema,
  tokenArgsSchema,
  unlockTeacherArgsSchema,
} from './people.ts';
import {
  classReportArgsSchema,
  classReportSchema,
  exportCsvArgsSchema,
  exportPdfArgsSchema,
  studentReportArgsSchema,
  studentReportSchema,
} from './reports.ts';
import {
  editSetReviewArgsSchema,
  importedSetArgsSchema,
  importedSetListSchema,
  importedSetReviewSchema,
  importedSetSummarySchema,
  importJobArgsSchema,
  importJobStatusSchema,
  importPackArgsSchema,
  packImportSchema,
  publishSetArgsSchema,
  startArticleImportArgsSchema,
} from './articleImport.ts';

// An article's file name inside its set's folder: no path separators, so it can never leave that folder.
export const articleFileSchema = z
  .string()
  .regex(/^[^/\\]{1,200}\.txt$/i, 'an article is a .txt file name inside its set, without a folder')
  .refine((file) => !file.startsWith('.'), 'an article file name does not start with "."');

// One article's text as the items number it: every non-empty line with its 1-based line number in the file, so an
// evidence passage ({ file, line, start, end }) can be shown in place, highlighted inside its whole line.
export const articleViewSchema = z.object({
  setId: setIdSchema,
  file: z.string(),
  headline: z.string(),
  lines: z.array(z.object({ line: z.number().int().min(1), text: z.string() })),
});
export type ArticleView = z.infer<typeof articleViewSchema>;

// Every call the renderer can make, once: its argument schema (checked in main on every transport) and its
// result schema. `satisfies` makes a call missing here, or one not listed in calls.ts, a type error.
export const contract = {
  listArticleSets: {
    args: z.object({}).strict(),
    result: z.object({ sets: z.array(articleSetSchema) }),
  },
  readArticle: {
    args: z.object({ setId: setIdSchema, file: articleFileSchema }).strict(),
    result: articleViewSchema,
  },
  // Quiz sessions (src/main/quiz): items reach the renderer without keys; main scores every answer.
  startSession: { args: startSessionArgsSchema, result: sessionViewSchema },
  submitAnswer: { args: submitAnswerArgsSchema, result: submitAnswerResultSchema },
  finishSession: { args: sessionIdArgsSchema, result: sessionResultsSchema },
  getSession: { args: sessionIdArgsSchema, result: sessionViewSchema },
  // Storage (src/main/store): whether stored results can be used, said once at start.
  appStatus: { args: z.object({}).strict(), result: appStatusSchema },
  // Students pick their own profile; their progress and their results file are theirs to see without the PIN.
  listStudents: { args: z.object({}).strict(), result: z.object({ students: z.array(studentSchema) }) },
  createStudent: { args: createStudentArgsSchema, result: studentSchema },
  studentProgress: { args: studentIdArgsSchema, result: studentReportSchema },
  exportResults: { args: studentIdArgsSchema, result: exportFileSchema },
  // The teacher area: every call past unlockTeacher carries the token it returned.
  teacherStatus: { args: z.object({}).strict(), result: teacherStatusSchema },
  setTeacherPin: { args: setTeacherPinArgsSchema, result: teacherSessionSchema },
  unlockTeacher: { args: unlockTeacherArgsSchema, result: teacherSessionSchema },
  lockTeacher: { args: tokenArgsSchema, result: z.object({}) },
  classReport: { args: classReportArgsSchema, result: classReportSchema },
  studentReport: { args: studentReportArgsSchema, result: studentReportSchema },
  exportCsv: { args: exportCsvArgsSchema, result: exportFileSchema },
  exportPdf: { args: exportPdfArgsSchema, result: exportFileSchema },
  importResults: { args: importResultsArgsSchema, result: importSummarySchema },
  // Desktop only: a save dialog for a file main made. Browser mode downloads instead (NOT_AVAILABLE here).
  saveFile: { args: exportFileSchema, result: savedFileSchema },
  // Classroom (src/main/roster): the teacher adds students by name from a roster CSV; bad rows are reported.
  importRoster: { args: importRosterArgsSchema, result: rosterImportSchema },
  // Self-study (src/main/review): a student's spaced-review plan, and a session of what is due, weak skills first.
  reviewPlan: { args: studentIdArgsSchema, result: reviewPlanSchema },
  startReview: { args: startReviewArgsSchema, result: sessionViewSchema },
  // Assignments (src/main/assignments): made and exported by the teacher, imported and taken on any computer.
  createAssignment: { args: createAssignmentArgsSchema, result: assignmentSchema },
  makePostTest: { args: makePostTestArgsSchema, result: assignmentSchema },
  listAssignments: { args: z.object({}).strict(), result: z.object({ assignments: z.array(assignmentSchema) }) },
  exportAssignment: { args: teacherAssignmentArgsSchema, result: exportFileSchema },
  importAssignment: { args: importAssignmentArgsSchema, result: importedAssignmentSchema },
  deleteAssignment: { args: teacherAssignmentArgsSchema, result: z.object({}) },
  allowRetake: { args: allowRetakeArgsSchema, result: z.object({}) },
  listHandIns: { args: teacherAssignmentArgsSchema, result: handInsSchema },
  startAssignment: { args: startAssignmentArgsSchema, result: sessionViewSchema },
  growthReport: { args: growthReportArgsSchema, result: growthReportSchema },
  // Classroom mode (src/main/classroom): this computer locked to one assignment until the teacher's PIN.
  classroomStatus: { args: z.object({}).strict(), result: classroomStatusSchema },
  lockClassroom: { args: lockClassroomArgsSchema, result: classroomStatusSchema },
  unlockClassroom: { args: unlockClassroomArgsSchema, result: classroomStatusSchema },
  // Article sets a teacher imports (src/main/articleImport): generation runs off the main thread, so starting one
  // answers at once with a job the renderer polls; review and publishing decide which items students see.
  startArticleImport: { args: startArticleImportArgsSchema, result: importJobStatusSchema },
  articleImportStatus: { args: importJobArgsSchema, result: importJobStatusSchema },
  cancelArticleImport: { args: importJobArgsSchema, result: importJobStatusSchema },
  listImportedSets: { args: tokenArgsSchema, result: importedSetListSchema },
  openSetReview: { args: importedSetArgsSchema, result: importedSetReviewSchema },
  editSetReview: { args: editSetReviewArgsSchema, result: importedSetReviewSchema },
  publishSet: { args: publishSetArgsSchema, result: importedSetSummarySchema },
  deleteImportedSet: { args: importedSetArgsSchema, result: z.object({}) },
  exportPack: { args: importedSetArgsSchema, result: exportFileSchema },
  importPack: { args: importPackArgsSchema, result: packImportSchema },
} satisfies Record<CallName, { args: z.ZodType; result: z.ZodType }>;

export type CallArgs<K extends CallName> = z.input<(typeof contract)[K]['args']>;
export type ParsedArgs<K extends CallName> = z.output<(typeof contract)[K]['args']>;
export type CallResult<K extends CallName> = z.output<(typeof contract)[K]['result']>;

/** What window.crossread offers, and what the HTTP client offers in browser mode. */
export type CrossreadApi = {
  [K in CallName]: (args: CallArgs<K>) => Promise<Result<CallResult<K>>>;
};

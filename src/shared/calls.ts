// The names of every call the renderer can make. Kept apart from the schemas so the sandboxed preload can
// build window.crossread from this list without bundling zod; contract.ts must cover exactly these names.
export const callNames = [
  'listArticleSets',
  'readArticle',
  'startSession',
  'submitAnswer',
  'finishSession',
  'getSession',
  'appStatus',
  'listStudents',
  'createStudent',
  'studentProgress',
  'exportResults',
  'teacherStatus',
  'setTeacherPin',
  'unlockTeacher',
  'lockTeacher',
  'classReport',
  'studentReport',
  'exportCsv',
  'exportPdf',
  'importResults',
  'saveFile',
  'importRoster',
  'reviewPlan',
  'startReview',
  'createAssignment',
  'makePostTest',
  'listAssignments',
  'exportAssignment',
  'importAssignment',
  'deleteAssignment',
  'allowRetake',
  'listHandIns',
  'startAssignment',
  'growthReport',
  'classroomStatus',
  'lockClassroom',
  'unlockClassroom',
  // Article sets a teacher imports (issue #7).
  'startArticleImport',
  'articleImportStatus',
  'cancelArticleImport',
  'listImportedSets',
  'openSetReview',
  'editSetReview',
  'publishSet',
  'deleteImportedSet',
  'exportPack',
  'importPack',
] as const;

export type CallName = (typeof callNames)[number];

export function isCallName(name: string): name is CallName {
  return (callNames as readonly string[]).includes(name);
}

export function ipcChannel(name: CallName): `crossread:${CallName}` {
  return `crossread:${name}`;
}

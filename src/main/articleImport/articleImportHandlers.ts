import { maxSentPackBytes, type ImportedSetList } from '../../shared/articleImport.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { createAssignmentStore } from '../assignments/assignmentStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { deleteImportedSet } from './deleteImportedSet.ts';
import { exportPack } from './exportPack.ts';
import { createImportJobs } from './importJobs.ts';
import { importPack } from './importPack.ts';
import { listImportedSets } from './publishedSets.ts';
import { editReview, openSetReview, publishSet } from './reviewSet.ts';

// The teacher area's article sets: every call checks the teacher token first. A generation answers at once with a
// job id (the work runs on a worker thread); the window polls articleImportStatus for its progress and outcome.

type ArticleImportCall =
  | 'startArticleImport'
  | 'articleImportStatus'
  | 'cancelArticleImport'
  | 'listImportedSets'
  | 'openSetReview'
  | 'editSetReview'
  | 'publishSet'
  | 'deleteImportedSet'
  | 'exportPack'
  | 'importPack';

export function createArticleImportHandlers(deps: MainDeps): HandlersFor<ArticleImportCall> {
  const jobs = createImportJobs(deps.dataDir, deps.generationWorkerUrl ? { workerUrl: deps.generationWorkerUrl } : {});
  const asTeacher = async <T>(token: string, call: () => Result<T> | Promise<Result<T>>): Promise<Result<T>> => {
    const teacher = deps.teacher.check(token);
    return teacher.ok ? call() : teacher;
  };

  return {
    startArticleImport: ({ token, ...request }) => asTeacher(token, () => jobs.start(request)),
    articleImportStatus: ({ token, jobId }) => asTeacher(token, () => jobs.status(jobId)),
    cancelArticleImport: ({ token, jobId }) => asTeacher(token, () => jobs.cancel(jobId)),
    listImportedSets: ({ token }) =>
      asTeacher(token, async (): Promise<Result<ImportedSetList>> => ok(await listImportedSets(deps.dataDir))),
    openSetReview: ({ token, setId }) => asTeacher(token, () => openSetReview(deps.dataDir, setId)),
    editSetReview: ({ token, setId, edits }) => asTeacher(token, () => editReview(deps.dataDir, setId, edits)),
    publishSet: ({ token, setId, published }) => asTeacher(token, () => publishSet(deps.dataDir, setId, published)),
    exportPack: ({ token, setId }) => asTeacher(token, () => exportPack(deps.dataDir, setId)),
    deleteImportedSet: ({ token, setId }) =>
      asTeacher(token, async () => {
        const db = usableDatabase(deps);
        if (!db.ok) return db;
        const assignments = createAssignmentStore(db.value).list();
        if (!assignments.ok) return assignments;
        return deleteImportedSet(deps.dataDir, setId, assignments.value, deps.clock.now());
      }),
    importPack: ({ token, fileName, base64 }) =>
      asTeacher(token, () => {
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length > maxSentPackBytes) {
          return fail(
            'FILE_TOO_LARGE',
            `${fileName} is larger than a content pack can be sent here (7 MB); nothing was imported.`,
          );
        }
        return importPack(deps.dataDir, fileName, bytes);
      }),
  };
}

import type { DatabaseSync } from 'node:sqlite';
import type { Assignment, GrowthReport, GrowthReportArgs } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { listStudents } from '../people/studentStore.ts';
import { loadSessions } from '../store/sessionRows.ts';
import type { AssignmentStore } from './assignmentStore.ts';
import { buildGrowthReport } from './growthReport.ts';

/** The growth report of a post-test and its pre-test: the two assignments, the students (of the group) and their finished sessions. */
export function classGrowth(db: DatabaseSync, store: AssignmentStore, args: GrowthReportArgs): Result<GrowthReport> {
  const post = store.find(args.postId);
  if (!post.ok) return post;
  if (!post.value)
    return fail('NOT_FOUND', `There is no assignment ${args.postId} on this computer; choose one from the list.`);
  if (post.value.form?.role !== 'post') {
    return fail(
      'BAD_ARGUMENT',
      `"${post.value.name}" is not a post-test, so it has no growth to show; choose the post-test of a pre/post pair.`,
    );
  }
  const pre = store.find(post.value.form.preId);
  if (!pre.ok) return pre;
  if (!pre.value) {
    return fail(
      'NOT_FOUND',
      `The pre-test of "${post.value.name}" (${post.value.form.preId}) is not on this computer; import its assignment ` +
        'file, then open the report again.',
    );
  }
  return reading(pre.value, post.value, db, args.group);
}

function reading(pre: Assignment, post: Assignment, db: DatabaseSync, group: string | undefined): Result<GrowthReport> {
  try {
    const filter = group === undefined ? {} : { group };
    return ok(
      buildGrowthReport({
        pre,
        post,
        students: listStudents(db).filter((student) => group === undefined || student.group === group),
        preSessions: loadSessions(db, { assignmentId: pre.id, finished: true, ...filter }),
        postSessions: loadSessions(db, { assignmentId: post.id, finished: true, ...filter }),
      }),
    );
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(
      'STORAGE_FAILED',
      `The results could not be read from the database (${reason}). Nothing was changed; try again, or restart Crossread.`,
    );
  }
}

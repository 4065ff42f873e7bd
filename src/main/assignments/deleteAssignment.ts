import { fail, ok, type Result } from '../../shared/result.ts';
import { findAssignment, type AssignmentStore } from './assignmentStore.ts';

/**
 * Removes an assignment from this computer's list (made by mistake, or done with). The sessions taken for it stay,
 * with their results, in every report. A pre-test with a post-test is kept: the post-test's growth report needs it.
 */
export function deleteAssignment(store: AssignmentStore, assignmentId: string): Result<Record<string, never>> {
  const found = findAssignment(store, assignmentId);
  if (!found.ok) return found;
  const listed = store.list();
  if (!listed.ok) return listed;
  const postTest = listed.value.find((other) => other.form?.role === 'post' && other.form.preId === assignmentId);
  if (postTest) {
    return fail(
      'BAD_ARGUMENT',
      `“${found.value.name}” is the pre-test of “${postTest.name}”, whose growth report needs it; delete the ` +
        'post-test first, or keep both.',
    );
  }
  const removed = store.remove(assignmentId);
  return removed.ok ? ok({}) : removed;
}

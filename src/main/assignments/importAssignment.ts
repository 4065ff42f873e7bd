import type { ImportAssignmentArgs, ImportedAssignment } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ItemBank } from '../quiz/itemBank.ts';
import type { AssignmentStore } from './assignmentStore.ts';
import { canonicalJson } from './canonicalJson.ts';
import { localItemsCheck } from './localItemsCheck.ts';
import { readAssignmentFile } from './readAssignmentFile.ts';

/**
 * An assignment file onto this computer. Everything is checked before anything is written, so a refused file
 * leaves the database as it was. The same assignment again (on the teacher's own computer, or imported twice)
 * changes nothing; a different assignment under an id already here is refused rather than replacing it, since
 * students may already have sessions of the one stored.
 */
export async function importAssignment(
  bank: ItemBank,
  store: AssignmentStore,
  args: ImportAssignmentArgs,
  now: number,
): Promise<Result<ImportedAssignment>> {
  const read = readAssignmentFile(args.fileName, args.text);
  if (!read.ok) return read;
  const assignment = read.value;
  const content = await localItemsCheck(bank, args.fileName, assignment);
  if (!content.ok) return content;
  const existing = store.find(assignment.id);
  if (!existing.ok) return existing;
  if (existing.value) {
    if (canonicalJson(existing.value) === canonicalJson(assignment)) return ok({ assignment, alreadyThere: true });
    return fail(
      'BAD_ASSIGNMENT',
      `${args.fileName} has the id of "${existing.value.name}", already on this computer, but asks something ` +
        'different; the file was changed after it was exported. Ask the teacher for the file again.',
    );
  }
  const added = store.add(assignment, now);
  if (!added.ok) return added;
  return ok({ assignment, alreadyThere: false });
}

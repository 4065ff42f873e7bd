import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assignment } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';
import { isImportedSetId } from './importedSetId.ts';
import { setDir, setsDir } from './importedSetPaths.ts';

/**
 * Removes one of the teacher's sets from the data folder. The folder is first renamed out of the list (a name no
 * set id can have), so a crash part-way never leaves half a set that looks whole. Results already taken on its
 * items stay in the reports (without the item texts). A set an assignment on this computer asks is kept: the
 * assignment could no longer be started.
 */
export async function deleteImportedSet(
  dataDir: string,
  setId: string,
  assignments: readonly Assignment[],
  now: number,
): Promise<Result<Record<string, never>>> {
  if (!isImportedSetId(setId)) {
    return fail('BAD_ARGUMENT', `"${setId}" is not one of your article sets; sets that come with Crossread stay.`);
  }
  const folder = setDir(dataDir, setId);
  try {
    await stat(folder);
  } catch {
    return fail('NOT_FOUND', `There is no article set ${setId} on this computer; it may have been deleted already.`);
  }
  const users = assignments.filter((assignment) => assignment.setIds.includes(setId)).map((a) => `“${a.name}”`);
  if (users.length > 0) {
    return fail(
      'BAD_ARGUMENT',
      `The set is used by ${users.join(', ')}; delete ${users.length === 1 ? 'that assignment' : 'those assignments'} ` +
        'first, or unpublish the set to hide it from students.',
    );
  }
  const aside = join(setsDir(dataDir), `.deleted-${setId}-${now}`);
  try {
    await rename(folder, aside);
  } catch (cause) {
    return storageFailed(`The article set ${setId} could not be deleted`, cause);
  }
  // The set is gone from every list now; what is left on disk is only space.
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return ok({});
}

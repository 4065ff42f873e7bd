import { join } from 'node:path';
import {
  reviewEditSchema,
  type ImportedSetReview,
  type ImportedSetSummary,
  type ItemReview,
  type ReviewFile,
} from '../../shared/articleImport.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { storageFailed } from '../store/storageFailed.ts';
import { setDir, setFileNames } from './importedSetPaths.ts';
import { readImportedSet, type StoredSet } from './readImportedSet.ts';
import { itemReview, servedItems, setReview, setSummary } from './reviewedItems.ts';
import { jsonText, writeFileAtomically } from './writeAtomically.ts';

// The teacher's review of an imported set: accept, reject, reword; then publish. Every change rewrites review.json
// atomically, one change at a time per set, so two quick clicks cannot lose one of them.

export async function openSetReview(dataDir: string, setId: string): Promise<Result<ImportedSetReview>> {
  const stored = await readImportedSet(dataDir, setId);
  return stored.ok ? ok(setReview(stored.value)) : stored;
}

/**
 * Applies the edits in order, all or none. An edit names an item and may set its status, prompt and explanation;
 * anything else in it (a key, options, evidence) is refused, so the answer can never be changed by hand. A prompt or
 * explanation equal to the generated one drops the teacher's version.
 */
export async function editReview(
  dataDir: string,
  setId: string,
  edits: readonly unknown[],
): Promise<Result<ImportedSetReview>> {
  return oneAtATime(setDir(dataDir, setId), async () => {
    const stored = await readImportedSet(dataDir, setId);
    if (!stored.ok) return stored;
    const byId = new Map(stored.value.items.map((item) => [item.id, item]));
    const items: Record<string, ItemReview> = { ...stored.value.review.items };
    for (const [at, raw] of edits.entries()) {
      const edit = reviewEditSchema.safeParse(raw);
      if (!edit.success) {
        const issue = edit.error.issues[0];
        const keys = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
        return fail(
          'BAD_ARGUMENT',
          keys
            ? `Edit ${at + 1} tries to change ${keys}; only an item's status, prompt and explanation can be edited.`
            : `Edit ${at + 1}: ${issue?.path.join('.') || 'the edit'}: ${issue?.message}.`,
        );
      }
      const { itemId, status, prompt, explanation } = edit.data;
      const item = byId.get(itemId);
      if (item === undefined) return fail('NOT_FOUND', `Set "${setId}" has no item ${itemId}.`);
      const next: ItemReview = { ...itemReview(stored.value.review, itemId), ...items[itemId] };
      if (status !== undefined) next.status = status;
      if (prompt !== undefined) {
        if (prompt === item.prompt) delete next.prompt;
        else next.prompt = prompt;
      }
      if (explanation !== undefined) {
        if (explanation === item.explanation) delete next.explanation;
        else next.explanation = explanation;
      }
      items[itemId] = next;
    }
    return writeReview(dataDir, stored.value, { ...stored.value.review, items }, setReview);
  });
}

/** Publishes the set (its accepted items go into sessions) or takes it back. A set with no accepted item cannot be published. */
export async function publishSet(
  dataDir: string,
  setId: string,
  published: boolean,
): Promise<Result<ImportedSetSummary>> {
  return oneAtATime(setDir(dataDir, setId), async () => {
    const stored = await readImportedSet(dataDir, setId);
    if (!stored.ok) return stored;
    const review = { ...stored.value.review, published };
    if (published && servedItems({ ...stored.value, review }).length === 0) {
      return fail(
        'NO_ITEMS',
        `"${stored.value.set.title}" has no accepted item yet; accept at least one, then publish.`,
      );
    }
    return writeReview(dataDir, stored.value, review, setSummary);
  });
}

async function writeReview<T>(
  dataDir: string,
  stored: StoredSet,
  review: ReviewFile,
  view: (stored: StoredSet) => T,
): Promise<Result<T>> {
  try {
    await writeFileAtomically(join(setDir(dataDir, stored.set.id), setFileNames.review), jsonText(review));
  } catch (cause) {
    return storageFailed(`The review of "${stored.set.title}" could not be saved`, cause);
  }
  return ok(view({ ...stored, review }));
}

const queues = new Map<string, Promise<unknown>>();

// Read, change, write: two of these for one set must not interleave, or the second would write over the first.
function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

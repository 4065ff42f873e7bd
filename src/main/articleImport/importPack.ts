import type { PackImport } from '../../shared/articleImport.ts';
import { ok, type Result } from '../../shared/result.ts';
import { readPack } from './readPack.ts';
import { saveImportedSet } from './saveImportedSet.ts';

// A content pack from another computer into this data folder: checked completely first (readPack), then written in
// one step. A bad pack is refused with its reason and nothing on disk changes; the same pack twice adds nothing (the
// set id is a hash of its content), and the set already here keeps its own review.

export async function importPack(dataDir: string, name: string, bytes: Uint8Array): Promise<Result<PackImport>> {
  const checked = await readPack(name, bytes);
  if (!checked.ok) return checked;
  const saved = await saveImportedSet(dataDir, checked.value.content, checked.value.review);
  if (!saved.ok) return saved;
  return ok({
    setId: saved.value.setId,
    title: checked.value.content.set.title,
    alreadyThere: saved.value.alreadyThere,
  });
}

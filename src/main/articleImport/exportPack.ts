import type { ExportFile } from '../../shared/exportFile.ts';
import { ok, type Result } from '../../shared/result.ts';
import { packChecksum, packFormat, packVersion, type ContentPack, type PackSet } from './packSchema.ts';
import { readImportedSet, readSetTexts } from './readImportedSet.ts';
import { jsonText } from './writeAtomically.ts';

// An imported set as one content pack file, for the teacher to save and import on another computer.

export async function exportPack(dataDir: string, setId: string): Promise<Result<ExportFile>> {
  const stored = await readImportedSet(dataDir, setId);
  if (!stored.ok) return stored;
  const texts = await readSetTexts(dataDir, stored.value.set);
  if (!texts.ok) return texts;
  const { set, items, review } = stored.value;
  const packSet: PackSet = {
    id: set.id,
    title: set.title,
    ...(set.date === undefined ? {} : { date: set.date }),
    articles: set.articles.map((article, index) => ({ ...article, text: texts.value[index] ?? '' })),
    items,
    review,
  };
  const pack: ContentPack = { format: packFormat, version: packVersion, sha256: packChecksum(packSet), set: packSet };
  return ok({
    fileName: `${set.id}.crossread-pack.json`,
    mimeType: 'application/json',
    encoding: 'utf8',
    data: jsonText(pack),
  });
}

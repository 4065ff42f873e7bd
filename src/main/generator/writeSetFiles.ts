import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { analysisSchema } from '../../shared/analysis.ts';
import { itemsFileSchema } from '../../shared/items.ts';
import type { GeneratedSet } from './generateSet.ts';

// Both files are validated against their shared schemas right before writing, so a file on disk is one the app
// and the accuracy scorer can load; a finder or builder that breaks the schema fails here, loudly, not in class.

export interface SetFilePaths {
  items: string;
  analysis: string;
}

export async function writeSetFiles(generated: GeneratedSet, paths: SetFilePaths): Promise<void> {
  const items = itemsFileSchema.parse(generated.items);
  const analysis = analysisSchema.parse(generated.analysis);
  await writeJson(paths.items, items);
  await writeJson(paths.analysis, analysis);
}

/** The exact bytes the generator writes for a value, so the staleness test compares like with like. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, jsonFileText(value), 'utf8');
}

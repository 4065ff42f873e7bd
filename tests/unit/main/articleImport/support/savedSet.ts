import {
  generateImportedSet,
  type GeneratedImport,
} from '../../../../../src/main/articleImport/generateImportedSet.ts';
import { saveImportedSet } from '../../../../../src/main/articleImport/saveImportedSet.ts';
import { fixtureRequest } from './articleSources.ts';

const generated = new Map<string, GeneratedImport>();

/** A fixture set generated once per test file (in this thread: the worker is tested on its own). */
export async function generatedFixture(dir: string): Promise<GeneratedImport> {
  const cached = generated.get(dir);
  if (cached) return cached;
  const result = generateImportedSet(await fixtureRequest(dir));
  if (!result.ok) throw new Error(result.error.message);
  generated.set(dir, result.value);
  return result.value;
}

/** The fixture set saved, every item pending, in `dataDir`; its id. */
export async function savedFixture(dataDir: string, dir: string): Promise<string> {
  const saved = await saveImportedSet(dataDir, await generatedFixture(dir));
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.setId;
}

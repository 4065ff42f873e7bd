import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Writes that are all or nothing: a crash or a full disk leaves the old file (or no folder), never half of one.
// Both write beside the target and rename, which is atomic on one file system.

/** The exact bytes written for a JSON file: two-space indent and a final newline, like the generator's files. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw cause;
  }
}

/**
 * Fills a new folder and moves it into place as `target`. Returns false, having changed nothing, when `target`
 * already exists.
 */
export async function writeFolderAtomically(target: string, fill: (folder: string) => Promise<void>): Promise<boolean> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.incoming-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(temp);
    await fill(temp);
    await rename(temp, target);
    return true;
  } catch (cause) {
    await rm(temp, { recursive: true, force: true });
    // rename onto an existing non-empty folder fails with ENOTEMPTY (or EEXIST): the set is already there.
    if (isCode(cause, 'ENOTEMPTY') || isCode(cause, 'EEXIST')) return false;
    throw cause;
  }
}

function isCode(cause: unknown, code: string): boolean {
  return cause instanceof Error && 'code' in cause && cause.code === code;
}

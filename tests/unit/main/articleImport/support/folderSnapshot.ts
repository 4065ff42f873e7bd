import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `dir` with a hash of its bytes, in path order: equal snapshots mean nothing changed. */
export async function folderSnapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const lines = await Promise.all(
    files.map(async (file) => {
      const hash = createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
        .slice(0, 16);
      return `${relative(dir, file)} ${hash}`;
    }),
  );
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((e) => `${relative(dir, join(e.parentPath, e.name))}/`);
  return [...lines, ...folders].sort();
}

import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

// Browser mode serves the built renderer; it rebuilds only when a source is newer than the build, so a
// second start is instant and a stale page is never served after an edit.

const sourceFolders = ['src/renderer', 'src/shared'];
const sourceFiles = ['electron.vite.config.ts', 'package.json'];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

export async function rendererIsStale(projectRoot: string, rendererDir: string): Promise<boolean> {
  const built = await stat(join(rendererDir, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const sources = [...sourceFolders, ...sourceFiles].map((path) => newestMtime(join(projectRoot, path)));
  return Math.max(...(await Promise.all(sources))) > built.mtimeMs;
}

export async function buildRenderer(projectRoot: string): Promise<void> {
  // Imported lazily: the build toolchain is only needed when there is something to build.
  const { build } = await import('electron-vite');
  await build({ root: projectRoot, logLevel: 'warn' });
}

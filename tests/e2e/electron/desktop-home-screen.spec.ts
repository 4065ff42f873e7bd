import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { projectRoot } from '../../support/paths.ts';

// The Electron binary is fetched on first launch. Where it cannot be fetched (a machine without internet, such as
// the build machines of this project) the desktop test cannot run; it says so instead of passing silently.
function electronBinary(): { path?: string; reason?: string } {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const binaryPath = (): string | undefined => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : undefined;
  };
  if (binaryPath()) return { path: binaryPath() };
  const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  const installed = binaryPath();
  if (installed) return { path: installed };
  const why = (install.stderr || install.stdout || install.error?.message || 'unknown reason').trim().split('\n')[0];
  return {
    reason: `No Electron binary, and downloading it failed (${why}); the desktop test needs a machine with internet.`,
  };
}

test('the desktop app opens on the article sets with the five headlines', async () => {
  const binary = electronBinary();
  if (!binary.path) console.log(`[electron] skipped: ${binary.reason}`);
  test.skip(!binary.path, binary.reason);

  const app = await electron.launch({ executablePath: binary.path, args: [projectRoot], cwd: projectRoot });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Article sets' })).toBeVisible();
    await expect(window.getByText('China backs Russia in challenge to NATO', { exact: true })).toBeVisible();
    await expect(window.getByRole('listitem')).toHaveCount(5);
    // The preload bridge, not HTTP: the page came from app:// and has window.crossread.
    expect(
      await window.evaluate(() => {
        const page = globalThis as unknown as { location: { protocol: string }; crossread?: unknown };
        return [page.location.protocol, typeof page.crossread];
      }),
    ).toEqual(['app:', 'object']);
    await window.screenshot({ path: test.info().outputPath('desktop-home.png') });
  } finally {
    await app.close();
  }
});

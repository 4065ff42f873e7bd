import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';

const projectRoot = resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
}

/** Starts `npm run serve`'s program on a free port with its own data folder, as a person would. */
export async function startBrowserMode(extraArgs: string[] = []): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-e2e-'));
  const child = spawn(process.execPath, ['src/main/web/cli.ts', '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 60 s: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${stderr}`)));
  });
  return { url, dataDir, process: child };
}

export async function stopBrowserMode(server: RunningServer): Promise<void> {
  server.process.kill('SIGTERM');
  await rm(server.dataDir, { recursive: true, force: true });
}

/** Collects console errors and uncaught page errors, so a test can insist there are none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

export const test = base.extend<object, { server: RunningServer }>({
  server: [
    // Playwright reads a fixture's dependencies from this object pattern, so it must stay, even empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startBrowserMode();
      await use(server);
      await stopBrowserMode(server);
    },
    { scope: 'worker' },
  ],
});

export { expect };

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './paths.ts';

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
}

/**
 * Starts `npm run serve`'s program on a free port with a throw-away data folder, as a person would; it rebuilds
 * the renderer first when the build is stale. Shared by the end-to-end tests and the bench.
 */
export async function startBrowserMode(extraArgs: string[] = []): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-browser-mode-'));
  const child = spawn(process.execPath, ['src/main/web/cli.ts', '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 120 s: ${stderr}`)), 120_000);
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

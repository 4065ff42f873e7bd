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
  /** Whether stopBrowserMode removes dataDir: only when this launcher made it. */
  ownsDataDir: boolean;
}

export interface BrowserModeOptions {
  /** An existing data folder (to restart on the same results); by default a fresh temp folder. */
  dataDir?: string;
  /** More `npm run serve` arguments, e.g. ['--content', dir]. */
  args?: string[];
}

/**
 * Starts `npm run serve`'s program on a free port with a throw-away data folder, as a person would; it rebuilds
 * the renderer first when the build is stale. Shared by the end-to-end tests and the bench.
 */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'crossread-browser-mode-')));
  const args = ['src/main/web/cli.ts', '--port', '0', '--data', dataDir, ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
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
  return { url, dataDir, process: child, ownsDataDir: options.dataDir === undefined };
}

/** Stops the server and waits until it has exited, so the next server on the same data folder starts clean. */
export async function stopBrowserMode(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const exited = new Promise<void>((resolveExit) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) resolveExit();
    else server.process.once('exit', () => resolveExit());
  });
  server.process.kill(signal);
  // A server that has not exited after 10 s is killed, so a stuck shutdown cannot hang a test or the bench.
  const patience = setTimeout(() => server.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(patience);
  if (server.ownsDataDir) await rm(server.dataDir, { recursive: true, force: true });
}

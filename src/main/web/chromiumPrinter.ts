import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ReportPrinter } from '../mainDeps.ts';

// Browser mode prints a report the way the desktop app does, from the renderer's own print view, with the
// Chromium installed on the machine in headless mode. Each print gets a fresh, throw-away profile.

const knownChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CROSSREAD_CHROMIUM names the browser; otherwise the usual Linux paths are tried. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env['CROSSREAD_CHROMIUM'];
  if (named) return existsSync(named) ? named : undefined;
  return knownChromiums.find((path) => existsSync(path));
}

/**
 * A printer for the page at `pageUrl()` (read per print: the port is known only once the server listens). Chromium
 * is given virtual time: the page's requests to this server finish, the report renders, and only then is it
 * printed, with no fixed wait.
 */
export function createChromiumPrinter(chromium: string, pageUrl: () => string): ReportPrinter {
  return async (route) => {
    const workDir = await mkdtemp(join(tmpdir(), 'crossread-print-'));
    const pdfPath = join(workDir, 'report.pdf');
    try {
      const printed = await runChromium(chromium, [
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-extensions',
        '--no-first-run',
        // Chromium refuses to start its sandbox as root (containers, CI); a local page of our own needs no more.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        `--user-data-dir=${join(workDir, 'profile')}`,
        '--no-pdf-header-footer',
        '--virtual-time-budget=20000',
        `--print-to-pdf=${pdfPath}`,
        `${pageUrl()}#${route}`,
      ]);
      if (!printed.ok) return printed;
      return ok(new Uint8Array(await readFile(pdfPath)));
    } catch (cause) {
      return fail('PRINT_FAILED', `Chromium did not print the report (${describe(cause)}).`);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
}

function runChromium(chromium: string, args: string[]): Promise<Result<true>> {
  return new Promise((resolve) => {
    execFile(chromium, args, { timeout: 60_000 }, (error, _stdout, stderr) => {
      resolve(
        error
          ? fail('PRINT_FAILED', `Chromium could not print the report: ${describe(error)} ${stderr.slice(-400)}`.trim())
          : ok(true),
      );
    });
  });
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

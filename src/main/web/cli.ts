import { mkdir, access, constants } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../api.ts';
import { createChromiumPrinter, findChromium } from './chromiumPrinter.ts';
import { createWebApp } from './createWebApp.ts';
import { buildRenderer, rendererIsStale } from './rendererBuild.ts';

const usage = `Usage: npm run serve -- [--port N] [--data DIR] [--content DIR]
  --port     port on 127.0.0.1 (0 = any free port; default 0)
  --data     where results are stored (default ~/.crossread)
  --content  article sets and items (default the project's content/ folder)`;

const projectRoot = resolve(import.meta.dirname, '../../..');

function exitWith(message: string): never {
  console.error(`crossread serve: ${message}\n${usage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        data: { type: 'string', default: join(homedir(), '.crossread') },
        content: { type: 'string', default: join(projectRoot, 'content') },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (cause) {
    exitWith(cause instanceof Error ? cause.message : String(cause));
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    exitWith(`--port must be a whole number from 0 to 65535, not "${values.port}".`);

  const dataDir = resolve(values.data);
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch {
    exitWith(`the data folder ${dataDir} cannot be created or written to.`);
  }

  const rendererDir = join(projectRoot, 'out', 'renderer');
  if (await rendererIsStale(projectRoot, rendererDir)) {
    console.log('Building the app (sources changed since the last build)…');
    try {
      await buildRenderer(projectRoot);
    } catch (cause) {
      exitWith(`the app could not be built: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  let allowedHosts: string[] = [];
  const chromium = findChromium();
  if (!chromium) console.warn('No Chromium found (set CROSSREAD_CHROMIUM): PDF reports cannot be printed.');
  const printReport = chromium && createChromiumPrinter(chromium, () => `http://${allowedHosts[0] ?? ''}/`);
  const app = createWebApp({
    handlers: createHandlers({
      contentDir: resolve(values.content),
      dataDir,
      ...(printReport ? { printReport } : {}),
    }),
    rendererDir,
    allowedHosts: () => allowedHosts,
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info: AddressInfo) => {
    allowedHosts = [`127.0.0.1:${info.port}`, `localhost:${info.port}`];
    console.log(`Crossread is serving http://127.0.0.1:${info.port}/ (data: ${dataDir})`);
  });
  server.on('error', (error) => exitWith(`cannot listen on 127.0.0.1:${port} (${error.message}).`));
  // Every answer is committed when it is submitted, so stopping loses nothing; an open page's keep-alive
  // connection must not hold the process, so requests in flight get a moment and then the process exits.
  const stop = (): void => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();

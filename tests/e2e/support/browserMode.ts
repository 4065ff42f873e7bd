import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserMode, stopBrowserMode, type RunningServer } from '../../support/browserModeServer.ts';

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

export { expect, startBrowserMode, stopBrowserMode, type RunningServer };

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ItemResponse, SessionView } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, startBrowserMode, stopBrowserMode, test } from './support/browserMode.ts';
import { answerFor, seedItemsById } from './support/engineScore.ts';
import { answerWithKeyboard } from './support/keyboard.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';

// Nothing a student submitted may be lost: the server is killed outright (SIGKILL, no chance to tidy up) in the
// middle of a test, restarted on the same data folder, and the student finds every answer and carries on at the
// item where they stopped. A database file that cannot be read is moved aside, said so, and a fresh start made.

test('after the server is killed mid-session, every answer is there and the session resumes', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-crash-'));
  try {
    const keys = await seedItemsById();
    const first = await startBrowserMode({ dataDir });
    await page.goto(first.url);
    await becomeNewStudent(page, 'Kim Crash');
    await page.getByRole('radio', { name: /^Test/ }).check();
    await page.getByRole('spinbutton', { name: 'Number of items' }).fill('5');
    const started = page.waitForResponse('**/api/startSession');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const view = await apiValue<SessionView>(await started);

    const given = new Map<string, ItemResponse>();
    for (const shown of view.items.slice(0, 3)) {
      const item = keys.get(shown.id);
      if (!item) throw new Error(`${shown.id} is not in the items file`);
      const response = answerFor(item, true);
      given.set(shown.id, response);
      const answered = page.waitForResponse('**/api/submitAnswer');
      await answerWithKeyboard(page, shown, response);
      expect((await answered).ok()).toBe(true);
    }
    await stopBrowserMode(first, 'SIGKILL');

    // A new server on the same data: a new port, so the tab's memory of the session is gone too.
    const second = await startBrowserMode({ dataDir });
    try {
      await page.goto(second.url);
      await page.getByRole('button', { name: /^Kim Crash/ }).click();
      await expect(page.getByRole('heading', { name: 'Unfinished sessions' })).toBeVisible();
      await keepScreenshot(page, 'home-unfinished-session');
      await expectNoAxeViolations(page, 'home with an unfinished session');
      const resumed = page.waitForResponse('**/api/getSession');
      await page.getByRole('button', { name: /^Continue/ }).click();
      const back = await apiValue<SessionView>(await resumed);

      expect(back.sessionId).toBe(view.sessionId);
      expect(back.answers.map((answer) => [answer.itemId, answer.response])).toEqual([...given]);
      expect(back.position).toBe(3);
      await expect(page.getByRole('heading', { level: 1, name: 'Item 4 of 5' })).toBeVisible();
    } finally {
      await stopBrowserMode(second);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a database file that cannot be read is moved aside, said on screen, and a fresh start made', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-damaged-'));
  try {
    await writeFile(join(dataDir, 'crossread.sqlite'), 'These are not the bytes of a database. '.repeat(200));
    const server = await startBrowserMode({ dataDir });
    try {
      await page.goto(server.url);
      const notice = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'could not be read' });
      await expect(notice).toContainText('crossread.sqlite.unreadable-');
      const kept = (await readdir(dataDir)).filter((file) => file.startsWith('crossread.sqlite.unreadable-'));
      expect(kept).toHaveLength(1);
      await keepScreenshot(page, 'home-database-moved-aside');
      await expectNoAxeViolations(page, 'home with the database notice');

      // The fresh database works: a new student can practise.
      await becomeNewStudent(page, 'Fresh Start');
    } finally {
      await stopBrowserMode(server);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

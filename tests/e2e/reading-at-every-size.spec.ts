import type { Page } from '@playwright/test';
import type { SessionView } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, watchConsole } from './support/browserMode.ts';
import { answerFor, seedItemsById } from './support/engineScore.ts';
import { answerWithKeyboard, pressButton } from './support/keyboard.ts';
import { itemsOfEveryKind, pinSessionItems } from './support/pinnedSession.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';

// Every screen, at the two window sizes the issue names and at 200 % zoom: axe finds nothing, a screenshot of each
// is kept under test-results/screens/ for people to look at, and at 200 % zoom no text scrolls sideways.

const keys = await seedItemsById();
const pinned = itemsOfEveryKind(keys);
const pinnedIds = pinned.map((item) => item.id);

async function startFromHome(page: Page, mode: 'practice' | 'test'): Promise<SessionView> {
  await page.getByRole('radio', { name: mode === 'practice' ? /^Practice/ : /^Test/ }).check();
  const started = page.waitForResponse('**/api/startSession');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  return apiValue<SessionView>(await started);
}

function nameOf(view: SessionView, at: number): string {
  const item = view.items[at];
  return item ? `${item.skill}-${item.format.replace('_', '-')}` : 'item';
}

/** Runs every screen, calling `look` on each with a name for it. */
async function visitEveryScreen(page: Page, url: string, look: (screen: string) => Promise<void>): Promise<void> {
  await pinSessionItems(page, pinnedIds);
  await page.goto(url);
  await look('home-who-is-practising');
  await becomeNewStudent(page, `Reader ${Date.now()}`);
  await look('home');

  const practice = await startFromHome(page, 'practice');
  for (const [at, shown] of practice.items.entries()) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Item ${at + 1} of ${practice.items.length}` }),
    ).toBeVisible();
    await look(`practice-item-${nameOf(practice, at)}`);
    const item = keys.get(shown.id);
    if (!item) throw new Error(`${shown.id} is not in the items file`);
    await answerWithKeyboard(page, shown, answerFor(item, at % 2 === 1));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
    // Let the article lines arrive, so the screenshot shows the evidence in place.
    await expect(page.locator('figure[aria-busy="true"]')).toHaveCount(0);
    await look(`practice-feedback-${nameOf(practice, at)}`);
    if (at < practice.items.length - 1) await pressButton(page, 'Next item');
  }
  await pressButton(page, 'See your results');
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await page.getByText('Show the evidence').first().click();
  await look('practice-results');

  await page.getByRole('button', { name: 'Back to the article sets' }).click();
  const test = await startFromHome(page, 'test');
  await look(`test-item-${nameOf(test, 0)}`);
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('button', { name: 'Hand in' })).toBeFocused();
  await look('test-finish-early');
  await page.getByRole('button', { name: 'Keep going' }).click();
  for (const shown of test.items) {
    const item = keys.get(shown.id);
    if (!item) throw new Error(`${shown.id} is not in the items file`);
    await answerWithKeyboard(page, shown, answerFor(item, true));
  }
  await expect(page.getByRole('heading', { level: 1, name: /^All \d+ items answered$/ })).toBeVisible();
  await look('test-all-answered');
  await page.getByRole('button', { name: 'Finish and see results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await look('test-results');
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('every screen passes axe and is kept as a screenshot', async ({ page, server }) => {
      test.setTimeout(120_000);
      const consoleProblems = watchConsole(page);
      await visitEveryScreen(page, server.url, async (screen) => {
        await keepScreenshot(page, screen);
        await expectNoAxeViolations(page, screen);
      });
      expect(consoleProblems).toEqual([]);
    });
  });
}

test.describe('at 200 % zoom', () => {
  // A 1280×800 window zoomed to 200 % lays out as 640×400 CSS pixels at twice the pixel density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('no screen makes the reader scroll sideways', async ({ page, server }) => {
    test.setTimeout(120_000);
    const overflowing: string[] = [];
    await visitEveryScreen(page, server.url, async (screen) => {
      const sideways = await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);
      if (sideways > 0) overflowing.push(`${screen}: ${sideways}px`);
      await keepScreenshot(page, `zoom200-${screen}`);
    });
    expect(overflowing).toEqual([]);
  });
});

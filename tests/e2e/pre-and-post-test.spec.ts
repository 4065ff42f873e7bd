import type { Page } from '@playwright/test';
import type { GrowthReport } from '../../src/shared/assignments.ts';
import type { SessionResults, SessionView } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, startBrowserMode, stopBrowserMode, test, watchConsole } from './support/browserMode.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { finishWith } from './support/resultsScreen.ts';
import { becomeNewStudent } from './support/students.ts';
import { answerEvery } from './support/takeTest.ts';

// Pre-test and post-test: a teacher makes a pre-test, a student takes it from the home screen, the teacher makes
// its parallel post-test (none of the same items), the student takes that too, and the growth the teacher sees
// is the student's own two scores, as the results screens gave them.

const pin = '918273';

test('a pre-test, its parallel post-test, and the growth between them', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleProblems = watchConsole(page);
  const server = await startBrowserMode();
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Teacher area' }).click();
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByLabel('PIN again', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await page.getByRole('button', { name: 'Assignments', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Unit start');
    await page.getByRole('radio', { name: /^Test/ }).check();
    await page.getByRole('spinbutton', { name: 'Number of items' }).fill('6');
    await page.getByRole('checkbox', { name: /^This is a pre-test/ }).check();
    await page.getByRole('button', { name: 'Make assignment' }).click();
    await expect(page.getByRole('heading', { name: 'Unit start' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();

    await becomeNewStudent(page, 'Lea Brandt', '9A');
    // Right and wrong in turn before the unit; everything right after it.
    const pre = await takeAssignment(page, 'Unit start', (at) => at % 2 === 0);

    await openTeacherArea(page);
    await page.getByRole('button', { name: 'Assignments', exact: true }).click();
    await page.getByRole('button', { name: 'Make the post-test' }).click();
    await expect(page.getByRole('heading', { name: 'Unit start (post-test)' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();

    const post = await takeAssignment(page, 'Unit start (post-test)', () => true);
    const preItems = pre.view.items.map((item) => item.id);
    expect(post.view.items.map((item) => item.id).filter((id) => preItems.includes(id))).toEqual([]);
    expect(post.view.items).toHaveLength(preItems.length);

    await openTeacherArea(page);
    await page.getByRole('button', { name: 'Assignments', exact: true }).click();
    const postCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Unit start (post-test)' }) });
    await expect(postCard.getByText('Post-test of Unit start')).toBeVisible();
    const reported = page.waitForResponse('**/api/growthReport');
    await postCard.getByRole('button', { name: 'Growth from the pre-test' }).click();
    const growth = await apiValue<GrowthReport>(await reported);
    expect(growth.takenBoth).toBe(1);
    expect(growth.total.pre).toBeCloseTo(pre.results.total.accuracy, 9);
    expect(growth.total.post).toBeCloseTo(post.results.total.accuracy, 9);
    expect(post.results.total.accuracy).toBe(1);
    expect(growth.total.growth).toBeGreaterThan(0);

    const perStudent = page.getByRole('table', { name: /Each student/ });
    const row = perStudent.getByRole('row').filter({ hasText: 'Lea Brandt' });
    await expect(row.getByRole('cell').nth(0)).toHaveText(percent(pre.results.total.accuracy));
    await expect(row.getByRole('cell').nth(1)).toHaveText(percent(post.results.total.accuracy));
    const points = Math.round((post.results.total.accuracy - pre.results.total.accuracy) * 100);
    await expect(row.getByRole('cell').nth(2)).toHaveText(`+${points} points`);
    await expectNoAxeViolations(page, 'growth report');
    await keepScreenshot(page, 'teacher-growth');

    // The class report filtered to the post-test opens with the same growth.
    await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Class report' }).click();
    await page.getByLabel('Assignment', { exact: true }).selectOption({ label: 'Unit start (post-test)' });
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(page.getByRole('heading', { name: 'Growth since the pre-test' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /Each student/ })
        .getByRole('row')
        .filter({ hasText: 'Lea Brandt' }),
    ).toContainText(`+${points} points`);
    expect(consoleProblems).toEqual([]);
  } finally {
    await stopBrowserMode(server);
  }
});

async function takeAssignment(
  page: Page,
  name: string,
  rightAt: (at: number) => boolean,
): Promise<{ view: SessionView; results: SessionResults }> {
  const started = page.waitForResponse('**/api/startAssignment');
  await page.getByRole('button', { name: `Start ${name}` }).click();
  const view = await apiValue<SessionView>(await started);
  await answerEvery(page, view, rightAt);
  const results = await finishWith(page, 'Finish and see results');
  await page.getByRole('button', { name: 'Back to the article sets' }).click();
  return { view, results };
}

async function openTeacherArea(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

import type { ReviewPlan } from '../../src/shared/review.ts';
import type { SessionView } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, watchConsole } from './support/browserMode.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';
import { takeTest } from './support/takeTest.ts';

// Spaced review as a student meets it: after a test, the items answered wrongly are due at once (Leitner box 1),
// the progress view says so per skill, and "Practise what I miss" starts a session that asks those items first.

test('the items a student missed come back first in “Practise what I miss”', async ({ page, server }) => {
  const consoleProblems = watchConsole(page);
  await page.goto(server.url);
  await becomeNewStudent(page, 'Rena Review');
  const taken = await takeTest(page, 6);
  const missed = taken.results.items.filter((item) => item.score < 1).map((item) => item.itemId);
  expect(missed.length).toBeGreaterThan(0);

  const planned = page.waitForResponse('**/api/reviewPlan');
  await page.getByRole('button', { name: 'My progress' }).click();
  const plan = await apiValue<ReviewPlan>(await planned);
  expect(plan.dueTotal).toBe(missed.length);

  const card = page.getByRole('region', { name: 'Practise what I miss' });
  await expect(card.getByText(`${missed.length} ${missed.length === 1 ? 'item is' : 'items are'} due`)).toBeVisible();
  for (const skill of plan.skills) {
    await expect(card.getByText(`${skill.due} due`).first()).toBeVisible();
  }
  await expectNoAxeViolations(page, 'progress with the review card');
  await keepScreenshot(page, 'review-card');

  const started = page.waitForResponse('**/api/startReview');
  await card.getByRole('button', { name: 'Practise what I miss' }).click();
  const view = await apiValue<SessionView>(await started);
  expect(view.mode).toBe('practice');
  const asked = view.items.map((item) => item.id);
  // Every missed item is asked again; an item answered right is resting in box 2 and is not due for a day.
  const answeredRight = taken.results.items.filter((item) => item.score === 1).map((item) => item.itemId);
  expect(asked).toEqual(expect.arrayContaining(missed));
  expect(asked.filter((id) => answeredRight.includes(id))).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: `Item 1 of ${asked.length}` })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

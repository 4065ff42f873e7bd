import type { ItemResponse, SessionResults, SessionView, SubmitAnswerResult } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, watchConsole } from './support/browserMode.ts';
import { answerFor, expectedTotal, seedItemsById } from './support/engineScore.ts';
import { answerWithKeyboard, pressButton, tabTo } from './support/keyboard.ts';
import { finishWith, scoreLine, totalScore } from './support/resultsScreen.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';

// A student takes a test with the keyboard alone. Nothing about right or wrong shows until it is handed in; then
// the score on screen is the one the engine returned, which is what its rules give for the answers typed in.

test('a test taken with the keyboard alone reveals nothing until the end, then shows the engine’s score', async ({
  page,
  server,
}) => {
  const consoleProblems = watchConsole(page);
  const keys = await seedItemsById();
  await page.goto(server.url);
  await becomeNewStudent(page, 'Keyboard Test');

  // Test mode: Tab to the mode radios, one arrow down. Five items, then Enter in the number field.
  await tabTo(page, page.getByRole('radio', { name: /^Practice/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
  await tabTo(page, page.getByRole('spinbutton', { name: 'Number of items' }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5');
  const started = page.waitForResponse('**/api/startSession');
  await page.keyboard.press('Enter');
  const view = await apiValue<SessionView>(await started);
  expect(view.mode).toBe('test');
  expect(view.items).toHaveLength(5);
  await expect(page.getByRole('button', { name: 'Finish test' })).toBeVisible();
  // No clock: the test sets no time limit.
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByText(/time (left|remaining)/i)).toHaveCount(0);

  const given = new Map<string, ItemResponse>();
  for (const [at, shown] of view.items.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: `Item ${at + 1} of 5` })).toBeFocused();
    if (at === 0) {
      await keepScreenshot(page, 'test-item');
      await expectNoAxeViolations(page, 'test item');
    }
    const item = keys.get(shown.id);
    if (!item) throw new Error(`${shown.id} is not in the items file`);
    const response = answerFor(item, at % 3 !== 1);
    given.set(item.id, response);
    const answered = page.waitForResponse('**/api/submitAnswer');
    await answerWithKeyboard(page, shown, response);
    const ack = await apiValue<SubmitAnswerResult>(await answered);
    expect(ack).toEqual({ mode: 'test', itemId: item.id, answered: at + 1, remaining: 4 - at });
    // No verdict, explanation or evidence while the test runs.
    await expect(page.getByRole('heading', { name: /^(Right|Not quite|Partly right)/ })).toHaveCount(0);
    await expect(page.getByText(item.explanation)).toHaveCount(0);
    await expect(page.locator('mark')).toHaveCount(0);
  }

  await expect(page.getByRole('heading', { level: 1, name: 'All 5 items answered' })).toBeFocused();
  await keepScreenshot(page, 'test-all-answered');
  await expectNoAxeViolations(page, 'all answered');

  const results = await finishWith(page, 'Finish and see results');

  const total = expectedTotal(keys, given);
  expect(results.total.score).toBeCloseTo(total, 10);
  await expect(totalScore(page)).toHaveText(scoreLine(results.total.score, 5));
  for (const skill of results.perSkill) {
    const row = page.getByRole('row', { name: new RegExp(`^${skillName(skill.skill)}`) });
    await expect(row.getByRole('cell')).toHaveText([
      `${Math.round(skill.score * 100) / 100} of ${skill.items}`,
      `${Math.round(skill.accuracy * 100)} %`,
      String(skill.hits),
      String(skill.misses),
      String(skill.falseAlarms),
      String(skill.correctRejections),
    ]);
  }
  // Every item comes back for review with the student's answer, the key and the explanation.
  const reviews = page.getByRole('article');
  await expect(reviews).toHaveCount(5);
  for (const [at, result] of results.items.entries()) {
    const review = reviews.nth(at);
    await expect(review).toContainText('Your answer');
    await expect(review).toContainText('Correct answer');
    await expect(review).toContainText(result.feedback.explanation);
  }
  await keepScreenshot(page, 'test-results');
  await expectNoAxeViolations(page, 'test results');
  expect(consoleProblems).toEqual([]);
});

test('handing a test in early counts the unanswered items as 0 and says so', async ({ page, server }) => {
  const keys = await seedItemsById();
  await page.goto(server.url);
  await becomeNewStudent(page, 'Early Hand-in');
  await tabTo(page, page.getByRole('radio', { name: /^Practice/ }));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('spinbutton', { name: 'Number of items' }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4');
  const started = page.waitForResponse('**/api/startSession');
  await page.keyboard.press('Enter');
  const view = await apiValue<SessionView>(await started);

  const first = view.items[0];
  const item = first && keys.get(first.id);
  if (!first || !item) throw new Error('the test has no first item');
  const response = answerFor(item, true);
  await answerWithKeyboard(page, first, response);
  await expect(page.getByRole('heading', { level: 1, name: 'Item 2 of 4' })).toBeFocused();

  await pressButton(page, 'Finish test');
  await expect(page.getByText('3 items are not answered yet and will count as 0.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hand in' })).toBeFocused();
  const finished = page.waitForResponse('**/api/finishSession');
  await page.keyboard.press('Enter');
  const results = await apiValue<SessionResults>(await finished);
  expect(results.total).toMatchObject({ items: 4, answered: 1, score: 1 });
  await expect(totalScore(page)).toHaveText(scoreLine(1, 4));
  await expect(page.getByText('3 of 4 items were not answered; they count as 0.')).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Not answered' })).toHaveCount(3);
});

function skillName(skill: string): string {
  return { compare: 'Compare sources', evidence: 'Check the evidence', clutter: 'Spot the clutter' }[skill] ?? skill;
}

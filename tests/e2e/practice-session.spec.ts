import { readArticle } from '../../src/main/content/readArticle.ts';
import type { ItemResponse, SessionView, SubmitAnswerResult } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, watchConsole } from './support/browserMode.ts';
import { answerFor, expectedTotal, seedItemsById } from './support/engineScore.ts';
import { answerWithKeyboard, pressButton, tabTo } from './support/keyboard.ts';
import { finishWith, scoreLine, totalScore } from './support/resultsScreen.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';
import { contentDir, seedSetId } from '../support/paths.ts';

// A student practises six items with the keyboard alone. After each answer the verdict is said in words, the
// explanation follows and the evidence is highlighted in its own line; at the end the score on screen is the
// engine's score for the answers given, and the missed items can be practised again.

test('a practice session done with the keyboard alone shows feedback with the evidence after each answer', async ({
  page,
  server,
}) => {
  const consoleProblems = watchConsole(page);
  const keys = await seedItemsById();
  await page.goto(server.url);
  await becomeNewStudent(page, 'Keyboard Practice');

  // Practice is chosen already; ask for 6 items and press Enter in the number field.
  await tabTo(page, page.getByRole('spinbutton', { name: 'Number of items' }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('6');
  const started = page.waitForResponse('**/api/startSession');
  await page.keyboard.press('Enter');
  const view = await apiValue<SessionView>(await started);
  expect(view.items).toHaveLength(6);

  const given = new Map<string, ItemResponse>();
  const scores: number[] = [];
  const seenFormats = new Set<string>();
  for (const [at, shown] of view.items.entries()) {
    const heading = page.getByRole('heading', { level: 1, name: `Item ${at + 1} of 6` });
    await expect(heading).toBeFocused();

    const item = keys.get(shown.id);
    if (!item) throw new Error(`${shown.id} is not in the items file`);
    const firstOfFormat = !seenFormats.has(item.format);
    if (firstOfFormat) {
      await keepScreenshot(page, `practice-item-${item.format.replace('_', '-')}`);
      await expectNoAxeViolations(page, `${item.format} item`);
    }

    // Right on even items, wrong on odd ones, so the feedback shows both.
    const response = answerFor(item, at % 2 === 0);
    given.set(item.id, response);
    const answered = page.waitForResponse('**/api/submitAnswer');
    await answerWithKeyboard(page, shown, response);
    const result = await apiValue<SubmitAnswerResult>(await answered);
    if (!('outcome' in result)) throw new Error('a practice answer comes back with its feedback');
    scores.push(result.outcome.score);

    // The verdict in words, with focus on it so a screen reader says it; then the explanation.
    const words = result.outcome.score >= 1 ? 'Right' : result.outcome.score <= 0 ? 'Not quite' : 'Partly right';
    const verdict = page.getByRole('heading', { level: 2, name: new RegExp(`^${words}`) });
    await expect(verdict).toBeFocused();
    await expect(page.getByText(item.explanation, { exact: true })).toBeVisible();

    // The evidence: each passage's exact words in a <mark>, inside its whole line once the article has loaded.
    const marks = page.locator('mark');
    for (const passage of item.evidence) {
      await expect(marks.filter({ hasText: passage.text }).first()).toBeVisible();
    }
    const firstPassage = item.evidence[0];
    if (firstPassage && item.format !== 'mark_lines') {
      const article = await readArticle(contentDir, seedSetId, firstPassage.file);
      if (!article.ok) throw new Error(article.error.message);
      const fullLine = article.value.lines.find((line) => line.line === firstPassage.line)?.text ?? '';
      const line = page.locator('figure p', { has: marks.filter({ hasText: firstPassage.text }) }).first();
      await expect(line).toContainText(`Line ${firstPassage.line}`);
      await expect(line).toContainText(fullLine);
    }
    if (item.skill === 'compare' && new Set(item.evidence.map((p) => p.file)).size === 2) {
      const articles = page.locator('figure');
      await expect(articles).toHaveCount(2);
      const [first, second] = [await articles.nth(0).boundingBox(), await articles.nth(1).boundingBox()];
      expect(first && second && Math.abs(first.y - second.y) < 2 && first.x < second.x, 'side by side').toBe(true);
    }

    if (firstOfFormat) {
      await keepScreenshot(page, `practice-feedback-${item.format.replace('_', '-')}`);
      await expectNoAxeViolations(page, `${item.format} feedback`);
      seenFormats.add(item.format);
    }
    if (at < view.items.length - 1) await pressButton(page, 'Next item');
  }

  const results = await finishWith(page, 'See your results');

  // The score on screen is the engine's, and the engine's is what its rules give for these answers.
  const total = expectedTotal(keys, given);
  expect(results.total.score).toBeCloseTo(total, 10);
  expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(total, 10);
  await expect(totalScore(page)).toHaveText(scoreLine(total, 6));
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(6);
  await keepScreenshot(page, 'practice-results');
  await expectNoAxeViolations(page, 'results');

  // Practise the missed ones: a new practice session of exactly the items that scored below 1.
  const missed = results.items.filter((entry) => entry.score < 1).map((entry) => entry.itemId);
  expect(missed.length).toBeGreaterThan(0);
  const again = page.waitForResponse('**/api/startSession');
  await pressButton(page, `Practise the missed ones (${missed.length})`);
  const retry = await apiValue<SessionView>(await again);
  expect(retry.mode).toBe('practice');
  expect(retry.items.map((entry) => entry.id).sort()).toEqual([...missed].sort());
  await expect(page.getByRole('heading', { level: 1, name: `Item 1 of ${missed.length}` })).toBeFocused();

  expect(consoleProblems).toEqual([]);
});

test('a reload in the middle of a practice session carries on where the student was', async ({ page, server }) => {
  const keys = await seedItemsById();
  await page.goto(server.url);
  await becomeNewStudent(page, 'Reload Practice');
  await page.getByRole('spinbutton', { name: 'Number of items' }).fill('3');
  const started = page.waitForResponse('**/api/startSession');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const view = await apiValue<SessionView>(await started);
  const [first, second] = view.items;
  const item = first && keys.get(first.id);
  if (!item || !second) throw new Error('the session is too short');
  await answerWithKeyboard(page, first, answerFor(item, true));
  await expect(page.getByRole('heading', { level: 2, name: 'Right' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Item 2 of 3' })).toBeVisible();
  await expect(page.getByText(second.prompt, { exact: true })).toBeVisible();
});

import { expect, type Page } from '@playwright/test';
import type { ItemResponse, SessionResults, SessionView } from '../../../src/shared/quiz.ts';
import { apiValue } from './apiValue.ts';
import { answerFor, seedItemsById } from './engineScore.ts';
import { answerWithKeyboard } from './keyboard.ts';
import { finishWith } from './resultsScreen.ts';

export interface TakenTest {
  view: SessionView;
  given: Map<string, ItemResponse>;
  results: SessionResults;
}

/** From the home screen, as the chosen student: a test of `count` items, answered right and wrong in turn. */
export async function takeTest(page: Page, count: number): Promise<TakenTest> {
  await page.getByRole('radio', { name: /^Test/ }).check();
  await page.getByRole('spinbutton', { name: 'Number of items' }).fill(String(count));
  const started = page.waitForResponse('**/api/startSession');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const view = await apiValue<SessionView>(await started);
  const given = await answerEvery(page, view);
  await expect(page.getByRole('heading', { level: 1, name: /^All \d+ items answered$/ })).toBeVisible();
  const results = await finishWith(page, 'Finish and see results');
  return { view, given, results };
}

/** Answers every item of a session that keeps its feedback for the end: by default right and wrong in turn. */
export async function answerEvery(
  page: Page,
  view: SessionView,
  rightAt: (at: number) => boolean = (at) => at % 2 === 0,
): Promise<Map<string, ItemResponse>> {
  const keys = await seedItemsById();
  const given = new Map<string, ItemResponse>();
  for (const [at, shown] of view.items.entries()) {
    const item = keys.get(shown.id);
    if (!item) throw new Error(`${shown.id} is not in the items file`);
    const response = answerFor(item, rightAt(at));
    given.set(item.id, response);
    const answered = page.waitForResponse('**/api/submitAnswer');
    await answerWithKeyboard(page, shown, response);
    await answered;
  }
  return given;
}

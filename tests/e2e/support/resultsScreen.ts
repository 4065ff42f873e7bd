import { expect, type Locator, type Page } from '@playwright/test';
import type { SessionResults } from '../../../src/shared/quiz.ts';
import { apiValue } from './apiValue.ts';
import { pressButton } from './keyboard.ts';

/** The results screen's total, as a screen reader hears it: "Your score: 7.5 of 10 …". */
export function totalScore(page: Page): Locator {
  return page.getByRole('paragraph').filter({ hasText: 'Your score:' });
}

/** Matches the total for `points` out of `items`, written as the screen writes it (at most two decimals). */
export function scoreLine(points: number, items: number): RegExp {
  return new RegExp(`^Your score:\\s*${String(Math.round(points * 100) / 100).replace('.', '\\.')} of ${items}\\s`);
}

/** Presses the button that ends the session and returns what finishSession answered, once the results have focus. */
export async function finishWith(page: Page, button: string): Promise<SessionResults> {
  const finished = page.waitForResponse('**/api/finishSession');
  await pressButton(page, button);
  const results = await apiValue<SessionResults>(await finished);
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused();
  return results;
}

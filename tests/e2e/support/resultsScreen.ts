import type { Locator, Page } from '@playwright/test';

/** The results screen's total, as a screen reader hears it: "Your score: 7.5 of 10 …". */
export function totalScore(page: Page): Locator {
  return page.getByRole('paragraph').filter({ hasText: 'Your score:' });
}

/** Matches the total for `points` out of `items`, written as the screen writes it (at most two decimals). */
export function scoreLine(points: number, items: number): RegExp {
  return new RegExp(`^Your score:\\s*${String(Math.round(points * 100) / 100).replace('.', '\\.')} of ${items}\\s`);
}

import type { Page } from '@playwright/test';

/** Kept for people to look at: test-results/screens/<name>-<width>x<height>.png, the whole page. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  const suffix = size ? `-${size.width}x${size.height}` : '';
  await page.screenshot({ path: `test-results/screens/${name}${suffix}.png`, fullPage: true });
}

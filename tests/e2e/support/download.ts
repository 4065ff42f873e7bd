import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';

/** Clicks a button that downloads a file (browser mode) and answers the file's text. */
export async function downloadText(button: Locator): Promise<string> {
  const started = button.page().waitForEvent('download');
  await button.click();
  const file = await started;
  return readFile(await file.path(), 'utf8');
}

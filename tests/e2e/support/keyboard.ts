import type { Locator, Page } from '@playwright/test';
import type { ItemResponse, PublicItem } from '../../../src/shared/quiz.ts';

// A student with no mouse: Tab to reach a control, the arrow keys inside a radio group or the page of lines,
// Space to tick or mark, Enter to send. Every helper fails loudly if the focus cannot get where a person would go.

const maxTabs = 80;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < maxTabs; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)} in ${maxTabs} presses`);
}

/** Moves to a button with Tab and presses Enter on it. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

/** Gives `response` to the item on screen with the keyboard alone, and sends it. */
export async function answerWithKeyboard(page: Page, item: PublicItem, response: ItemResponse): Promise<void> {
  switch (item.format) {
    case 'single_choice': {
      if (!('optionId' in response)) throw new Error('a single-choice item takes { optionId }');
      const radios = page.getByRole('radio');
      // Tab lands on the first radio of a group with none checked; Space checks it, each arrow moves and checks.
      await tabTo(page, radios.first());
      const at = item.options.findIndex((option) => option.id === response.optionId);
      if (at === 0) await page.keyboard.press('Space');
      for (let step = 0; step < at; step += 1) await page.keyboard.press('ArrowDown');
      // Enter in a form field sends the form, as the button would.
      await page.keyboard.press('Enter');
      return;
    }
    case 'choose_all': {
      if (!('optionIds' in response)) throw new Error('a choose-all item takes { optionIds }');
      const boxes = page.getByRole('checkbox');
      for (const [at, option] of item.options.entries()) {
        await tabTo(page, boxes.nth(at));
        if (response.optionIds.includes(option.id)) await page.keyboard.press('Space');
      }
      break;
    }
    case 'mark_lines': {
      if (!('lines' in response)) throw new Error('a mark-the-lines item takes { lines }');
      // One Tab stop for the whole page of lines; the arrows move between them.
      await tabTo(page, page.getByRole('checkbox').first());
      for (const [at, line] of item.lines.entries()) {
        // Both keys a person might use: Space on even lines, Enter on odd ones.
        if (response.lines.includes(line.line)) await page.keyboard.press(at % 2 === 0 ? 'Space' : 'Enter');
        if (at < item.lines.length - 1) await page.keyboard.press('ArrowDown');
      }
      break;
    }
  }
  await pressButton(page, /^(Check answer|Save answer|Save answer and go on)$/);
}

import type { Page } from '@playwright/test';
import type { Item } from '../../../src/shared/items.ts';

// Screenshots are only worth comparing run to run if every run shows the same kinds of item. The page still asks
// the real engine; the request it sends is completed with `itemIds` and a seed (the engine's "exactly these
// items" option), chosen from the real items file by what they show, never by hard-coded ids.

/** One item of each format, including a compare item whose two outlets sit side by side. */
export function itemsOfEveryKind(items: ReadonlyMap<string, Item>): Item[] {
  const all = [...items.values()];
  const picks = [
    all.find((item) => item.skill === 'compare' && item.format === 'single_choice' && fileCount(item) === 2),
    all.find((item) => item.skill === 'evidence' && item.format === 'choose_all'),
    all.find((item) => item.skill === 'clutter' && item.format === 'mark_lines' && item.key.length > 0),
    all.find((item) => item.skill === 'evidence' && item.format === 'mark_lines'),
  ];
  if (picks.some((item) => item === undefined)) throw new Error('the seed items lack a kind of item the screens show');
  return picks as Item[];
}

function fileCount(item: Item): number {
  return new Set(item.evidence.map((passage) => passage.file)).size;
}

/** Every startSession this page sends asks for exactly `itemIds`, in the order seed 7 gives. */
export async function pinSessionItems(page: Page, itemIds: readonly string[]): Promise<void> {
  await page.route('**/api/startSession', async (route) => {
    const asked = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    await route.continue({
      postData: JSON.stringify({ ...asked, itemIds, count: itemIds.length, seed: 7 }),
    });
  });
}

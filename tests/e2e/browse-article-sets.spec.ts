import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contentDir, seedSetDir } from '../support/paths.ts';
import { expect, startBrowserMode, stopBrowserMode, test, watchConsole } from './support/browserMode.ts';

const seedHeadlines = [
  'China supports Russia in opposing NATO expansion',
  'Putin Visits Xi Jinping in China, Two Nations Agree That NATO Should Stop Expanding',
  "What's China's interest in Russia-Ukraine crisis & why is it opposing NATO's expansion?",
  'China Supports Russia Against NATO Expansion',
  'China backs Russia in challenge to NATO',
];

test('a student opens Crossread and sees the article set with its five headlines', async ({ page, server }) => {
  const consoleProblems = watchConsole(page);
  await page.goto(server.url);

  await expect(page.getByRole('heading', { level: 1, name: 'Article sets' })).toBeVisible();
  const set = page.getByRole('region', { name: 'Putin visits Xi: China backs Russia against NATO expansion' });
  await expect(set).toBeVisible();
  await expect(set.getByRole('listitem')).toHaveCount(5);
  for (const headline of seedHeadlines) await expect(set.getByText(headline, { exact: true })).toBeVisible();
  await expect(set.getByText('4 February 2022')).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('home.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/screens/home-1280x800.png', fullPage: true });

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('a file that is not UTF-8 is named on screen while the other articles still show', async ({ page }) => {
  const content = await mkdtemp(join(tmpdir(), 'crossread-content-'));
  await cp(join(contentDir, 'articles'), join(content, 'articles'), { recursive: true });
  const mixed = join(content, 'articles', 'zz-mixed');
  await cp(seedSetDir, mixed, { recursive: true });
  await rm(join(mixed, 'set.json'));
  await writeFile(join(mixed, 'old-encoding.txt'), Buffer.from('Na\xefve caf\xe9 report', 'latin1'));
  const server = await startBrowserMode({ args: ['--content', content] });
  try {
    await page.goto(server.url);
    const set = page.getByRole('region', { name: 'zz-mixed' });
    await expect(set.getByRole('alert')).toContainText('old-encoding.txt is not UTF-8 text');
    await expect(set.getByRole('list').first().getByRole('listitem')).toHaveCount(5);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await stopBrowserMode(server);
  }
});

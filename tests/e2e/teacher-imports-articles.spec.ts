import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportedSetReview, ImportJobStatus } from '../../src/shared/articleImport.ts';
import type { SessionView } from '../../src/shared/quiz.ts';
import { seedSetDir } from '../support/paths.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, startBrowserMode, stopBrowserMode, test, watchConsole } from './support/browserMode.ts';
import { answerFor } from './support/engineScore.ts';
import { answerWithKeyboard } from './support/keyboard.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';

// A teacher brings the week's news as two saved web pages and one pasted article, watches the items being made,
// reviews them (accepts some, rejects one, rewords one), and publishes the set. A student then practises on it and
// meets the teacher's wording, and never the rejected item.

const pin = '482916';
const title = 'Beijing visit, our own copy';
const seedTitle = 'Putin visits Xi: China backs Russia against NATO expansion';

async function seedArticle(file: string): Promise<string> {
  return readFile(join(seedSetDir, file), 'utf8');
}

/** A saved news page: the article's headline and paragraphs inside the site's navigation, cookie bar and footer. */
function webPage(text: string, site: string): string {
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [headline = '', ...paragraphs] = text.split('\n').filter((line) => line.trim() !== '');
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | ${site}</title>`,
    '<style>body { font-family: serif }</style></head><body>',
    `<header><a href="/">${site}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>`,
    `<main><article><h1>${escape(headline)}</h1>`,
    ...paragraphs.map((line) => `<p>${escape(line)}</p>`),
    '</article></main>',
    '<aside><p>We use cookies to improve your experience. Accept all cookies</p></aside>',
    `<footer><p>© 2022 ${site}. All rights reserved.</p></footer>`,
    '<script>window.analytics = true;</script></body></html>',
  ].join('\n');
}

async function openTeacherArea(page: Page, first: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  if (first) {
    await page.getByLabel('PIN again', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Set PIN' }).click();
  } else {
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Article sets' }).click();
  await expect(page.getByRole('heading', { name: 'Article sets' })).toBeVisible();
}

test('a teacher imports articles, reviews and publishes the items, and a student practises on them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const consoleProblems = watchConsole(page);
  const server = await startBrowserMode();
  try {
    await page.goto(server.url);
    await openTeacherArea(page, true);

    // Two saved web pages and one pasted article, each with its outlet.
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Date of the event (optional)').fill('2022-02-04');
    const first = page.getByRole('group', { name: 'Article 1' });
    await first.getByLabel('Article 1 file').setInputFiles({
      name: 'china-backs-russia.html',
      mimeType: 'text/html',
      buffer: Buffer.from(webPage(await seedArticle('000_3309193dad904053.txt'), 'World Desk')),
    });
    await first.getByLabel('Outlet (optional)').fill('World Desk');
    const second = page.getByRole('group', { name: 'Article 2' });
    await second.getByLabel('Article 2 file').setInputFiles({
      name: 'beijing-summit.html',
      mimeType: 'text/html',
      buffer: Buffer.from(webPage(await seedArticle('001_4b2cff3ecd599e03.txt'), 'Daily Ledger')),
    });
    await second.getByLabel('Outlet (optional)').fill('Daily Ledger');
    await page.getByRole('button', { name: 'Add an article' }).click();
    const third = page.getByRole('group', { name: 'Article 3' });
    await third.getByRole('radio', { name: 'Pasted text' }).check();
    await third.getByLabel('Article 3 text').fill(await seedArticle('002_335350e686f9e903.txt'));
    await third.getByLabel('Outlet (optional)').fill('Morning Post');
    // A file saved empty by mistake is left out by name; the set is made from the other three.
    await page.getByRole('button', { name: 'Add an article' }).click();
    await page
      .getByRole('group', { name: 'Article 4' })
      .getByLabel('Article 4 file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });

    const statuses: ImportJobStatus[] = [];
    page.on('response', (response) => {
      if (/\/api\/(startArticleImport|articleImportStatus)$/.test(response.url())) {
        void response.json().then((result: { ok: boolean; value: ImportJobStatus }) => {
          if (result.ok) statuses.push(result.value);
        });
      }
    });
    await page.getByRole('button', { name: 'Make the set' }).click();
    // Progress while the worker runs, with its step in words and a Cancel.
    await expect(page.getByRole('progressbar', { name: 'Generating the items' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    const made = page.getByText(new RegExp(`^Made “${title}”: \\d+ items to review\\.$`));
    await expect(made).toBeVisible({ timeout: 60_000 });
    expect(statuses.some((status) => status.state === 'running')).toBe(true);
    const done = statuses.find((status) => status.state === 'done');
    expect(done?.result?.problems.map((problem) => problem.file)).toEqual(['notes.txt']);
    await expect(page.getByText('One article was left out:')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^notes\.txt is empty/ })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await keepScreenshot(page, 'teacher-made-article-set');

    // The review: every item with its key and evidence.
    const opened = page.waitForResponse('**/api/openSetReview');
    await page.getByRole('button', { name: `Review ${title}` }).click();
    const review = await apiValue<ImportedSetReview>(await opened);
    await expect(page.getByRole('heading', { name: `Review: ${title}` })).toBeVisible();
    expect(review.items.length).toBeGreaterThanOrEqual(5);
    expect(review.articles.map((article) => article.givenName)).toEqual([
      'china-backs-russia.html',
      'beijing-summit.html',
      'Pasted article 3',
    ]);
    // The pages' navigation and footer came through as lines: clutter items can point at them.
    expect(review.items.some((entry) => entry.item.skill === 'clutter')).toBe(true);

    const [edited, ...rest] = review.items.map((entry) => entry.item);
    const accepted = rest.slice(0, 3);
    const rejected = rest[3];
    if (!edited || !rejected) throw new Error('the set has fewer than 5 items');
    const editedPrompt = `Read both reports closely. ${edited.prompt}`;

    const saved = (): Promise<unknown> => page.waitForResponse('**/api/editSetReview');
    await page.getByRole('button', { name: 'Edit wording of item 1', exact: true }).click();
    await page.getByLabel('Prompt', { exact: true }).fill(editedPrompt);
    let edit = saved();
    await page.getByRole('button', { name: 'Save wording' }).click();
    await edit;
    await expect(page.getByText(editedPrompt, { exact: true })).toBeVisible();
    for (const number of [1, 2, 3, 4]) {
      edit = saved();
      await page.getByRole('button', { name: `Accept item ${number}`, exact: true }).click();
      await edit;
    }
    edit = saved();
    await page.getByRole('button', { name: 'Reject item 5', exact: true }).click();
    await edit;
    await expect(
      page.getByText(/^\d+ items: 4 accepted, \d+ to review,\s+1 rejected\. Not published yet\.$/),
    ).toBeVisible();
    // Showing only the rejected items: item 5 alone, still numbered 5.
    await page.getByRole('radio', { name: 'Rejected' }).check();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 3, name: /^Item 5 ·/ })).toBeVisible();
    await expectNoAxeViolations(page, 'article set review');
    await page.getByRole('radio', { name: 'To review' }).check();
    await keepScreenshot(page, 'teacher-reviews-imported-set');
    await page.getByRole('radio', { name: 'All items' }).check();

    await page.getByRole('button', { name: 'Publish the set' }).click();
    await expect(page.getByText(/^Published: students can now practise with the 4 accepted items\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();

    // A student: the teacher's set is offered beside the built-in one; a test on it alone.
    await becomeNewStudent(page, 'Mina Park', '8C');
    await page.getByRole('checkbox', { name: seedTitle }).uncheck();
    await expect(page.getByRole('checkbox', { name: title })).toBeChecked();
    await page.getByRole('radio', { name: /^Test/ }).check();
    await page.getByRole('spinbutton', { name: 'Number of items' }).fill('10');
    const started = page.waitForResponse('**/api/startSession');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const view = await apiValue<SessionView>(await started);
    const acceptedIds = [edited, ...accepted].map((item) => item.id);
    expect(view.items.map((item) => item.id).sort()).toEqual([...acceptedIds].sort());
    expect(view.items.some((item) => item.id === rejected.id)).toBe(false);

    // Answer until the reworded item comes up: the student reads the teacher's prompt.
    const byId = new Map(review.items.map((entry) => [entry.item.id, entry.item]));
    for (const [at, shown] of view.items.entries()) {
      await expect(
        page.getByRole('heading', { level: 1, name: `Item ${at + 1} of ${view.items.length}` }),
      ).toBeVisible();
      if (shown.id === edited.id) {
        await expect(page.getByText(editedPrompt, { exact: true })).toBeVisible();
        await keepScreenshot(page, 'student-meets-reworded-item');
        break;
      }
      const item = byId.get(shown.id);
      if (!item) throw new Error(`${shown.id} is not one of the set's items`);
      const answered = page.waitForResponse('**/api/submitAnswer');
      await answerWithKeyboard(page, shown, answerFor(item, at % 2 === 0));
      await answered;
    }
    expect(consoleProblems).toEqual([]);
  } finally {
    await stopBrowserMode(server);
  }
});

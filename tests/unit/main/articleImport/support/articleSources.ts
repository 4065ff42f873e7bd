import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSource, NewSetRequest } from '../../../../../src/shared/articleImport.ts';
import { projectRoot } from '../../../../support/paths.ts';

// Real articles as a teacher would bring them: the fixture sets' .txt files, and pages built from them.

export const fixtureSetDir = (name: string): string => join(projectRoot, 'tests/fixtures/articles', name);
export const wexmoor = fixtureSetDir('2023-06-wexmoor-plant-closure');
export const kelvick = fixtureSetDir('2025-03-kelvick-dam-spillway');

export async function articleTexts(dir: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

export async function setTitleAndDate(dir: string): Promise<{ title: string; date: string }> {
  return JSON.parse(await readFile(join(dir, 'set.json'), 'utf8')) as { title: string; date: string };
}

export function fileSource(name: string, content: string | Uint8Array, outlet?: string): ArticleSource {
  const base64 = Buffer.from(content).toString('base64');
  return { source: 'file', name, base64, ...(outlet === undefined ? {} : { outlet }) };
}

/** A fixture set as a request: every article a .txt file, the outlet from its file name ("000_daily-thunder"). */
export async function fixtureRequest(dir: string): Promise<NewSetRequest> {
  const { title, date } = await setTitleAndDate(dir);
  const articles = (await articleTexts(dir)).map(({ name, text }) => fileSource(name, text, outletOf(name)));
  return { title, date, articles };
}

export function outletOf(name: string): string {
  return name
    .replace(/^\d+_/, '')
    .replace(/\.txt$/, '')
    .replace(/-/g, ' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A web page made from an article's lines: the first as the headline, the others as paragraphs, wrapped in page
 * chrome that must come through as lines (nav, footer) and things that must not (script, style).
 */
export function pageFrom(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const [headline = '', ...rest] = lines;
  return [
    '<!doctype html><html><head><title>Page</title><style>p { margin: 0 }</style></head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    `<main><article><h1>${escapeHtml(headline)}</h1>`,
    // Source lines wrapped and indented as an HTML editor would: white space collapses back into one line.
    ...rest.map((line) => `<p>\n    ${wrapped(escapeHtml(line))}\n</p>`),
    '</article></main><script>window.track("view");</script>',
    '<footer><p>&copy; 2025 Example Media</p></footer></body></html>',
  ].join('\n');
}

function wrapped(line: string): string {
  let spaces = 0;
  return line.replace(/ /g, () => (++spaces % 8 === 0 ? '\n      ' : ' '));
}

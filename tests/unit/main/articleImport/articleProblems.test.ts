import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../../../src/main/articleImport/convertArticle.ts';
import { generateImportedSet } from '../../../../src/main/articleImport/generateImportedSet.ts';
import { newSetRequestSchema, maxArticleBytes } from '../../../../src/shared/articleImport.ts';
import { articleTexts, fileSource, fixtureRequest, kelvick, pageFrom, wexmoor } from './support/articleSources.ts';

describe('an article as given becomes text lines, or a problem naming it', () => {
  it('takes a .txt file as it is, a pasted text with its outlet, an .html page and a .md file as lines', async () => {
    const [first, second] = await articleTexts(wexmoor);
    if (!first || !second) throw new Error('fixture set missing');
    const txt = convertArticle(fileSource('thunder.txt', first.text), 0);
    expect(txt).toEqual({ ok: true, value: { givenName: 'thunder.txt', text: first.text } });
    const pasted = convertArticle({ source: 'pasted', text: second.text, outlet: 'Ardle FM' }, 1);
    expect(pasted).toEqual({
      ok: true,
      value: { givenName: 'Pasted article 2', outlet: 'Ardle FM', text: second.text },
    });
    const html = convertArticle(fileSource('thunder.HTML', pageFrom(first.text)), 2);
    if (!html.ok) throw new Error(html.error.message);
    expect(html.value.text.split('\n')).toContain('1,100 JOBS AXED AT WEXMOOR WASHER PLANT!');
    const md = convertArticle(fileSource('note.md', '# Plant to close\n\nStaff were *told* on\nMonday.\n'), 3);
    expect(md).toEqual({
      ok: true,
      value: { givenName: 'note.md', text: 'Plant to close\nStaff were told on Monday.\n' },
    });
  });

  it('names each unusable article with a typed code: empty, binary, not UTF-8, over 2 MB, not a text format', async () => {
    const { text } = (await articleTexts(kelvick))[0] ?? { text: '' };
    const big = text.repeat(Math.ceil((maxArticleBytes + 1) / text.length));
    const cases = [
      [fileSource('empty.txt', '  \n\n'), 'FILE_EMPTY', 'empty.txt'],
      [fileSource('blank.html', '<html><body><script>x()</script><p> </p></body></html>'), 'FILE_EMPTY', 'blank.html'],
      [fileSource('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'FILE_BINARY', 'photo.txt'],
      [fileSource('latin1.txt', Buffer.from('Caf\xe9 closes', 'latin1')), 'FILE_NOT_UTF8', 'latin1.txt'],
      [fileSource('huge.txt', big), 'FILE_TOO_LARGE', 'huge.txt'],
      [{ source: 'pasted' as const, text: big }, 'FILE_TOO_LARGE', 'Pasted article 6'],
      [{ source: 'pasted' as const, text: ' \n ' }, 'FILE_EMPTY', 'Pasted article 7'],
      [fileSource('story.docx', text), 'BAD_CONTENT', 'story.docx'],
    ] as const;
    for (const [index, [source, code, name]] of cases.entries()) {
      const converted = convertArticle(source, index);
      expect(converted.ok ? 'ok' : converted.error.code, name).toBe(code);
      if (!converted.ok) expect(converted.error.message).toContain(name);
    }
  });

  it('makes the set from the usable articles and reports the others; fewer than two usable is refused', async () => {
    const request = await fixtureRequest(kelvick);
    const withProblems = {
      ...request,
      articles: [...request.articles, fileSource('broken.txt', Buffer.from([0xc3, 0x28])), fileSource('x.txt', '')],
    };
    const generated = generateImportedSet(withProblems);
    if (!generated.ok) throw new Error(generated.error.message);
    expect(generated.value.problems.map((p) => [p.file, p.code])).toEqual([
      ['broken.txt', 'FILE_NOT_UTF8'],
      ['x.txt', 'FILE_EMPTY'],
    ]);
    expect(generated.value.set.articles.map((a) => a.file)).toEqual([
      '01_tvcourier.txt',
      '02_newsflash24.txt',
      '03_kcr-news.txt',
      '04_standard-ledger.txt',
    ]);
    expect(generated.value.texts[0]).toBe(await readFile(join(kelvick, '000_tvcourier.txt'), 'utf8'));
    expect(generated.value.items.length).toBeGreaterThan(10);

    const oneUsable = { ...request, articles: [request.articles[0], fileSource('x.txt', '')] };
    const refused = generateImportedSet(newSetRequestSchema.parse(oneUsable));
    expect(refused.ok ? '' : refused.error.message).toMatch(/Only 1 of the 2 articles could be used.*x\.txt is empty/);
  });

  it('asks for a title and 2 to 20 articles', async () => {
    const request = await fixtureRequest(wexmoor);
    expect(newSetRequestSchema.safeParse({ ...request, title: '  ' }).success).toBe(false);
    expect(newSetRequestSchema.safeParse({ ...request, articles: request.articles.slice(0, 1) }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => request.articles[i % request.articles.length]);
    expect(newSetRequestSchema.safeParse({ ...request, articles: many }).success).toBe(false);
    expect(newSetRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('a set made of web pages', () => {
  it('still has clutter items, because the pages’ chrome came through as lines', async () => {
    const { title, date } = { title: 'Wexmoor plant closure, as saved pages', date: '2023-06-06' };
    const texts = await articleTexts(wexmoor);
    const pages = texts.map(({ name, text }) => fileSource(name.replace('.txt', '.html'), pageFrom(text)));
    const fromPages = generateImportedSet({ title, date, articles: pages });
    const fromText = generateImportedSet({ title, date, articles: texts.map((t) => fileSource(t.name, t.text)) });
    if (!fromPages.ok || !fromText.ok) throw new Error('generation failed');
    const clutter = (items: { skill: string }[]): number => items.filter((item) => item.skill === 'clutter').length;
    expect(clutter(fromPages.value.items)).toBeGreaterThanOrEqual(clutter(fromText.value.items) / 2);
    expect(clutter(fromPages.value.items)).toBeGreaterThan(5);
    // The footer the page added is judged chrome: a mark-lines item has it among its key lines.
    const footerMarked = fromPages.value.items.some(
      (item) =>
        item.format === 'mark_lines' &&
        item.lines.some((line) => line.text === '© 2025 Example Media' && item.key.includes(line.line)),
    );
    expect(footerMarked).toBe(true);
  });
});

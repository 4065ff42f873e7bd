import type { ArticleProblem, ArticleSource } from '../../shared/articleImport.ts';
import { maxArticleBytes } from '../../shared/articleImport.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { decodeArticleBytes } from '../content/readArticleFile.ts';
import { htmlLines } from './htmlLines.ts';
import { markdownLines } from './markdownLines.ts';

// One article as the teacher gave it becomes plain text, one line per block: what the generator reads. A file is
// checked the way content/ articles are (at most 2 MB, not binary, strict UTF-8, not empty); then its extension
// says how to read it. Whatever is wrong comes back as a problem naming the article, so the others can go on.

export interface ConvertedArticle {
  /** The name the article was given under: its file name, or "Pasted article 3". */
  givenName: string;
  outlet?: string;
  text: string;
}

const readers: Record<string, ((text: string) => string[]) | undefined> = {
  txt: undefined,
  md: markdownLines,
  markdown: markdownLines,
  html: htmlLines,
  htm: htmlLines,
};

export function givenName(source: ArticleSource, index: number): string {
  return source.source === 'file' ? source.name : `Pasted article ${index + 1}`;
}

export function convertArticle(source: ArticleSource, index: number): Result<ConvertedArticle> {
  const name = givenName(source, index);
  const outlet = source.outlet === undefined ? {} : { outlet: source.outlet };
  if (source.source === 'pasted') {
    if (Buffer.byteLength(source.text, 'utf8') > maxArticleBytes) {
      return fail('FILE_TOO_LARGE', `${name} is larger than 2 MB; paste only the article, a few pages of text.`);
    }
    if (source.text.trim() === '') return fail('FILE_EMPTY', `${name} is empty; paste the article's text.`);
    return ok({ givenName: name, ...outlet, text: normaliseText(source.text) });
  }

  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!(extension in readers)) {
    return fail('BAD_CONTENT', `${name} is not a .txt, .md or .html file; save the article in one of those.`);
  }
  const decoded = decodeArticleBytes(name, Buffer.from(source.base64, 'base64'));
  if (!decoded.ok) return decoded;
  const read = readers[extension];
  if (read === undefined) return ok({ givenName: name, ...outlet, text: decoded.value });
  const lines = read(decoded.value);
  if (lines.length === 0) return fail('FILE_EMPTY', `${name} has no text a reader would see.`);
  return ok({ givenName: name, ...outlet, text: `${lines.join('\n')}\n` });
}

/** The articles that can be used, in the order given, and a problem for each of the others. */
export function convertArticles(
  sources: readonly ArticleSource[],
  onConverted: (done: number) => void = () => {},
): { articles: ConvertedArticle[]; problems: ArticleProblem[] } {
  const articles: ConvertedArticle[] = [];
  const problems: ArticleProblem[] = [];
  sources.forEach((source, index) => {
    const converted = convertArticle(source, index);
    if (converted.ok) articles.push(converted.value);
    else problems.push({ file: givenName(source, index), ...converted.error });
    onConverted(index + 1);
  });
  return { articles, problems };
}

// Pasted text keeps its lines; a byte-order mark a clipboard may carry is not part of the article.
function normaliseText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

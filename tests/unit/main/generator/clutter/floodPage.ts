import { expect } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../src/main/generator/clutter/classifyLines.ts';
import { pickHeadline } from '../../../../../src/main/generator/clutter/pickHeadline.ts';
import { companionArticles, floodParagraphs, page } from './floodStory.ts';

// One outlet's page of the flood story, judged beside the two companion articles as the generator judges a set:
// the verdicts and headline the chrome-kind tests read, and their two expectations.

export const [p1, p2, p3, p4, p5] = floodParagraphs as [string, string, string, string, string];
export const floodTitle = 'Spain floods: at least 200 dead as rescuers search for the missing';

/** The flood story under its title with one line set after each paragraph, and any lines left over at the end. */
export function afterEachParagraph(lines: readonly string[]): string[] {
  const paragraphs = [p1, p2, p3, p4, p5];
  return [
    floodTitle,
    ...paragraphs.flatMap((paragraph, at) => [paragraph, ...lines.slice(at, at + 1)]),
    ...lines.slice(5),
  ];
}

export function verdictsFor(lines: readonly string[]): LineVerdict[] {
  const article = page('outlet.txt', lines);
  return classifyLines([article, ...companionArticles()]).filter((verdict) => verdict.file === 'outlet.txt');
}

export function headlineOf(lines: readonly string[]): string {
  const article = page('outlet.txt', lines);
  return pickHeadline(article, classifyLines([article, ...companionArticles()]));
}

export function verdictOf(verdicts: readonly LineVerdict[], text: string): LineVerdict {
  const found = verdicts.find((verdict) => verdict.text === text);
  if (!found) throw new Error(`no verdict for line: ${text}`);
  return found;
}

export function expectChrome(verdicts: readonly LineVerdict[], text: string, reason: RegExp): void {
  const verdict = verdictOf(verdicts, text);
  expect(verdict.boilerplate, `${text}\n${verdict.reasons.join('\n')}`).toBe(true);
  expect(verdict.reasons.join(' | ')).toMatch(reason);
}

export function expectArticle(verdicts: readonly LineVerdict[], text: string): void {
  const verdict = verdictOf(verdicts, text);
  expect(verdict.boilerplate, `${text}\n${verdict.reasons.join('\n')}`).toBe(false);
}

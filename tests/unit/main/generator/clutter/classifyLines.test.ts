import { describe, expect, it } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../src/main/generator/clutter/classifyLines.ts';
import { chromeThreshold } from '../../../../../src/main/generator/clutter/clutterRules.ts';
import { chromeF1, confusion } from './labelledPage.ts';
import { seedChromeLines } from './seedLabels.ts';
import { readSeedSet } from './seedSet.ts';

// The five seed articles about Putin's visit to Xi, with the page chrome their sites printed around them.

const articles = readSeedSet();
const verdicts = classifyLines(articles);

function verdictOf(file: string, text: string): LineVerdict {
  const found = verdicts.find((verdict) => verdict.file.startsWith(file) && verdict.text === text);
  if (!found) throw new Error(`${file} has no line: ${text}`);
  return found;
}

describe('classifyLines on the seed set', () => {
  it('gives every non-empty line of every article one verdict, in order, with its reasons', () => {
    const lines = articles.flatMap((article) => article.lines);
    expect(verdicts.map(({ file, line, text }) => ({ file, line, text }))).toEqual(lines);
    for (const verdict of verdicts) {
      expect(verdict.reasons.length, `${verdict.file}:${verdict.line}`).toBeGreaterThan(0);
      expect(verdict.boilerplate).toBe(verdict.score >= chromeThreshold);
    }
  });

  it('finds the comment widget under 001, and says what it is', () => {
    const reply = verdictOf('001', 'Leave a Reply');
    expect(reply.boilerplate).toBe(true);
    expect(reply.reasons.join(' ')).toMatch(/comment or rating widget: “Leave a Reply”/);
    expect(verdictOf('001', '4 1 vote').boilerplate).toBe(true);
    expect(verdictOf('001', 'View all comments').boilerplate).toBe(true);
  });

  it('finds the cookie banner, its button and the comment box under 003', () => {
    const banner = verdictOf('003', 'Our website uses cookies to enhance your experience. Learn more');
    expect(banner.boilerplate).toBe(true);
    expect(banner.reasons.join(' ')).toMatch(/cookie or consent banner/);
    expect(verdictOf('003', 'Ok, Go it!').boilerplate).toBe(true);
    expect(verdictOf('003', 'Post a Comment (0)').boilerplate).toBe(true);
    expect(verdictOf('003', '#buttons=(Ok, Go it!) #days=(20)').reasons.join(' ')).toMatch(/markup/);
  });

  it('finds the "Latest articles" list of unrelated headlines and teasers under 000', () => {
    const list = verdicts.filter((verdict) => verdict.file.startsWith('000') && verdict.line >= 41);
    expect(list).toHaveLength(10);
    expect(list.every((verdict) => verdict.boilerplate)).toBe(true);
    const teaser = list.find((verdict) => verdict.text.startsWith('Teenagers in South Australia'));
    expect(teaser?.reasons.join(' ')).toMatch(/ellipsis/);
    const headline = list.find((verdict) => verdict.text === 'Australian defence gets strong with new helicopters');
    expect(headline?.reasons.join(' ')).toMatch(/headline-like lines after the article/);
  });

  it('tells the image alt text and its credited caption in 004 from the paragraph that repeats their words', () => {
    const alt = verdicts.filter((verdict) => verdict.file.startsWith('004') && verdict.line <= 10);
    const byLine = new Map(alt.map((verdict) => [verdict.line, verdict]));
    expect(byLine.get(7)?.reasons.join(' ')).toMatch(/image text repeated by the caption/);
    expect(byLine.get(8)?.reasons.join(' ')).toMatch(/“\(AN\/TASS\)”/);
    expect(byLine.get(7)?.boilerplate && byLine.get(8)?.boilerplate).toBe(true);
    expect(byLine.get(10)?.boilerplate).toBe(false);
  });

  it('keeps short article lines: a one-sentence paragraph and sub-headings', () => {
    const lunch = verdictOf('000', 'They ate lunch together, talked, and then went to see a major show together.');
    expect(lunch.boilerplate).toBe(false);
    const subheading = verdictOf('004', "A 'friendship' with 'no limits'");
    expect(subheading.boilerplate).toBe(false);
    expect(subheading.reasons.join(' ')).toMatch(/sub-heading/);
    expect(verdictOf('002', "US, West 'ideologised cold war approaches': China").boilerplate).toBe(false);
  });

  it('steps over timestamps, a reading time, an empty byline and a repeated title', () => {
    expect(verdictOf('002', 'Published 11:51 IST, February 14th 2022').reasons.join(' ')).toMatch(/publication time/);
    expect(verdictOf('002', '- 3 min read').boilerplate).toBe(true);
    expect(verdictOf('003', 'By -').reasons.join(' ')).toMatch(/byline/);
    const titles = verdicts.filter((verdict) => verdict.text === 'China Supports Russia Against NATO Expansion');
    expect(titles.map((verdict) => verdict.boilerplate)).toEqual([false, true]);
    expect(titles[1]?.reasons.join(' ')).toMatch(/repeats an earlier line/);
  });

  it('agrees with the hand labels of the seed set (chrome F1 at least 0.95)', () => {
    const counts = confusion(verdicts, (file, line) => seedChromeLines[file]?.includes(line) ?? false);
    expect(counts.chromeCaught + counts.chromeMissed).toBe(30);
    expect(chromeF1(counts)).toBeGreaterThanOrEqual(0.95);
  });

  it('judges an article the same whichever order the set is given in', () => {
    const reversed = classifyLines([...articles].reverse());
    const key = (verdict: LineVerdict): string =>
      `${verdict.file}:${verdict.line}:${verdict.boilerplate}:${verdict.score}`;
    expect(reversed.map(key).sort()).toEqual(verdicts.map(key).sort());
  });

  it('classifies a set of one article and an empty set', () => {
    const [first] = articles;
    if (!first) throw new Error('seed set is empty');
    const alone = classifyLines([first]);
    expect(alone.find((verdict) => verdict.text === 'Latest articles')?.boilerplate).toBe(true);
    expect(alone.find((verdict) => verdict.line === 3)?.boilerplate).toBe(false);
    expect(classifyLines([])).toEqual([]);
  });
});

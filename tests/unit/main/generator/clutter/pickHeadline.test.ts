import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../../src/main/generator/articleText.ts';
import { classifyLines } from '../../../../../src/main/generator/clutter/classifyLines.ts';
import { pickHeadline } from '../../../../../src/main/generator/clutter/pickHeadline.ts';
import { companionArticles, floodParagraphs } from './floodStory.ts';
import { seedHeadlines } from './seedLabels.ts';
import { readSeedSet } from './seedSet.ts';

function headlineOf(lines: readonly string[]): string {
  const article = splitLines('outlet.txt', lines.join('\n'));
  return pickHeadline(article, classifyLines([article, ...companionArticles()]));
}

const title = 'Spain floods: at least 200 dead as rescuers search for the missing';

describe('pickHeadline', () => {
  it('picks the title of each seed article, past "Published ..." and "Skip to content"', () => {
    const articles = readSeedSet();
    const verdicts = classifyLines(articles);
    for (const article of articles) expect(pickHeadline(article, verdicts)).toBe(seedHeadlines[article.file]);
  });

  it('steps over a site name, a menu and section labels above the title', () => {
    const menu = ['The Daily Post', 'Menu', 'News', 'Europe', 'Climate crisis', 'Extreme weather'];
    expect(headlineOf([...menu, title, 'By Maria Lopez', ...floodParagraphs])).toBe(title);
  });

  it('prefers the title to the standfirst below it', () => {
    const standfirst = 'Rescue teams search flooded homes and cars as the death toll rises';
    expect(headlineOf([title, standfirst, ...floodParagraphs])).toBe(title);
  });

  it('falls back to the first sentence when a page starts straight with its text', () => {
    const [first = '', ...rest] = floodParagraphs;
    const opening = `${first} ${rest[0] ?? ''} ${rest[1] ?? ''}`;
    expect(headlineOf([opening, ...rest.slice(2)])).toBe(first);
  });

  it('returns an empty headline for an article with no lines', () => {
    const empty = splitLines('empty.txt', '');
    expect(pickHeadline(empty, classifyLines([empty]))).toBe('');
  });
});

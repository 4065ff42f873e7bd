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

  it("takes a tabloid's headline in capitals, not the standfirst below it that shares more words", () => {
    const shouted = 'FLOOD HORROR: TOWNS DROWN AS KILLER STORM SMASHES COAST';
    const standfirst = 'Rescue teams search flooded homes and cars as the death toll rises in Valencia';
    expect(headlineOf(['THE DAILY FLARE', 'NEWS', shouted, standfirst, 'By Maria Lopez', ...floodParagraphs])).toBe(
      shouted,
    );
  });

  it('takes the title above the byline, not a short quotation set below it', () => {
    // As 003_the-meridian.txt of the hospital set prints them.
    const own = "Why Valencia's drains were a disaster waiting to happen";
    const quotation = '“The water came into the town and took the cars away.”';
    const lines = ['The long read', own, 'By Maria Lopez', 'Updated 3 hours ago', quotation, ...floodParagraphs];
    expect(headlineOf(lines)).toBe(own);
  });

  it('does not take a strap of items strung along dots for the title', () => {
    const strap = 'The weekly briefing on flood risk · Issue 214';
    const short = 'Valencia floods: warning or failure?';
    expect(headlineOf([strap, short, 'By Maria Lopez, Editor · 6 min read', ...floodParagraphs])).toBe(short);
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

import { describe, it } from 'vitest';
import * as flood from './floodPage.ts';

// Chrome kinds first met on a consumer guide, a tech site and a tabloid covering a data breach, written here in
// other sites' words around the flood story: a page's table of contents, a dated update note that says what
// changed, a summary button, a numbered figure's caption, a shop's deal and a betting ad's small print, a
// bracketed clip length, a free-article notice, a perk for members and a check's badge. And story sentences that
// share their words, which stay the article's.

const { afterEachParagraph, verdictsFor, expectChrome, expectArticle, p1, p2, p3, p4, p5 } = flood;
const title = flood.floodTitle;

describe("a guide's own apparatus", () => {
  const apparatus = [
    'Jump to: Where the water rose · Who can claim · How to help',
    'In this article: The warnings · The rescue · What comes next',
    'Updated 2 November, 10.15am: adds figures from the regional emergency service.',
    'Summarize this story',
    'Figure 2: Rainfall over Valencia province in the 24 hours to Wednesday. Source: AEMET',
    '✔ Medically reviewed by Dr Lucía Ferrer',
  ];
  const verdicts = verdictsFor([
    title,
    apparatus[0] ?? '',
    p1,
    apparatus[1] ?? '',
    p2,
    ...apparatus.slice(2),
    p3,
    p4,
    p5,
  ]);

  it('flags a table of contents, an update note, a summary button, a figure caption and a reviewer badge', () => {
    expectChrome(verdicts, apparatus[0] ?? '', /table of contents/);
    expectChrome(verdicts, apparatus[1] ?? '', /table of contents/);
    expectChrome(verdicts, apparatus[2] ?? '', /update note/);
    expectChrome(verdicts, apparatus[3] ?? '', /share or follow/);
    expectChrome(verdicts, apparatus[4] ?? '', /caption/);
    expectChrome(verdicts, apparatus[5] ?? '', /production credits/);
  });

  it('keeps the paragraphs between them as the article', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
  });
});

describe('offers and gates set into the text', () => {
  const offers = [
    'Bargain of the week: Stormproof 40L dry bag, €24 (was €39)',
    'Spin to win €20 in free bets. 18+ only. T&Cs apply. Please gamble responsibly.',
    '▶ VIDEO: Drone footage of the flooded motorway (2:41)',
    'This story is free to read for everyone. Subscribers also get our weekly climate briefing.',
    'Subscribers: download our flood insurance checklist',
  ];
  const verdicts = verdictsFor([
    title,
    p1,
    p2,
    offers[0] ?? '',
    offers[1] ?? '',
    p3,
    offers[2] ?? '',
    p4,
    ...offers.slice(3),
    p5,
  ]);

  it('flags a deal, a betting ad, a clip, a free-article notice and a perk for subscribers', () => {
    expectChrome(verdicts, offers[0] ?? '', /advertisement or shopping link/);
    expectChrome(verdicts, offers[1] ?? '', /advertisement or shopping link/);
    expectChrome(verdicts, offers[2] ?? '', /video or audio clip/);
    expectChrome(verdicts, offers[3] ?? '', /paywall meter/);
    expectChrome(verdicts, offers[4] ?? '', /members gate/);
  });
});

describe('story sentences with the same words', () => {
  it('stay the article', () => {
    const story = [
      'Figures from the regional government show 62 roads were still closed on Friday.',
      'Members of the rescue team reviewed by boat the streets that were still under water.',
      'The shop had sold its stock of pumps by Thursday, the owner said.',
      'Shares in the insurer closed 3% lower on Wednesday.',
      'Firefighters checked by hand the cars swept into the ravine.',
    ];
    const verdicts = verdictsFor(afterEachParagraph(story));
    for (const sentence of story) expectArticle(verdicts, sentence);
  });
});

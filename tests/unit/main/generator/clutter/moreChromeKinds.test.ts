import { describe, expect, it } from 'vitest';
import {
  verdictsFor,
  headlineOf,
  verdictOf,
  expectChrome,
  expectArticle,
  p1,
  p2,
  p3,
  p4,
  p5,
  floodTitle,
} from './floodPage.ts';

// Chrome kinds found on the council-vote and drug-trial pages, written here in other outlets' words around the
// flood story: a poll set inside the article, a wire service's slug, a site's motto, a stock ticker and its delay
// notice, the house's own offers, a donation appeal, a translation note, a menu parted by runs of spaces, a blog's
// links to its neighbouring posts. And article lines that look like chrome: a summary's label, a sign-off sentence.

const title = floodTitle;

describe('a reader poll inside the article', () => {
  const poll = [
    'POLL: Should the government pay for every flooded home?',
    'Yes, all of them — 71%',
    'Only the insured ones — 29%',
    '4,120 votes · Poll closes Friday',
  ];
  const verdicts = verdictsFor([title, p1, p2, ...poll, p3, p4, p5]);

  it('takes the poll, its options and its vote count for chrome', () => {
    for (const line of poll) expectChrome(verdicts, line, /poll|vote count|engagement counter/);
  });

  it('does not end the article at the vote count: the paragraphs below it stay the article', () => {
    for (const paragraph of [p3, p4, p5]) expectArticle(verdicts, paragraph);
  });
});

describe('chrome above the title', () => {
  const top = [
    'The Riverside Courier',
    'Independent journalism for the Turia valley — by readers, for readers',
    'News   Sport   Business   Opinion   Weather   Obituaries',
    'IBEX 35   11,204.50   ▼ −84.20 (−0.75%)   Vol 182M',
    'Quote data delayed at least 15 minutes.',
    '« Road closures this weekend   |   Market reopens on Saturday »',
  ];
  const lines = [...top, title, p1, p2, p3, p4, p5];
  const verdicts = verdictsFor(lines);

  it('flags a motto, a menu parted by spaces, a ticker row, its delay notice and links to the next posts', () => {
    expectChrome(verdicts, top[1] ?? '', /masthead motto/);
    expectChrome(verdicts, top[2] ?? '', /menu/);
    expectChrome(verdicts, top[3] ?? '', /market ticker/);
    expectChrome(verdicts, top[4] ?? '', /data-feed marking/);
    expectChrome(verdicts, top[5] ?? '', /link to another story/);
  });

  it('picks the title as the headline, not the motto or a row of figures', () => {
    expect(headlineOf(lines)).toBe(title);
  });
});

describe('wire marks, credits and notes below the title', () => {
  const lines = [
    title,
    'Slug: SPAIN-FLOODS/ (UPDATE 3, adds death toll, quotes from minister)',
    'Live reporting by Ana Beltrán and Joe Kirwan',
    'This article was translated from Spanish by our international desk.',
    p1,
    p2,
    p3,
    p4,
    p5,
  ];
  const verdicts = verdictsFor(lines);

  it('flags the slug, the live-reporting credit and the translation note', () => {
    expectChrome(verdicts, lines[1] ?? '', /wire or data-feed marking/);
    expectChrome(verdicts, lines[2] ?? '', /byline/);
    expectChrome(verdicts, lines[3] ?? '', /editorial note/);
  });
});

describe('appeals and offers of the house', () => {
  const appeals = [
    '£25 could pay for a night in a shelter for a family. Donate today →',
    'Is your business ready for the next storm? Get our free resilience guide.',
  ];
  const verdicts = verdictsFor([title, p1, p2, appeals[0] ?? '', p3, p4, p5, appeals[1] ?? '']);

  it('flags a donation appeal between paragraphs and a promotion below the article', () => {
    expectChrome(verdicts, appeals[0] ?? '', /subscription or newsletter pitch/);
    expectChrome(verdicts, appeals[1] ?? '', /subscription or newsletter pitch/);
  });
});

describe('article lines that look like chrome', () => {
  const prose = [
    'Charities said residents who wanted to help should donate money rather than food or clothes.',
    'Flights from Valencia airport were delayed by up to 90 minutes on Wednesday while the runway was cleared.',
    'The report was translated into English by the regional government, which also posted it online.',
  ];
  const table = ['Town   Deaths   Missing', 'Paiporta   62   14', 'Catarroja   25   6'];
  const lines = [title, 'Key points', p1, p2, p3, ...prose, ...table, p4, p5, 'More from me when the roads reopen.'];
  const verdicts = verdictsFor(lines);

  it('keeps a summary label, sentences on donations, delays and translations, a sign-off; no menu in a table', () => {
    expectArticle(verdicts, 'Key points');
    for (const line of prose) expectArticle(verdicts, line);
    for (const row of table.slice(1)) expect(verdictOf(verdicts, row).reasons.join(' ')).not.toMatch(/menu/);
    expectArticle(verdicts, 'More from me when the roads reopen.');
  });

  it('keeps the label of a summary box of points without full stops', () => {
    const box = [
      title,
      'At a glance',
      'More than 200 people have died in the floods around Valencia',
      'Rescue teams are still searching homes and cars in Paiporta',
      p1,
      p2,
      p3,
      p4,
      p5,
    ];
    expectArticle(verdictsFor(box), 'At a glance');
  });
});

describe('the page numbers of a long article or thread', () => {
  // Met on the doping set's forum thread, right below the title where a standfirst would stand.
  const pagers = ['Page 1 of 9  « 1 2 3 … 9 »', '1 2 3 … 12 Next ›'];

  it('takes them for chrome, right below the title and after the last paragraph', () => {
    const verdicts = verdictsFor([title, pagers[0] ?? '', p1, p2, p3, p4, p5, pagers[1] ?? '']);
    for (const line of pagers) expectChrome(verdicts, line, /navigation link/);
  });

  it('keeps a sentence that tells what a page of a report says', () => {
    const sentence = 'Page 12 of the report says the river rose 3 metres in an hour.';
    expectArticle(verdictsFor([title, p1, sentence, p2, p3, p4, p5]), sentence);
  });
});

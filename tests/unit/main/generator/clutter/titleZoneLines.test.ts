import { describe, expect, it } from 'vitest';
import * as flood from './floodPage.ts';

// The lines around a page's title, first met on the grid-blackout, ferry, airport, rail, exam and wildfire pages,
// written here around the flood story in other sites' words: a headline above a standfirst that shares more of the
// story's words, links set above the title (a live page, a programme, the blog's previous post), a newsletter's
// frame, a choice of local edition, a site's note on how it is paid for, a blogger's note on themselves, a caption
// below a line that gives the reading time; and below the post, a tip jar and readers' signed comments.

const { verdictsFor, headlineOf, expectChrome, p1, p2, p3, p4, p5 } = flood;
const headline = "'The water came in minutes': Horror as flash floods tear through Paiporta";
const standfirst = 'More than 200 people dead after floods hit Valencia as rescuers search flooded homes and cars';
const story = [p1, p2, p3, p4, p5];

describe('the headline and the standfirst below it', () => {
  it('takes the upper of two long title lines, though the lower shares more words with the other articles', () => {
    expect(headlineOf(['THE DAILY FLARE', 'News › Spain', headline, standfirst, 'By Maria Lopez', ...story])).toBe(
      headline,
    );
  });

  it('still takes the title below a short section label', () => {
    const title = flood.floodTitle;
    expect(headlineOf(['Europe', 'Floods and extreme weather', title, 'By Maria Lopez', ...story])).toBe(title);
  });

  it('does not take a caption below the line with the reading time', () => {
    const caption = 'Drone footage still: cars piled against a bridge in Paiporta.';
    const top = [headline, 'Maria Lopez · 30 Oct 2024 · 7 min read', caption];
    expect(headlineOf([...top, ...story])).toBe(headline);
  });
});

describe('lines above the title that are links or notes of the site', () => {
  const cases: [string, RegExp][] = [
    ['Live: Spain floods — latest updates as rescuers reach Paiporta', /link to another story/],
    ['Watch live: Evening News at 6.30pm', /link to another story/],
    ['← Previous post: Cut-off lows and the Valencia rain, a short primer', /link to another story/],
    ['View this briefing in your browser', /email newsletter frame/],
    ["This week's briefing is sponsored by Aquasafe Flood Barriers — tested, certified, delivered.", /newsletter/],
    ['Your area: Valencia and the coast (Change)', /navigation link/],
    ['Disclosure: Flood Watch is reader-funded. We never take commission from insurers.', /site policy/],
    [
      'About Ana: former insurance adjuster, now flood-claims nerd. I read the small print so you don’t have to.',
      /biography/,
    ],
  ];

  for (const [line, family] of cases) {
    it(`takes "${line}" for chrome, not for the headline`, () => {
      const lines = ['FLOOD WATCH', 'Home · Guides · Claims · About', line, headline, 'By Maria Lopez', ...story];
      expect(headlineOf(lines)).toBe(headline);
      expectChrome(verdictsFor(lines), line, family);
    });
  }
});

describe("a blog's tip jar and its readers' signed comments below the post", () => {
  const comments = [
    'Dawn R. · 30 Oct 2024 at 09:12 — Rang the insurer twice, nobody mentioned the flood fund. Thanks Ana.',
    '↳ Ana Ruiz (author) · 09:40 — Put it in writing, Dawn, and quote the policy number.',
    'Soaked in Silla · 30 Oct 2024 at 10:03 — We were under water for two days. The payout does not touch it.',
  ];
  const tipJar = 'Like this? Buy Ana a coffee ☕ — it keeps the site ad-free';
  const lines = [flood.floodTitle, ...story, tipJar, '3 Comments', ...comments];

  it('takes the tip jar and each signed comment for chrome', () => {
    const verdicts = verdictsFor(lines);
    expectChrome(verdicts, tipJar, /subscription or newsletter pitch/);
    for (const comment of comments) expectChrome(verdicts, comment, /reader reactions/);
  });

  it('keeps a paragraph that tells what someone did at a time', () => {
    const paragraph =
      'Rescuers reached the Silla underpass at 09:40 — two hours after the first call, the regional government said.';
    flood.expectArticle(verdictsFor([flood.floodTitle, p1, p2, paragraph, p3, p4, p5]), paragraph);
  });
});

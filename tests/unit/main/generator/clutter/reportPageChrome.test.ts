import { describe, expect, it } from 'vitest';
import { verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome kinds found on the maternity-report pages (a staff briefing, a tabloid, a local paper), written here around
// the flood story: an email's links told in three words, a prompt to log in, a help-line box that opens "If you have
// been affected by this story", and a box of the paper's notices set between paragraphs. And the article's own
// lines that sit where such chrome does: a box of grades ("Safe: Inadequate"), and the sub-heading below the
// notices.

const title = floodTitle;

describe("a staff briefing's head", () => {
  const browser = 'View in browser | Forward to a colleague';
  const login = 'Log in to download your CPD reflection template';
  const lines = [
    'FLOOD RISK BRIEFING',
    'Members’ edition · Issue 87',
    browser,
    login,
    '',
    title,
    '',
    p1,
    p2,
    p3,
    p4,
    p5,
  ];

  it('takes the email links and the log-in prompt for chrome, and the headline below them for the title', () => {
    const verdicts = verdictsFor(lines);
    expectChrome(verdicts, browser, /email newsletter frame/);
    expectChrome(verdicts, login, /members gate/);
    expect(headlineOf(lines)).toBe(title);
  });
});

describe('a help-line box below the story', () => {
  it('takes "If you have been affected by this story" for chrome', () => {
    const box = 'If you have been affected by this story, the charity Floodline offers free support on 0808 555 0190.';
    expectChrome(verdictsFor([title, p1, p2, p3, p4, p5, box]), box, /help-line box/);
  });
});

describe('a box of notices between paragraphs', () => {
  const label = 'Local notices';
  const notices = [
    'Planning application 26/0845: Change of use of barn to holiday let, Tregarth Lane',
    'Road closure: Fore Street, 23-27 November, for resurfacing',
  ];
  const heading = 'Mayor says sorry';
  const verdicts = verdictsFor([title, '', p1, '', p2, '', label, ...notices, '', heading, '', p3, '', p4, '', p5]);

  it('takes the label and its notices for chrome', () => {
    expectChrome(verdicts, label, /more-headlines label/);
    for (const notice of notices) expectChrome(verdicts, notice, /box of links/);
  });

  it('ends the box at the blank line, so the sub-heading below stays the article’s', () => {
    expectArticle(verdicts, heading);
  });
});

describe('a box of grades inside the article', () => {
  const grades = ['Warnings: Adequate', 'Barriers: Inadequate', 'Evacuation: Good', 'Recovery: Requires improvement'];

  it('keeps the grades as article text, a table of the article', () => {
    const verdicts = verdictsFor([title, p1, p2, 'Grades at a glance', ...grades, p3, p4, p5]);
    for (const grade of grades) expectArticle(verdicts, grade);
  });

  it('still takes a run of tags for chrome', () => {
    const tags = ['Tags: Floods, Spain', 'Topics: Weather', 'Filed under: Europe'];
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, ...tags]);
    for (const tag of tags) expect(verdicts.find((verdict) => verdict.text === tag)?.boilerplate, tag).toBe(true);
  });
});

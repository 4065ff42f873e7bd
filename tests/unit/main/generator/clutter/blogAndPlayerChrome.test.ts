import { describe, expect, it } from 'vitest';
import * as flood from './floodPage.ts';

// Chrome kinds first met on the student-protest pages (a broadcaster's player notices, a student blog's post line
// and correction), with a blog's like button and a charity's appeal from earlier sets, written here around the
// flood story in other sites' words. And the article's own short closing line right above a list of other
// stories: a list begins at its first headline, so a sentence above it is still the article's.

const { afterEachParagraph, verdictsFor, expectChrome, expectArticle, p1, p2, p3, p4, p5 } = flood;
const title = flood.floodTitle;

describe("a broadcaster's player notices", () => {
  it('flags the notice that the clip cannot play and the pointer to its other versions', () => {
    const notices = [
      'Media playback is unavailable on this device',
      'Sign language version available on RTVE Play App',
      'Audio-described version of this report',
    ];
    const verdicts = verdictsFor(afterEachParagraph(notices));
    for (const notice of notices) expectChrome(verdicts, notice, /media player/);
  });

  it('keeps article sentences about playback and versions', () => {
    const lines = afterEachParagraph([
      'The video of the flooded car park was shared widely online, and an edited version was later taken down.',
    ]);
    expectArticle(
      verdictsFor(lines),
      'The video of the flooded car park was shared widely online, and an edited version was later taken down.',
    );
  });
});

describe("a blog's post line, correction and like button", () => {
  it('flags the post line with its categories and a correction of the blog', () => {
    const postLine = 'Posted by the Foreign Desk in World, Weather';
    const correction =
      'Correction (2 Nov, 10:05): An earlier version of this blog gave the death toll as 158. This has been corrected.';
    const verdicts = verdictsFor([title, postLine, correction, p1, p2, p3, p4, p5]);
    expectChrome(verdicts, postLine, /byline/);
    expectChrome(verdicts, correction, /update note/);
  });

  it('flags the like button and the appeal below the post', () => {
    const widgets = ['★ Like · 12 bloggers like this.', 'Be the first to like this.'];
    const appeal = 'If this report helped you, please give what you can.';
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, appeal, ...widgets]);
    for (const widget of widgets) expectChrome(verdicts, widget, /engagement counter/);
    expectChrome(verdicts, appeal, /subscription or newsletter pitch/);
  });

  it('keeps a sentence that starts with "Posted" and one about giving', () => {
    const posted = 'Posted online by a resident of Paiporta, the video shows the river bursting its banks.';
    const giving = 'Neighbours said they would give what they could to families who lost everything.';
    const verdicts = verdictsFor(afterEachParagraph([posted, giving]));
    expectArticle(verdicts, posted);
    expectArticle(verdicts, giving);
  });
});

describe('a short closing line above a list of other stories', () => {
  it('keeps the sentence above the first headline as the article, and the list below as chrome', () => {
    const closing = 'Further protests are planned before the Christmas break.';
    const list = [
      'More on this story',
      'Spain floods: how the rain bomb formed over Valencia',
      'What does the disaster zone declaration mean for you?',
      'Storm warnings issued for the Balearic Islands after two days of rain',
    ];
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, closing, ...list]);
    expectArticle(verdicts, closing);
    expect(verdicts.filter((verdict) => list.includes(verdict.text)).every((verdict) => verdict.boilerplate)).toBe(
      true,
    );
  });
});

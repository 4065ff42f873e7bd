import { describe, expect, it } from 'vitest';
import { verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome first met on the landslide set (a tabloid's app prompt above its headline, a trade newsletter read as an
// email), written here in other outlets' words around the flood story: a request to rate or try the site's app, an
// email's "trouble viewing this?" link, its "you are receiving this because" footer and its "do not forward" line.
// And a tabloid's crosshead, a few quoted words over the paragraph that quotes them, which is the article's.

const title = floodTitle;

describe("an app prompt and an email's frame around the article", () => {
  const rate = 'Rate the Courier app ★★★★★ and get alerts first';
  const tryApp = 'Try our new app — free for 30 days';
  const trouble = 'Trouble viewing this email? See the online version';
  const receiving = "You're receiving The Harbour Letter because you signed up at harbourletter.org.";
  const forward = 'Subscriber copy — do not forward outside your newsroom';
  const lines = [rate, trouble, forward, title, p1, p2, p3, p4, p5, tryApp, receiving];
  const verdicts = verdictsFor(lines);

  it('takes the app prompts and the email frame for chrome', () => {
    expectChrome(verdicts, rate, /share or follow prompt/);
    expectChrome(verdicts, tryApp, /share or follow prompt/);
    for (const line of [trouble, receiving, forward]) expectChrome(verdicts, line, /email newsletter frame/);
  });

  it('takes the headline below them for the title, not the app prompt', () => {
    expect(headlineOf(lines)).toBe(title);
  });

  it('keeps sentences that report an app, a version or a forwarded letter', () => {
    const reported = [
      'Residents were told to install the regional alert app before the storm arrived.',
      'The mayor said an online version of the evacuation map would be published on Monday.',
      'Officials said they did not forward the warning to the town council until Wednesday.',
    ];
    const story = verdictsFor([title, p1, p2, ...reported, p3, p4, p5]);
    for (const line of reported) expectArticle(story, line);
  });
});

describe("a tabloid's quoted crosshead", () => {
  const quote = 'One rescuer said: "There was a terrifying roar and then the water was at the windows."';
  // Below a short one-line paragraph in words the other outlets do not use, and above an ad slot, the crosshead has
  // no run of sentences around it to read as a sub-heading by.
  const aside = 'Amazingly, the grandmother and her spaniel paddled clear.';
  const around = (crosshead: string): string[] => [title, p1, p2, aside, crosshead, quote, 'ADVERTISEMENT', p3, p4, p5];

  it('keeps quoted words over the paragraph that quotes them as the article\u2019s', () => {
    expectArticle(verdictsFor(around("'TERRIFYING ROAR'")), "'TERRIFYING ROAR'");
  });

  it('does not read quoted words that the paragraphs beside them do not say as a crosshead', () => {
    const verdicts = verdictsFor(around("'NATIONAL DISGRACE'"));
    expect(verdicts.find((verdict) => verdict.text === "'NATIONAL DISGRACE'")?.reasons.join(' | ')).not.toMatch(
      /crosshead/,
    );
  });
});

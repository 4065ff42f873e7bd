import { describe, expect, it } from 'vitest';
import * as flood from './floodPage.ts';

// Chrome kinds first met on the rate-decision pages (a wire, a tabloid's money page, a regional daily, an
// economist's newsletter), written here in the words of a weather desk, a farming paper and a travel blog around
// the flood story: an ad-light tier, a tool's label, a sponsored tip, a newsletter's standing lines and bio, and a
// wire's box of figures below its last paragraph, which is the article's.

const { verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5 } = flood;
const title = flood.floodTitle;

describe("a money page's and a newsletter's own lines", () => {
  const top = ['STORM PLUS: No ads, live radar and alerts for 1.49 euros a month. Try it free'];
  const between = [
    'FLOOD COST ESTIMATOR: Enter your street and floor to see typical repair bills ▸',
    'Weather Desk Tip: Move your car to higher ground early! Sponsored by DryPark',
    'Got a flood story? Email desk@weatherdesk.example or text 07700 900 123',
  ];
  const below = [
    'Puddle Notes is a reader-supported publication. To get new posts and support my work, consider becoming a free or paid subscriber.',
    'Get 25% off a gift subscription for a friend',
    '🎧 Audio version · 4:05',
    'Nothing in Puddle Notes is financial advice. I hold no positions in Spanish insurers.',
    'Marta Gil was a forecaster at AEMET from 2008 to 2020. She writes Puddle Notes from Castellón.',
    'MOST READ IN WEATHER',
  ];
  const lines = [...top, title, p1, p2, between[0] ?? '', p3, between[1] ?? '', p4, between[2] ?? '', p5, ...below];
  const verdicts = verdictsFor(lines);

  it('does not take the ad-light offer above the title for the headline', () => {
    expect(headlineOf(lines)).toBe(title);
    expectChrome(verdicts, top[0] ?? '', /subscription/);
  });

  it('flags a tool, a sponsored tip and a call for stories set between paragraphs', () => {
    for (const line of between) expectChrome(verdicts, line, /call to the reader|sponsor/);
  });

  it("flags a newsletter's standing line, its offer, its audio, its disclosure, its writer's note and a list label", () => {
    for (const line of below) expectChrome(verdicts, line, /./);
  });

  it('keeps the paragraphs as the article', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
  });

  it('leaves story sentences with the same words alone', () => {
    const story = [
      'The insurer said it would try it free of charge for the first 500 flooded homes.',
      'She writes to the council every week from her flat in Paiporta, she said.',
      'Residents were sponsored by local firms to rebuild the bridge.',
    ];
    const judged = verdictsFor([title, p1, story[0] ?? '', p2, story[1] ?? '', p3, story[2] ?? '', p4, p5]);
    for (const sentence of story) expectArticle(judged, sentence);
  });
});

describe("a wire's box of figures below its last paragraph", () => {
  const table = [
    'FLOOD TOLL          CONFIRMED   MISSING   REGION',
    'Valencia            211         78        East',
    'Castilla-La Mancha  7           2         Centre',
    'Andalusia           2           0         South',
  ];
  const lines = [title, p1, p2, p3, p4, p5, ...table, '(Reporting by Ana Ruiz; Editing by Tom Hale)', 'Our Standards'];
  const verdicts = verdictsFor(lines);

  it('keeps its rows, set apart by runs of spaces, and its row of column names as the article', () => {
    for (const row of table) expectArticle(verdicts, row);
  });

  it('still flags the credit and the link below it', () => {
    expectChrome(verdicts, '(Reporting by Ana Ruiz; Editing by Tom Hale)', /byline|credit/);
  });
});

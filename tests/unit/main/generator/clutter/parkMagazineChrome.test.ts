import { describe, it } from 'vitest';
import { verdictsFor, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome kinds found on the flash-flood pages (a trade magazine for park owners, a tabloid), written here in other
// outlets' words around the flood story: a box of related links headed with a colon, an archive picture's label
// closing its caption, the publisher's company number, a clip link that opens with its play mark. Beside them, the
// article's own lines that use the same words: a company registered in England, a file photo described in a
// sentence, a video the story reports.

const title = floodTitle;

describe('a related-links heading with a colon', () => {
  const heading = 'You might also be interested in:';
  const links = ['Insurers brace for claims after the Valencia floods', 'New rules for flood barriers on rented homes'];

  it('takes the heading and the headlines under it for chrome', () => {
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, heading, ...links]);
    expectChrome(verdicts, heading, /more-headlines label/);
    for (const link of links) expectChrome(verdicts, link, /./);
  });
});

describe('an archive picture and a publisher', () => {
  const caption = 'The Turia riverbed runs through the middle of the city. File photo: VFN archive';
  const footer = 'Flood Risk Weekly is published by Tessel Media Ltd, registered in England No. 05519341.';
  const clip = '▶ VIDEO: Moment a rescue crew lifts a family from a car roof';

  it('takes the caption, the footer and the clip link for chrome', () => {
    const verdicts = verdictsFor([title, p1, caption, p2, clip, p3, p4, p5, footer]);
    expectChrome(verdicts, caption, /photo credit/);
    expectChrome(verdicts, footer, /copyright or site footer/);
    expectChrome(verdicts, clip, /video or audio clip/);
  });

  it('keeps sentences that speak of a registered company, a file photo and a video', () => {
    const reported = [
      'The charity, registered in England and Wales, sent 12 volunteers to Valencia.',
      'A file photo from 1957 shows the same street under two metres of water.',
      'Video shared on social media showed a rescue crew lifting a family from a car roof.',
    ];
    const story = verdictsFor([title, p1, p2, ...reported, p3, p4, p5]);
    for (const line of reported) expectArticle(story, line);
  });
});

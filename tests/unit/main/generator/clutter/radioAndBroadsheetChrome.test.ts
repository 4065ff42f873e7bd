import { describe, it } from 'vitest';
import * as flood from './floodPage.ts';

// Chrome kinds first met on the resignation pages (a broadsheet's paywall, a radio station's site), written here
// in a weather desk's words around the flood story: a subscription's price and its "cancel anytime", a clip with a
// speaker mark before its label, a podcast's episode.

const { verdictsFor, expectChrome, expectArticle, p1, p2, p3, p4, p5 } = flood;
const title = flood.floodTitle;

describe("a broadsheet's offer and a station's clips", () => {
  const offer = 'Subscribe from 4.99 euros a month. Cancel anytime.';
  const clip = '🔊 Audio: the mayor of Paiporta on the clean-up (01:57)';
  const episode = 'Podcast: Storm Watch, Episode 48: What went wrong in Valencia?';
  const lines = [title, clip, p1, p2, offer, p3, p4, p5, episode];
  const verdicts = verdictsFor(lines);

  it('flags the offer between paragraphs, the clip above them and the episode below', () => {
    expectChrome(verdicts, offer, /paywall|subscription/);
    expectChrome(verdicts, clip, /audio clip/);
    expectChrome(verdicts, episode, /audio clip/);
  });

  it('keeps the paragraphs, and sentences about cancelling or episodes, as the article', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
    const story = [
      'Farmers can cancel at short notice, the insurer said, but few have done so.',
      'It was the worst episode of flooding in the region since 1957.',
    ];
    const judged = verdictsFor([title, p1, story[0] ?? '', p2, story[1] ?? '', p3, p4, p5]);
    for (const sentence of story) expectArticle(judged, sentence);
  });
});

import { describe, expect, it } from 'vitest';
import { verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome kinds found on the gas-explosion pages (a trade newsletter, a regional daily, a tabloid), written here in
// other outlets' words around the flood story: a sponsor named with its slogan, the issue's contents, a training
// credit sent to the member portal, a shop's offer set between paragraphs, the picture desk's "Buy this photo",
// members' comments signed by their writers. And the article's own lines that sit where such chrome does: a
// sub-heading below two "READ MORE:" links, a sentence that reports a sale, a quotation that opens with a name.

const title = floodTitle;

describe("a trade newsletter's head", () => {
  const sponsor = 'Sponsored by Norland Flood Barriers – demountable defences from €4,200 + VAT';
  const contents = 'In this edition: Valencia floods · Insurance levy vote · Volunteer of the month';
  const training = 'CPD: this issue counts for one hour of training. Record it in your member portal.';
  const lines = ['FLOOD RISK WEEKLY', sponsor, contents, training, title, p1, p2, p3, p4, p5];

  it('takes the sponsor, the contents and the training credit for chrome', () => {
    const verdicts = verdictsFor(lines);
    expectChrome(verdicts, sponsor, /sponsor credit/);
    expectChrome(verdicts, contents, /table of contents/);
    expectChrome(verdicts, training, /members gate/);
  });

  it('takes the headline below them for the title', () => {
    expect(headlineOf(lines)).toBe(title);
  });
});

describe('shop offers and photo sales between paragraphs', () => {
  const sale = 'Cyber Monday: up to 40% off dehumidifiers ›';
  const quote = 'Roof repairs done in a week – free quote from Marsh Roofing';
  const caption = 'Volunteers clear mud from a street in Paiporta on Friday.';
  const buy = 'Buy this photo';
  const verdicts = verdictsFor([title, p1, sale, p2, quote, p3, caption, buy, p4, p5]);

  it('takes them for chrome', () => {
    expectChrome(verdicts, sale, /advertisement or shopping link/);
    expectChrome(verdicts, quote, /advertisement or shopping link/);
    expectChrome(verdicts, buy, /photo credit/);
  });

  it("takes a caption with the wire's licensing link glued to its end for chrome (the funding-cut set)", () => {
    const licensed =
      'Volunteers clear mud from a street in Paiporta, November 1, 2024. EFE/Ana Ruiz Purchase Licensing Rights';
    expectChrome(verdictsFor([title, p1, licensed, p2, p3, p4, p5]), licensed, /photo credit/);
  });

  it('keeps sentences that report a sale or a quote', () => {
    const reported = [
      'Some shops in Valencia offered up to 40% off dehumidifiers as the water went down.',
      'Builders said they had been asked for more than 300 free quotes in a week.',
    ];
    const story = verdictsFor([title, p1, p2, ...reported, p3, p4, p5]);
    for (const line of reported) expectArticle(story, line);
  });
});

describe("members' comments", () => {
  const label = 'Readers’ comments (2)';
  const comments = [
    'J. Ortega, volunteer: The levee near Paiporta was patched once already. Worth checking who signed it off.',
    'Anon: Nobody has cleared the drains round here in years.',
  ];

  it('takes the comments signed under the label for chrome', () => {
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, label, ...comments, 'Log in to comment']);
    expectChrome(verdicts, label, /comment or rating widget/);
    for (const line of comments) expectChrome(verdicts, line, /comment signed by its writer/);
  });

  it('keeps a quotation that opens with the speaker inside the article', () => {
    const quoted = 'Mayor Maribel Albalat: "We will rebuild every home that the water took."';
    const story = verdictsFor([title, p1, p2, quoted, p3, p4, p5]);
    expectArticle(story, quoted);
  });
});

describe('a sub-heading below links to other stories', () => {
  const links = [
    'READ MORE: Council approves new bus lanes for the city centre',
    'READ MORE: Local choir wins national award',
  ];
  const subheading = 'Clean-up begins';

  it('is read as the heading of the paragraphs below it, the links as chrome', () => {
    const verdicts = verdictsFor([title, p1, p2, ...links, subheading, p3, p4, p5]);
    for (const line of links) expectChrome(verdicts, line, /link to another story/);
    expectArticle(verdicts, subheading);
  });
});

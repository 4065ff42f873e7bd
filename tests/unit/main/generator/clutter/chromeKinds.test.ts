import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../../../src/main/generator/clutter/classifyLines.ts';
import { pickHeadline } from '../../../../../src/main/generator/clutter/pickHeadline.ts';
import { companionArticles, floodParagraphs, page } from './floodStory.ts';
import { verdictsFor, verdictOf, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome kinds the five seed articles do not have, placed where real pages put them, around a real-sounding
// article. Each case names the kind of reason a teacher should read for it.

const title = floodTitle;

describe('chrome above the article', () => {
  const top = [
    'Home > World > Europe',
    'World',
    title,
    'By Maria Lopez and Tom Reed',
    'Updated 3 hours ago',
    'Listen to this article',
    'Share on Facebook',
    'Share on Twitter',
    '12 comments',
  ];
  const verdicts = verdictsFor([...top, p1, p2, p3, p4, p5]);

  it('flags a breadcrumb trail, a section label, a byline, a relative time and share and comment counters', () => {
    expectChrome(verdicts, 'Home > World > Europe', /breadcrumb/);
    expectChrome(verdicts, 'World', /label|above the article's title/);
    expectChrome(verdicts, 'By Maria Lopez and Tom Reed', /byline/);
    expectChrome(verdicts, 'Updated 3 hours ago', /publication time “3 hours ago”/);
    expectChrome(verdicts, 'Listen to this article', /media player/);
    expectChrome(verdicts, 'Share on Facebook', /share or follow/);
    expectChrome(verdicts, '12 comments', /comment/);
  });

  it('keeps the title and every paragraph, and picks the title as the headline', () => {
    expectArticle(verdicts, title);
    for (const paragraph of floodParagraphs) expectArticle(verdicts, paragraph);
    const article = page('outlet.txt', [...top, p1, p2, p3, p4, p5]);
    expect(pickHeadline(article, classifyLines([article, ...companionArticles()]))).toBe(title);
  });
});

describe('chrome between paragraphs', () => {
  const lines = [
    title,
    p1,
    'Advertisement',
    p2,
    'Sign up for our morning newsletter and get the day’s top stories straight to your inbox.',
    p3,
    'Read more: Why were the floods in Spain so deadly?',
    p4,
    'Story continues below advertisement',
    p5,
  ];
  const verdicts = verdictsFor(lines);

  it('flags an ad slot, a newsletter box, an inline link to another story and a "story continues" marker', () => {
    expectChrome(verdicts, 'Advertisement', /advertisement/);
    expectChrome(
      verdicts,
      'Sign up for our morning newsletter and get the day’s top stories straight to your inbox.',
      /newsletter/,
    );
    expectChrome(verdicts, 'Read more: Why were the floods in Spain so deadly?', /link to another story/);
    expectChrome(verdicts, 'Story continues below advertisement', /advertisement/);
  });

  it('keeps the paragraphs around them', () => {
    for (const paragraph of floodParagraphs) expectArticle(verdicts, paragraph);
  });
});

describe('chrome below the article', () => {
  const bottom = [
    'Tags: Spain, Floods, Climate',
    'Maria Lopez is a Europe correspondent based in Madrid. She has covered Spanish politics since 2015.',
    'Most read',
    '1. Mortgage rates fall for a third month',
    '2. Ten of the best autumn walks in Britain',
    '3. Review: a quiet, clever thriller',
    '© 2024 Example Media Ltd. All rights reserved.',
    'Terms of Use | Privacy Policy | Contact Us',
    'We use cookies to personalise content and ads. By continuing to browse this site you agree to our use of cookies.',
    'Accept all',
    'Manage preferences',
  ];
  const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, ...bottom]);

  it('flags tags, an author biography, a most-read list, the footer and a cookie banner with its buttons', () => {
    expectChrome(verdicts, 'Tags: Spain, Floods, Climate', /tags/);
    expectChrome(verdicts, bottom[1] as string, /biography/);
    expectChrome(verdicts, 'Most read', /more-headlines/);
    expectChrome(verdicts, '1. Mortgage rates fall for a third month', /below “Most read”/);
    expectChrome(verdicts, '3. Review: a quiet, clever thriller', /below “Most read”/);
    expectChrome(verdicts, '© 2024 Example Media Ltd. All rights reserved.', /copyright/);
    expectChrome(verdicts, 'Terms of Use | Privacy Policy | Contact Us', /footer|menu/);
    expectChrome(verdicts, bottom[8] as string, /cookie/);
    expectChrome(verdicts, 'Accept all', /cookie|button/);
    expectChrome(verdicts, 'Manage preferences', /button|cookie/);
  });

  it('keeps the last paragraph of the article', () => {
    expectArticle(verdicts, p5);
  });
});

describe('widgets as scraped from blog and news themes', () => {
  const bottom = [
    'Share this:',
    'Click to share on Twitter (Opens in new window)',
    'Like this:',
    'Like Loading...',
    'Email ThisBlogThis!Share to TwitterShare to Facebook',
    'Newer Post Older Post Home',
    'Welcome! Log into your account',
    'your username',
    'your password',
    'Forgot your password? Get help',
    'Contact: [email protected]',
  ];
  const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, ...bottom]);

  it('flags share bars, link texts glued together by copying, post navigation and a sign-in form', () => {
    expectChrome(verdicts, 'Share this:', /share/);
    expectChrome(verdicts, 'Click to share on Twitter (Opens in new window)', /share/);
    expectChrome(verdicts, 'Like Loading...', /button/);
    expectChrome(verdicts, 'Email ThisBlogThis!Share to TwitterShare to Facebook', /share or follow prompt/);
    expectChrome(verdicts, 'Newer Post Older Post Home', /button or link words/);
    expectChrome(verdicts, 'Welcome! Log into your account', /sign-in form/);
    expectChrome(verdicts, 'your password', /sign-in form/);
    expectChrome(verdicts, 'Forgot your password? Get help', /sign-in form/);
    expectChrome(verdicts, 'Contact: [email protected]', /markup/);
  });
});

describe('short article lines are not chrome', () => {
  const lines = [
    title,
    p1,
    p2,
    'Rescue efforts continue',
    p3,
    'The rain stopped on Thursday.',
    '“We lost everything,” she said.',
    p4,
    'Bakers handed out cookies and coffee to volunteers clearing mud from the streets of Paiporta on Thursday.',
    'Local papers urged readers to subscribe to emergency alerts on their phones before the next storm.',
    p5,
  ];
  const verdicts = verdictsFor(lines);

  it('keeps a sub-heading, a one-sentence paragraph and a short quotation', () => {
    expectArticle(verdicts, 'Rescue efforts continue');
    expectArticle(verdicts, 'The rain stopped on Thursday.');
    expectArticle(verdicts, '“We lost everything,” she said.');
    expect(verdictOf(verdicts, 'Rescue efforts continue').reasons.join(' ')).toMatch(/sub-heading/);
  });

  it('keeps paragraphs that merely mention cookies or subscribing, and says why it weighed them', () => {
    const cookies = verdictOf(verdicts, lines[8] as string);
    expect(cookies.boilerplate).toBe(false);
    expect(cookies.reasons.join(' ')).toMatch(/cookie/);
    expect(cookies.reasons.join(' ')).toMatch(/paragraph/);
    expectArticle(verdicts, lines[9] as string);
  });
});

describe('lines repeated across the set', () => {
  it('flags a label that several outlets print, but not a wire paragraph that two outlets share', () => {
    const withChrome = (file: string, extra: string): ReturnType<typeof page> =>
      page(file, [title, p1, p2, extra, p3, p4, p5, 'Around the network']);
    const verdicts = classifyLines([
      withChrome('a.txt', 'Pictured above'),
      withChrome('b.txt', 'Pictured above'),
      withChrome('c.txt', 'Pictured above'),
    ]);
    const label = verdicts.find((verdict) => verdict.file === 'b.txt' && verdict.text === 'Around the network');
    expect(label?.boilerplate).toBe(true);
    expect(label?.reasons.join(' ')).toMatch(/repeated in 3 articles of the set/);
    const shared = verdicts.filter((verdict) => verdict.text === p2);
    expect(shared).toHaveLength(3);
    expect(shared.every((verdict) => !verdict.boilerplate)).toBe(true);
  });
});

describe('markup left by the page', () => {
  it('flags shortcodes and attributes, but not an editor’s bracket in a quotation', () => {
    const quote = '“They [the rescuers] came too late,” a resident of Paiporta told reporters on Friday.';
    const verdicts = verdictsFor([title, p1, p2, '[caption id="attachment_512" align="alignnone"]', p3, quote, p4, p5]);
    expectChrome(verdicts, '[caption id="attachment_512" align="alignnone"]', /markup/);
    expectArticle(verdicts, quote);
    expect(verdictOf(verdicts, quote).reasons.join(' ')).not.toMatch(/markup/);
  });
});

describe('a table of figures set in the article, and figures around it that are chrome', () => {
  // Rows as a financial site sets them ("Jobs affected | ~850"), with a caption above and a sub-heading after.
  const table = [
    'Key figures',
    'Homes flooded | about 3,000',
    'Rain in eight hours | 491 mm',
    'Emergency aid | €250 million',
    'Schools closed | 1,200',
    'Rescue teams deployed | 7,500',
    'Roads still closed | 48',
    'Aftermath',
  ];
  const bottom = [
    'This article is for information purposes only and does not constitute financial advice.',
    'Markets | World | Climate | Opinion',
  ];
  const verdicts = verdictsFor([title, p1, p2, p3, ...table, p4, p5, ...bottom]);

  it('keeps every row, its caption and the sub-heading after it, however many rows there are', () => {
    for (const line of table) expectArticle(verdicts, line);
    expect(verdictOf(verdicts, 'Homes flooded | about 3,000').reasons.join(' ')).toMatch(/table of figures/);
    for (const paragraph of floodParagraphs) expectArticle(verdicts, paragraph);
  });

  it('still flags a menu split by the same bars, and the publisher’s disclaimer', () => {
    expectChrome(verdicts, 'Markets | World | Climate | Opinion', /menu/);
    expectChrome(verdicts, bottom[0] as string, /footer/);
  });

  it('does not take one row standing alone, nor a ticker, for a table', () => {
    const lone = verdictsFor([title, p1, p2, 'Most read | 5', p3, p4, p5]);
    expect(verdictOf(lone, 'Most read | 5').reasons.join(' ')).not.toMatch(/table of figures/);
    const ticker = verdictsFor(['FTSE 100 7,628.26 ▲ 0.12% · Brent 76.29 USD ▲ 1.2%', title, p1, p2, p3, p4, p5]);
    expectChrome(ticker, 'FTSE 100 7,628.26 ▲ 0.12% · Brent 76.29 USD ▲ 1.2%', /above the article's title/);
  });
});

describe('a standfirst under the title', () => {
  const standfirst = 'Regional government sets aside €250 million for repairs as the search for the missing goes on';

  it('keeps a summing-up line right below the title, but not a byline or a timestamp there', () => {
    const verdicts = verdictsFor([title, standfirst, 'By Maria Lopez', 'Updated 3 hours ago', p1, p2, p3, p4, p5]);
    expectArticle(verdicts, standfirst);
    expect(verdictOf(verdicts, standfirst).reasons.join(' ')).toMatch(/standfirst/);
    const bylineFirst = verdictsFor([title, 'By Maria Lopez and Tom Reed in Valencia and Madrid', p1, p2, p3, p4, p5]);
    expectChrome(bylineFirst, 'By Maria Lopez and Tom Reed in Valencia and Madrid', /byline/);
  });
});

describe('data feeds set among the paragraphs', () => {
  const ticker = 'IBEX 35 11,254.30 ▼ 0.84% · EUR/USD 1.0812 ▲ 0.10% · Brent 73.20 USD ▲ 1.2%';
  const weather = 'Valencia 19°C · Heavy rain';
  const lines = [title, p1, ticker, p2, weather, p3, 'ACS +1.2%', p4, p5];
  const verdicts = verdictsFor(lines);

  it('flags a market ticker and a weather widget wherever they stand', () => {
    expectChrome(verdicts, ticker, /market ticker/);
    expectChrome(verdicts, weather, /weather widget/);
    expectChrome(verdicts, 'ACS +1.2%', /market ticker/);
  });

  it('keeps sentences that give temperatures and market moves', () => {
    const prose = [
      'Shares in the builder ACS fell 6.4% in Madrid trading on Tuesday.',
      'Temperatures reached 19°C, with heavy rain forecast for the weekend',
    ];
    const quiet = verdictsFor([title, p1, prose[0] as string, p2, prose[1] as string, p3, p4, p5]);
    for (const line of prose) expectArticle(quiet, line);
  });
});

describe('the frame of a newsletter, a paywall meter, alerts and a motto above the title', () => {
  // Lines as the ferry and crane sets print them (003_tideline.txt, 000_caledon-standard.txt,
  // 002_brennock-tidings.txt), above the flood story.
  const top = [
    'View this email in your browser',
    'Forwarded this email? Subscribe here.',
    'This issue is supported by Harlow Marine Insurance. Cover that knows the sea.',
    'The Valencia Tidings',
    'Your town, every Thursday — since 1894',
    'Valencia 19°C Heavy rain · Madrid 22°C Sunny · Seville 25°C Clear',
    "Get breaking news alerts from the Tidings. We'll only notify you when it matters. Turn on",
    "You're reading 2 of 3 free stories this month. Become a Tidings supporter from £3 a month.",
  ];
  const lines = [...top, title, p1, p2, p3, p4, p5];
  const verdicts = verdictsFor(lines);

  it('flags each of them with its own reason', () => {
    expectChrome(verdicts, top[0] as string, /email newsletter frame/);
    expectChrome(verdicts, top[1] as string, /email newsletter frame/);
    expectChrome(verdicts, top[2] as string, /email newsletter frame/);
    expectChrome(verdicts, top[4] as string, /masthead motto/);
    expectChrome(verdicts, top[5] as string, /weather widget/);
    expectChrome(verdicts, top[6] as string, /button “Turn on”/);
    expectChrome(verdicts, top[7] as string, /subscription/);
  });

  it('picks the title below them and keeps every paragraph', () => {
    const article = page('outlet.txt', lines);
    expect(pickHeadline(article, classifyLines([article, ...companionArticles()]))).toBe(title);
    for (const paragraph of floodParagraphs) expectArticle(verdicts, paragraph);
  });

  it('keeps a sub-heading that names a year and a paragraph about a newspaper’s supporters', () => {
    const subheading = 'Worst floods since 1957';
    const supporters = 'The paper said 3,000 readers had become supporters since the floods, paying £3 a month.';
    const quiet = verdictsFor([title, p1, p2, subheading, p3, supporters, p4, p5]);
    expectArticle(quiet, subheading);
    expect(verdictOf(quiet, subheading).reasons.join(' ')).not.toMatch(/motto/);
    expectArticle(quiet, supporters);
  });
});

describe('a video’s subtitles and a social post embedded between paragraphs', () => {
  const subtitles = 'CC [alarm sounding] CREW MEMBER: Please stay calm and remain in your seats.';
  const post = [
    '@ValenciaNews',
    'Streets in Paiporta are rivers right now 😱 #ValenciaFloods',
    '♥ 2.4K  🔁 891  💬 203',
  ];
  const hashtagSentence =
    'The hashtag #DANA trended across Spain on Wednesday as residents shared videos of the flooded streets.';
  const verdicts = verdictsFor([title, subtitles, p1, p2, ...post, p3, hashtagSentence, p4, p5]);

  it('flags the subtitle line, the post’s handle and its text', () => {
    expectChrome(verdicts, subtitles, /subtitles/);
    expectChrome(verdicts, '@ValenciaNews', /social media post/);
    expectChrome(verdicts, post[1] as string, /social media post/);
  });

  it('keeps a sentence that mentions one hashtag, and the paragraphs', () => {
    expectArticle(verdicts, hashtagSentence);
    for (const paragraph of floodParagraphs) expectArticle(verdicts, paragraph);
  });
});

describe('biographies and a poll after the article', () => {
  // The biographies are the crane set's (002_brennock-tidings.txt:33, 003_boxline.txt:32).
  const bios = [
    "Róisín Daly has covered Brennock's waterfront for the Tidings since 2004. She lives on Ferry Lane with two cats and too many tide tables.",
    "Pieter Vandersloot is BoxLine's technical editor. He spent 12 years as a crane engineer in Antwerp before turning to journalism.",
  ];
  const poll = ['POLL: Should towns in flood zones be rebuilt?', 'Yes · No · Don’t know'];

  it('flags a biography at the article’s end, and a poll with its question', () => {
    for (const bio of bios) {
      const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, bio, ...poll]);
      expectChrome(verdicts, bio, /biography.*below the last paragraph/);
      expectChrome(verdicts, poll[0] as string, /reader poll/);
      expectArticle(verdicts, p5);
    }
    const labelled = verdictsFor([title, p1, p2, p3, p4, p5, 'POLL', 'Should towns in flood zones be rebuilt?']);
    expectChrome(labelled, 'Should towns in flood zones be rebuilt?', /question of the poll/);
  });

  it('keeps a sentence of the same shape inside the article, and a question that is a sub-heading', () => {
    const paid = 'Pedro Sánchez has covered the cost of emergency shelters for 4,000 families, the government said.';
    const question = 'Should towns in flood zones be rebuilt?';
    const verdicts = verdictsFor([title, p1, p2, paid, p3, question, p4, p5]);
    expectArticle(verdicts, paid);
    expectArticle(verdicts, question);
  });
});

describe('headings and a fact box inside the article', () => {
  const summary = [
    'Summary',
    '• At least 200 people have died in floods around Valencia',
    '• Rescue teams are still searching for the missing in Paiporta',
  ];
  const factBox = ['The floods in figures', 'Deaths: 216', 'Homes flooded: about 3,000', 'Rain in eight hours: 491 mm'];
  const lines = [
    title,
    ...summary,
    'Posted at 16:48',
    'What we know so far',
    p1,
    p2,
    'Advertisement · Scroll to continue',
    'RESCUE EFFORTS',
    p3,
    ...factBox,
    p4,
    p5,
    'Tags: Spain, Floods',
    'Filed under: Europe',
  ];
  const verdicts = verdictsFor(lines);

  it('keeps a summary and its bulleted points, and the headings over posts and after an ad', () => {
    for (const line of summary) expectArticle(verdicts, line);
    expectArticle(verdicts, 'What we know so far');
    expectArticle(verdicts, 'RESCUE EFFORTS');
    expect(verdictOf(verdicts, 'RESCUE EFFORTS').reasons.join(' ')).toMatch(/sub-heading/);
  });

  it('keeps the rows of a fact box, but not labels without figures after the article', () => {
    for (const line of factBox) expectArticle(verdicts, line);
    expect(verdictOf(verdicts, 'Deaths: 216').reasons.join(' ')).toMatch(/table of figures/);
    expectChrome(verdicts, 'Tags: Spain, Floods', /tags/);
    expectChrome(verdicts, 'Filed under: Europe', /tags|below/);
  });
});

describe('a gallery’s captions', () => {
  // As the tabloid in laterPages/01-tabloid.txt prints them: a description, then a caption with its credit.
  const captions = [
    'The water rose past the first floor of homes in Paiporta on Tuesday',
    'Cars piled up in a street of the town after the flood had passed (file photo)',
  ];

  it('flags a description stacked above a credited caption, but not a sub-heading above one', () => {
    const verdicts = verdictsFor([title, p1, p2, ...captions, p3, p4, p5]);
    expectChrome(verdicts, captions[0] as string, /caption above another caption/);
    expectChrome(verdicts, captions[1] as string, /caption|photo/);
    const headed = verdictsFor([title, p1, p2, 'Rescue efforts', captions[1] as string, p3, p4, p5]);
    expect(verdictOf(headed, 'Rescue efforts').reasons.join(' ')).not.toMatch(/caption above another caption/);
  });
});

describe('a link to another story that asks a question', () => {
  it('flags it between paragraphs: the question is the other story’s headline, not a sentence', () => {
    // As 001_newsflash24.txt of the dam set prints it.
    const link = 'Related: Are our towns ready for a wetter climate?';
    const verdicts = verdictsFor([title, p1, p2, p3, link, p4, p5]);
    expectChrome(verdicts, link, /link to another story/);
    expect(verdictOf(verdicts, link).reasons.join(' ')).not.toMatch(/short sentence/);
  });
});

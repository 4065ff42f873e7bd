import { describe, expect, it } from 'vitest';
import { verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5, floodTitle } from './floodPage.ts';

// Chrome kinds found on the election, wildfire and fraud-verdict pages (a TV station's site, a public radio site, a
// newsletter, a wire story, a business weekly), written here in other outlets' words around the flood story and
// with lines from other kinds of stories (health, courts, business, sport, politics): calls to the reader, help-line
// boxes, sponsor boxes and credits, files to download, readers' reactions, update notes, production credits, "Via"
// lines, a station's slogan, a weather strip with the day's high and low, a video player's messages, a live feed's
// label. And the article's own lines that sit where chrome does: a box of links or a poll between paragraphs with
// the text going on below it, a timeline, notes, a correction.

const title = floodTitle;

describe("a station's page around the article", () => {
  const slogan = 'WXTN 4 | The Gulf Coast’s News Leader';
  const strip = 'VALENCIA 24° Cloudy | H 26° L 17° | FLOOD WARNING until 6 PM';
  const alert = '⚠ ALERT: Boil-water notice in effect for Paiporta. Tap for the full list of streets ›';
  const upNext = 'Up next in 5 seconds: Friday evening briefing, full replay';
  const map = '🗺 Flooded roads map (interactive) — tap to expand. Map may take a moment to load.';
  const photos = 'Have photos or video? Send them to us at wxtn4.com/share or text them to 555-0199.';
  const app = 'Download the WXTN 4 Weather app for live radar and storm alerts.';
  const lines = [slogan, strip, alert, title, upNext, p1, p2, map, p3, p4, p5, photos, app];
  const verdicts = verdictsFor(lines);

  it('takes the slogan, the weather strip, the alert, the player and the calls to the reader for chrome', () => {
    expectChrome(verdicts, slogan, /masthead motto/);
    expectChrome(verdicts, strip, /weather widget/);
    expectChrome(verdicts, alert, /call to the reader/);
    expectChrome(verdicts, upNext, /media player/);
    for (const line of [map, photos, app]) expectChrome(verdicts, line, /call to the reader/);
  });

  it('takes the headline below them for the title, not the slogan', () => {
    expect(headlineOf(lines)).toBe(title);
  });

  it('keeps a sentence about photos, an app or a map that reports the story', () => {
    const reported = [
      'Residents were asked to send photos of the damage to their insurers within 30 days.',
      'The council said it would upload the footage to its website next week.',
      'Emergency services used a mapping app to find people trapped on roofs in Paiporta.',
    ];
    const story = verdictsFor([title, p1, p2, ...reported, p3, p4, p5]);
    for (const line of reported) expectArticle(story, line);
  });
});

describe('help lines, sponsors and downloads', () => {
  const helpLines = [
    'If you are affected by the issues in this story, contact the Samaritans helpline on 116 123.',
    'Tune to Radio Valencia 97.7 FM for emergency broadcasts. If your life is in danger, call 112.',
  ];
  const sponsorBox = [
    '— SPONSORED CONTENT —',
    'Harbour Mutual: Three questions to ask before you renew your home insurance',
    'Our advisers explain flood cover in plain language. Read more →',
    'Sponsored by Harbour Mutual. Our editorial team was not involved in creating this content.',
  ];
  const underwriting = 'Support for City Radio comes from Norland Savings Bank. Norland — saving that stays local.';
  const files = ['Judgment (PDF, 1.2 MB)', 'Inspection report, 3 March 2025 [PDF 610 KB]'];
  const verdicts = verdictsFor([title, ...helpLines, p1, p2, ...sponsorBox, p3, underwriting, p4, ...files, p5]);

  it('takes help-line boxes, sponsor boxes and credits and file links for chrome, sentences as they are', () => {
    for (const line of helpLines) expectChrome(verdicts, line, /help-line box/);
    for (const line of sponsorBox) expectChrome(verdicts, line, /sponsor|advertisement|button/);
    expectChrome(verdicts, underwriting, /sponsor credit/);
    for (const line of files) expectChrome(verdicts, line, /file download link/);
  });

  it('keeps the paragraphs around them, and advice that officials gave', () => {
    const advice = [
      'If you are in the flood zone, leave now, the regional government said on Tuesday.',
      'The bank said it was sponsoring a fund for families who lost their homes.',
      'The court published its judgment on Friday, running to 212 pages.',
    ];
    const story = verdictsFor([title, p1, p2, ...advice, p3, p4, p5]);
    for (const line of [p1, p2, p3, p4, p5, ...advice]) expectArticle(story, line);
  });
});

describe("a newsletter's frame and its readers' reactions", () => {
  const pitch = 'Thanks for reading The Weekly Bulletin! Subscribe for free to receive new posts and support my work.';
  const paid =
    'Paid subscribers: the full table of council spending is at the bottom of this post. Upgrade to unlock it.';
  const via = ['Via The Health Desk', 'Via Courtwatch (paywall)'];
  const reactions = [
    'What readers are saying',
    '"My mother waited eleven hours in that A&E. Nothing has changed." (Maria, Leeds)',
    '"The referee had no chance of seeing it." (J.T., by email)',
    'Reply to this email to share your reaction. We may edit for length.',
  ];
  const verdicts = verdictsFor([
    title,
    p1,
    via[0] as string,
    p2,
    pitch,
    p3,
    via[1] as string,
    p4,
    paid,
    p5,
    ...reactions,
  ]);

  it('takes the pitch, the paid tier, the "Via" lines and the reactions for chrome', () => {
    expectChrome(verdicts, pitch, /subscription/);
    expectChrome(verdicts, paid, /subscription/);
    for (const line of via) expectChrome(verdicts, line, /byline/);
    for (const line of reactions) expectChrome(verdicts, line, /reader reactions|call to the reader|below/);
  });

  it('keeps the paragraphs between them', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
  });

  it("takes the paywall meter's end for chrome mid-article, and keeps a sentence about a limit", () => {
    const meter = 'You’ve reached your limit of free articles this month.';
    const limit = 'The club has reached the limit of foreign players it may field this season.';
    const story = verdictsFor([title, p1, p2, meter, p3, limit, p4, p5]);
    expectChrome(story, meter, /paywall meter/);
    expectArticle(story, limit);
  });

  it('keeps a quotation with its speaker named in the sentence, and a sentence that starts with "via"', () => {
    const quoted = [
      '"We will appeal," said the club\'s lawyer, Ana Ruiz, outside the court in Valencia.',
      'Via a spokesman, the minister said he would not resign over the flood response.',
    ];
    const story = verdictsFor([title, p1, p2, ...quoted, p3, p4, p5]);
    for (const line of quoted) expectArticle(story, line);
  });
});

describe('notes about the article: updates, corrections and credits', () => {
  const update = 'Updated 6.40am: This story has been updated with comment from the regional government.';
  const correction =
    'Correction, 2 November: An earlier version of this story gave the mayor of Paiporta’s name as Maribel Alba. It is Maribel Albalat.';
  const credits =
    'Reporting by Ana Soler in Paiporta and Tom Reid in Madrid; Writing by Jo Hart; Editing by Sam Lee and Ravi Nair';
  const shortCredits = 'Ana Soler reported from Paiporta; Tom Reid reported from Madrid. Editing by Sam Lee.';
  const verdicts = verdictsFor([title, p1, update, p2, p3, p4, p5, correction, credits]);

  it('takes the update note, the correction and the credits for chrome', () => {
    expectChrome(verdicts, update, /update note/);
    expectChrome(verdicts, correction, /update note/);
    const amended =
      'This article was amended on 4 March 2026. An earlier version said the bridge opened in 1998. It opened in 1989.';
    expectChrome(verdictsFor([title, p1, p2, p3, p4, p5, 'Correction', amended]), amended, /update note/);
    expectChrome(verdicts, credits, /production credits/);
    const other = verdictsFor([title, p1, p2, p3, p4, p5, shortCredits]);
    expectChrome(other, shortCredits, /production credits/);
  });

  it('keeps a paragraph that tells of a version of a report, not of this article', () => {
    const paragraph =
      'An earlier version of the inspectors’ report, seen by the Post, rated the bridge as safe until 2030.';
    expectArticle(verdictsFor([title, p1, p2, paragraph, p3, p4, p5]), paragraph);
  });
});

describe('boxes set between paragraphs, the text going on below them', () => {
  const related = [
    'RELATED',
    'Interest rates held as inflation eases',
    'The seaside town where rents rose 19% in a year',
  ];
  const subheading = 'Questions for the water company';
  const later = [
    'Some residents say the company ignored repeated warnings about the drains in Paiporta.',
    'The regional weather service has forecast no significant rain for Valencia before the end of the month.',
    'Insurers are likely to face claims running into the billions of euros.',
  ];
  const verdicts = verdictsFor([title, p1, p2, p3, ...related, subheading, ...later, p4, p5]);

  it('takes the box of links for chrome', () => {
    for (const line of related) expectChrome(verdicts, line, /RELATED|more-headlines/);
  });

  it('keeps the sub-heading and the paragraphs below the box', () => {
    for (const line of [p1, p2, p3, subheading, ...later, p4, p5]) expectArticle(verdicts, line);
  });

  it('keeps the paragraphs below a list of topics set between them, and not other stories below one', () => {
    const topics = ['Related Topics', 'Floods · Valencia · Climate'];
    const story = verdictsFor([title, p1, p2, p3, p4, p5, ...topics, subheading, ...later]);
    expectChrome(story, 'Related Topics', /tags or topics list/);
    expectChrome(story, 'Floods · Valencia · Climate', /Related Topics/);
    for (const line of [subheading, ...later]) expectArticle(story, line);
    const otherStories = [
      'A celebrity chef has opened his third restaurant in Madrid, with a menu built around tinned fish.',
      'Ticket prices for the summer music festival in Benicàssim have risen by a fifth since last year.',
      'The national football team named two new goalkeepers for the friendly against Morocco next month.',
    ];
    const ended = verdictsFor([title, p1, p2, p3, p4, p5, ...topics, ...otherStories]);
    for (const line of otherStories) expectChrome(ended, line, /where the article has ended/);
  });

  it('keeps the paragraphs below a poll of several options, and the sub-heading after it', () => {
    const poll = [
      'POLL',
      'Should Spain build new flood barriers?',
      'Yes',
      'No',
      'Not sure',
      'VOTE',
      '7,482 votes so far',
    ];
    const heading = "'Rebuild every town'";
    const story = verdictsFor([title, p1, p2, ...poll, heading, p3, p4, p5]);
    for (const line of [heading, p3, p4, p5]) expectArticle(story, line);
  });
});

describe("the article's notes and timeline below its text", () => {
  const timeline = [
    'TIMELINE',
    'Oct 29, 6:00 a.m. - Red warning issued for the province of Valencia.',
    'Oct 29, evening - Flash floods sweep through Paiporta; cars carried away.',
    'Oct 30 - Death toll passes 90.',
  ];
  const notes = [
    'Notes',
    '[1] State Meteorological Agency, rainfall summary for 29 October 2024.',
    '[2] Valencia regional government, emergency update, 1 November 2024.',
  ];
  const teasers = ['Most read', 'Celebrity chef opens third restaurant in Madrid', 'Five things to do this weekend'];
  const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, ...timeline, ...notes, ...teasers]);

  it('keeps the timeline and the notes, headings included', () => {
    for (const line of [...timeline, ...notes]) expectArticle(verdicts, line);
  });

  it('still takes a list of other stories below them for chrome', () => {
    for (const line of teasers) expectChrome(verdicts, line, /.+/);
  });
});

describe("a live feed's and a video player's controls", () => {
  const controls = ['Video unavailable? Listen on Radio Valencia', 'Live updates', 'Auto-refresh ON'];
  const verdicts = verdictsFor([
    title,
    controls[0] as string,
    p1,
    p2,
    controls[1] as string,
    controls[2] as string,
    p3,
    p4,
    p5,
  ]);

  it('takes them for chrome', () => {
    for (const line of controls) expectChrome(verdicts, line, /media player/);
  });
});

describe('lines in the words of these kinds that belong to the article', () => {
  const reported = [
    'Residents were told to download the regional emergency app for flood alerts.',
    'Reporters continued to press for more details about the warning system on Monday.',
    'Supported by a grant from the European Union, the study followed 4,000 households for a year.',
    'If you are in the flood zone, check the council website for shelters, the mayor said.',
    'Paramedics had to send them to hospitals in Madrid because the local clinic was flooded.',
    'Tune to the regional radio station for updates, the civil protection agency told residents.',
  ];
  const verdicts = verdictsFor([title, p1, p2, ...reported, p3, p4, p5]);

  it('keeps reported advice, grants, apps and requests for details', () => {
    for (const line of reported) expectArticle(verdicts, line);
  });

  it('takes a headline that starts with "Via" or offers tips for the title', () => {
    for (const headline of [
      'Via Rail cancels trains across Valencia after floods',
      'Experts share tips for cleaning up after the Valencia floods',
    ]) {
      expect(headlineOf([headline, p1, p2, p3, p4, p5])).toBe(headline);
    }
  });

  it('ends the article at a box of links when the paragraphs below it are other stories', () => {
    const box = [
      'Related stories',
      'Celebrity chef opens third restaurant in Madrid after record year for tourism in the capital.',
      'Football club announces new stadium sponsor in a deal worth millions of euros over five seasons.',
    ];
    const story = verdictsFor([title, p1, p2, p3, p4, p5, ...box]);
    for (const line of box) expectChrome(story, line, /.+/);
  });
});

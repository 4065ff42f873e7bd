import { describe, expect, it } from 'vitest';
import * as flood from './floodPage.ts';

// Chrome kinds first met on the exam-results and measles pages, written here in other kinds of sites' words
// around the flood story (a law firm's guide, a union's bulletin, a shopping blog, a broadcaster, a members'
// club): a masthead's name or motto right above the site's menu, the site's policy and disclaimer notes, a live
// Q&A box, a list of clips, labelled ads and shop links, a members' login gate, the page's own tools and a desk's
// credit. And article lines that look like chrome: a sign-off, a describing series in a list, a sub-heading below
// a sign-up box, a headline above a dotted byline.

const { afterEachParagraph, verdictsFor, headlineOf, expectChrome, expectArticle, p1, p2, p3, p4, p5 } = flood;
const title = flood.floodTitle;
/** The flood story under a site's own top lines. */
const belowMasthead = (...top: string[]): string[] => [...top, title, p1, p2, p3, p4, p5];

describe('a masthead above the site menu', () => {
  it('does not take a site name set off by a bar for the headline', () => {
    const lines = belowMasthead(
      'CPF | Civil Protection Federation',
      'Members area | Join CPF | Find your branch | Contact',
    );
    expect(headlineOf(lines)).toBe(title);
    expectChrome(verdictsFor(lines), lines[0] ?? '', /above the article's title/);
  });

  it('does not take a blog motto without chrome words for the headline', () => {
    const lines = belowMasthead(
      'Slow Roads',
      'Long walks, wet dogs and small towns on the Spanish coast',
      'Home | About me | Walks | Food | Contact',
    );
    expect(headlineOf(lines)).toBe(title);
    expectChrome(verdictsFor(lines), lines[1] ?? '', /above the article's title/);
  });

  it('flags mottos that say who the site is for or what it reports', () => {
    const mottos = [
      'Recipes for people who hate washing up',
      'Independent science reporting. Not affiliated with any university or funder.',
    ];
    const verdicts = verdictsFor(['The Site', mottos[0] ?? '', mottos[1] ?? '', title, p1, p2, p3, p4, p5]);
    for (const motto of mottos) expectChrome(verdicts, motto, /masthead motto|site policy/);
  });

  it('keeps the headline when a dotted byline stands right below it', () => {
    const lines = ['Spain floods live', title, 'Friday 1 November · 09:00 · Read by Ana Ruiz', p1, p2, p3, p4, p5];
    expect(headlineOf(lines)).toBe(title);
  });
});

describe("the site's policy and disclaimer notes", () => {
  const notes = [
    'This guide is for general information and does not replace advice from a qualified solicitor.',
    'This summary was generated automatically by AI and checked by an editor. It may contain errors.',
    'End of transcript. The programme also covered sport and the weather.',
    'Spotted a mistake in this story? Email our corrections desk.',
    'The Herald is committed to fair and accurate reporting. Contact the readers’ editor.',
    'We will only use your email address to send you the morning briefing.',
    'Seen something wrong? Call the newsdesk on 0161 496 0000',
  ];
  const verdicts = verdictsFor([title, p1, p2, notes[0] ?? '', p3, p4, p5, ...notes.slice(1)]);

  it('flags each note, even one set between paragraphs and written in sentences', () => {
    for (const note of notes) expectChrome(verdicts, note, /site policy|call to the reader/);
  });

  it('leaves sentences of the story with the same words alone', () => {
    const story = [
      'The mayor said the advice does not replace the need for residents to leave low-lying streets.',
      'Officials said the flood warnings were sent automatically by the river gauges on Tuesday night.',
      'The group, which is not affiliated with any party, organised the clean-up in Paiporta.',
      'Firefighters found an error in the evacuation map and corrected it on Wednesday.',
    ];
    const lines = [title, p1, story[0] ?? '', p2, story[1] ?? '', p3, story[2] ?? '', p4, story[3] ?? '', p5];
    const judged = verdictsFor(lines);
    for (const sentence of story) expectArticle(judged, sentence);
  });
});

describe('widgets set between paragraphs', () => {
  const qa = [
    'LIVE Q&A · Flood insurance: our consumer editor is answering your questions until 3pm',
    'Q from Priya, Alicante: Does my home policy cover a car swept away in the street?',
    'Submit your question',
  ];
  const clips = [
    'VIDEO ▸ Rescuers reach a flooded village by boat · 2:14',
    '▶ Watch: the prime minister visits Paiporta · 0:47',
  ];
  const shop = [
    'AD · Flooded basement? 15% off pumps at DryFast with code DRY15',
    'Shop the full range →',
    'Wireless flood alarm, €39.99 at Homeworks*',
    'This review contains affiliate links: we may earn a small commission if you buy.',
  ];
  const gate = [
    'Subscribers only: sign in to read the full insurance guide.',
    'Subscriber login',
    'Email or account number',
    'Lost your password?',
    'Not a subscriber yet? Try four weeks free.',
  ];
  const tools = ['Font size: A A A · Print this article', 'Pin this post', 'From our Climate and Weather Desk'];
  const lines = [title, ...tools, p1, ...qa, p2, ...clips, p3, ...shop, p4, ...gate, p5];
  const verdicts = verdictsFor(lines);

  it('flags a live Q&A box, its signed questions and its prompt', () => {
    for (const line of qa) expectChrome(verdicts, line, /live Q&A/);
  });

  it('flags a list of clips with their running times', () => {
    for (const line of clips) expectChrome(verdicts, line, /video or audio clip/);
  });

  it('flags a labelled ad, shop links, a price at a shop and an affiliate disclosure', () => {
    for (const line of shop) expectChrome(verdicts, line, /advertisement or shopping link/);
  });

  it("flags a members' gate and its form", () => {
    for (const line of gate) expectChrome(verdicts, line, /members gate|sign-in form/);
  });

  it("flags the page's tools and a desk's credit", () => {
    expectChrome(verdicts, tools[0] ?? '', /share or follow/);
    expectChrome(verdicts, tools[1] ?? '', /share or follow/);
    expectChrome(verdicts, tools[2] ?? '', /byline/);
  });

  it('keeps the paragraphs around the widgets as the article', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
  });

  it('leaves story sentences that mention members, shops and prices alone', () => {
    const story = [
      'Union members only learned of the rescue plan on Friday morning.',
      'Shop owners in Paiporta began clearing mud from their doorways on Thursday.',
      'Sandbags were selling for €4.50 at hardware stores in Valencia on Tuesday.',
      'The interview was watched 0:47 into the broadcast, the channel said.',
    ];
    const judged = verdictsFor(afterEachParagraph(story));
    for (const sentence of story) expectArticle(judged, sentence);
  });
});

describe('article lines that look like chrome', () => {
  it('keeps a writer’s sign-off below the last paragraph', () => {
    for (const signOff of ['Maria x', 'Love, Tom', 'Cheers, Sam', 'xx Priya']) {
      expectArticle(verdictsFor([title, p1, p2, p3, p4, p5, signOff]), signOff);
    }
  });

  it('still flags a label or a name alone below the article', () => {
    const verdicts = verdictsFor([title, p1, p2, p3, p4, p5, 'Thanks for reading', 'Most read']);
    expectChrome(verdicts, 'Thanks for reading', /subscription/);
  });

  it('keeps a describing series in a list of symptoms or conditions, but not a list of tags', () => {
    const series = 'Hot, dry, gusty winds';
    const verdicts = verdictsFor([
      title,
      p1,
      p2,
      'What to watch for:',
      series,
      'Rising water in the street',
      p3,
      p4,
      p5,
    ]);
    expect(verdicts.find((verdict) => verdict.text === series)?.reasons.join(' ')).not.toMatch(/like tags|no function/);
    expectArticle(verdicts, series);
    const tags = verdictsFor([title, p1, p2, p3, p4, p5, 'Floods, Spain, Climate crisis']);
    expectChrome(tags, 'Floods, Spain, Climate crisis', /like tags/);
  });

  it('keeps a one-word sub-heading that follows a sign-up box between paragraphs', () => {
    const box = [
      'The Briefing: our free climate newsletter, every Monday',
      'Enter your email address',
      'Sign up',
      'We will only use your email to send you The Briefing. See our privacy notice.',
    ];
    const verdicts = verdictsFor([title, p1, p2, p3, ...box, 'Recovery', p4, p5]);
    for (const line of box) expectChrome(verdicts, line, /./);
    expectArticle(verdicts, 'Recovery');
    expectArticle(verdicts, p4);
  });
});

// First met on the airport-outage pages (a flight checker, a live page's leftovers, a vendor's ad), written here in
// the words of an insurer, a council, a weather desk and a software maker around the flood story.
describe("the page's own tools, a live page's leftovers and a pitch with its button", () => {
  const tools = [
    '🌧 RAIN CHECKER: Enter your postcode to see warnings for your street  [ Search ]',
    '🧾 Claim Estimator — Policy number ____ Date of flood ____ [Estimate my payout]',
    'RIVER LEVELS (widget) — Turia at Paiporta 3.2m RISING · Júcar at Alzira 2.1m FALLING',
    'Gauge readings refresh every 15 minutes. We are not responsible for third-party sensor data.',
  ];
  const notes = [
    'This report is based on our live coverage, which has now ended.',
    '📌 Pinned post from the live blog',
    'The Weather Desk is not responsible for the content of external sites. Read about our approach to external linking.',
    'Get in touch: share your experience of the floods with the Weather Desk',
    'More on this story: Valencia metro reopens · Farmers count the cost',
    'Members can download the full gauge record (CSV, 1,204 rows) from the archive.',
    'DrySense Monitor: know about a leak before the floor does. Request a demo →',
  ];
  const lines = [title, ...tools, p1, p2, p3, ...notes.slice(0, 3), p4, p5, ...notes.slice(3)];
  const verdicts = verdictsFor(lines);

  it('flags a form with blanks and a button, a prompt to type into it, and a live data box', () => {
    for (const line of tools) expectChrome(verdicts, line, /call to the reader|site policy/);
  });

  it('flags notes about the page, an invitation to write in, more links and a pitch ending on its button', () => {
    for (const line of notes) expectChrome(verdicts, line, /./);
  });

  it('keeps the paragraphs as the article', () => {
    for (const paragraph of [p1, p2, p3, p4, p5]) expectArticle(verdicts, paragraph);
  });

  it('leaves story sentences with the same words alone', () => {
    const story = [
      'Residents were asked to enter the building through the side door [sic] after the flood.',
      'The council said its data refreshed slowly because the gauges were under water.',
      'Members of the rescue team said they were not responsible for the decision to evacuate.',
      'Volunteers were told to share their experiences with the inquiry, which opens in March.',
      'The insurer said it would book a second assessor for every flooded home.',
    ];
    const judged = verdictsFor(afterEachParagraph(story));
    for (const sentence of story) expectArticle(judged, sentence);
  });
});

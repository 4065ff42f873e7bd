import type { ArticleText } from '../articleText.ts';
import {
  boxLabelCueNames,
  chromeThreshold,
  closingCueNames,
  isOffTopic,
  lineRules,
  menuRuleName,
  placeRules,
  type BlockPosition,
  type ClutterRule,
  type LineInPlace,
  type LineView,
} from './clutterRules.ts';
import { findHeadlineLists } from './headlineList.ts';
import { measureLine, type LineFeatures } from './lineFeatures.ts';
import { tableRows } from './dataTable.ts';
import { findMainBlock, type MainBlock } from './mainBlock.ts';
import { findOpeningTitle } from './openingTitle.ts';
import { measureSetOverlap } from './setOverlap.ts';

// Decides for every line of every article in a set whether it is the article or page chrome, and keeps the
// reasons either way. Linear in the number of lines: features once per line, set-wide counts in maps.

export interface LineVerdict {
  file: string;
  line: number;
  text: string;
  boilerplate: boolean;
  score: number;
  reasons: string[];
}

interface Judgement {
  score: number;
  reasons: string[];
  /** A cue rule fired: specific evidence of chrome, which the title and main-block searches step over. */
  flagged: boolean;
  /** A section label that pages put where the article has ended ("Comments", "Copyright"). */
  closesArticle: boolean;
  /** The label of a box of links ("Related"): it ends the article unless paragraphs go on close below it. */
  labelsLinkBox: boolean;
  /** The menu rule fired: a bar of links, or a breadcrumb trail. */
  menu: boolean;
}

export function classifyLines(articles: readonly ArticleText[]): LineVerdict[] {
  const measured = articles.map((article) => ({
    file: article.file,
    lines: article.lines.map((line) => measureLine(line.text)),
  }));
  const overlap = measureSetOverlap(measured);
  const verdicts: LineVerdict[] = [];

  articles.forEach((article, articleIndex) => {
    const features = measured[articleIndex]?.lines ?? [];
    const gaps = article.lines.map((line, index) => index > 0 && line.line - (article.lines[index - 1]?.line ?? 0) > 1);
    const views = viewLines(article.file, features, overlap, articles.length, gaps);
    const first = views.map((view) => judge(lineRules, view));
    const place = placeLines(views, first);

    place.forEach((line, index) => {
      const source = article.lines[index];
      const before = first[index];
      if (!source || !before) return;
      const after = judge(placeRules, line);
      const score = round(before.score + after.score);
      const reasons = [...before.reasons, ...after.reasons];
      verdicts.push({
        file: article.file,
        line: source.line,
        text: source.text,
        boilerplate: score >= chromeThreshold,
        score,
        reasons: reasons.length > 0 ? reasons : ['no rule found signs of chrome or of article text (0)'],
      });
    });
  });

  return verdicts;
}

function viewLines(
  file: string,
  features: readonly LineFeatures[],
  overlap: ReturnType<typeof measureSetOverlap>,
  setSize: number,
  gaps: readonly boolean[],
): LineView[] {
  const seen = new Set<string>();
  const rows = tableRows(features);
  const pollBox = pollBoxLines(features);
  return features.map((line, index) => {
    const repeatsEarlierLine = line.repeatKey !== '' && seen.has(line.repeatKey);
    seen.add(line.repeatKey);
    return {
      features: line,
      previous: features[index - 1],
      next: features[index + 1],
      articlesWithLine: overlap.articlesWithLine(line.repeatKey),
      setSize,
      repeatsEarlierLine,
      topicShare: overlap.topicShare(file, line),
      inTable: rows[index] ?? false,
      afterGap: gaps[index] ?? false,
      inPollBox: pollBox.has(index),
      previousInTable: rows[index - 1] ?? false,
      nextInTable: rows[index + 1] ?? false,
    };
  });
}

const closingLabelMaxWords = 8;

const pollFamily = 'reader poll or quiz';
const counterFamily = 'engagement counter';
// A poll's options sit between its label and its vote count; a box longer than this is not one widget.
const pollBoxMaxLines = 6;

// A poll set into the article ("POLL" / the question / "Yes — 41%" / "No — 59%" / "2,318 votes"): the lines from
// its label down to its vote count are one widget, however much its options read like text.
function pollBoxLines(features: readonly LineFeatures[]): Set<number> {
  const box = new Set<number>();
  features.forEach((line, start) => {
    if (!line.cues.some((cue) => cue.family === pollFamily)) return;
    for (let end = start + 1; end <= start + pollBoxMaxLines && end < features.length; end += 1) {
      if (!features[end]?.cues.some((cue) => cue.family === counterFamily)) continue;
      for (let index = start; index <= end; index += 1) box.add(index);
      return;
    }
  });
  return box;
}

// The second look: where the main block, the title and the lists after the article are, from the first look.
function placeLines(views: readonly LineView[], first: readonly Judgement[]): LineInPlace[] {
  const flaggedAt = (index: number): boolean => first[index]?.flagged ?? false;
  // A short section label closes the article ("Comments", "Related articles"); a paragraph or a photo caption
  // that mentions comments or copyright does not.
  const shortLabel = (index: number): boolean => (views[index]?.features.wordCount ?? Infinity) <= closingLabelMaxWords;
  const closesArticle = (index: number): boolean => (first[index]?.closesArticle ?? false) && shortLabel(index);
  // "READ MORE: Christmas lights switch-on moved" is a link of its own, not the label of the lines below it.
  const labelsLinkBox = (index: number): boolean =>
    (first[index]?.labelsLinkBox ?? false) &&
    shortLabel(index) &&
    !linkAfterLabel.test(views[index]?.features.text ?? '');
  const block = findMainBlock(
    views.map((view, index) => ({
      isArticleProse: view.features.isProse && !flaggedAt(index),
      flagged: flaggedAt(index),
      closesArticle: closesArticle(index),
      labelsLinkBox: labelsLinkBox(index),
      offTopic: isOffTopic(view),
      inTable: view.inTable,
      inPollBox: view.inPollBox,
      wordCount: view.features.wordCount,
      cueFamilies: view.features.cues.map((cue) => cue.family),
    })),
  );
  const title = findOpeningTitle(
    views.map((view, index) => ({
      features: view.features,
      flagged: flaggedAt(index),
      topicShare: view.topicShare,
      aboveSiteMenu: index < mastheadLines && isSiteMenu(views[index + 1], first[index + 1]),
    })),
    block,
  );
  const headlineLists = findHeadlineLists(
    views.map((view, index) => ({ features: view.features, flagged: flaggedAt(index) })),
    block,
  );

  // The nearest line above that the first look did not take for chrome: a sub-heading after an ad or a caption
  // still follows the paragraph above them.
  const textAbove: (number | undefined)[] = [];
  let lastText: number | undefined;
  first.forEach((judgement) => {
    textAbove.push(lastText);
    if (!judgement.flagged && judgement.score < chromeThreshold) lastText = judgement.score;
  });

  let closingLabel: string | undefined;
  let closingLabelCues: readonly string[] = [];
  let boxLinks = 0;
  return views.map((view, index) => {
    const position = positionOf(index, block);
    // A box of links inside the article ends where the paragraphs go on, or at a blank line below its links
    // ("Local notices" over two notices, then a sub-heading of the article).
    if (position === 'inside' && (view.features.isProse || (view.afterGap && boxLinks > 0))) closingLabel = undefined;
    boxLinks = closingLabel === undefined ? 0 : boxLinks + 1;
    const placed: LineInPlace = {
      ...view,
      position,
      isOpeningTitle: index === title,
      isAboveTitle: title !== undefined && index < title,
      followsTitle: title !== undefined && index === title + 1,
      cueFired: flaggedAt(index),
      previousScore: first[index - 1]?.score,
      nextScore: first[index + 1]?.score,
      textAboveScore: textAbove[index],
      secondNextScore: first[index + 2]?.score,
      headlineListTitles: headlineLists[index] ?? 0,
      closingLabelAbove: closingLabel,
      closingLabelCues,
    };
    // Below the article a closing label holds to the page's end.
    if (
      (position === 'after' && (closesArticle(index) || labelsLinkBox(index))) ||
      (position === 'inside' && labelsLinkBox(index))
    ) {
      closingLabel = view.features.text;
      closingLabelCues = view.features.cues.map((cue) => cue.family);
    }
    return placed;
  });
}

// The site's bar of sections ("News | Sport | Weather"), not a breadcrumb trail ("News › Health"), which may
// stand right below a headline.
// A dateline or a byline strung along dots ("Friday 1 November · 09:00 · Read by Ana Ruiz") holds a date or a
// credit; a section bar holds neither.
function isSiteMenu(view: LineView | undefined, judgement: Judgement | undefined): boolean {
  if (!(judgement?.menu ?? false) || view === undefined) return false;
  const { text, dateText, cues } = view.features;
  return !breadcrumbArrow.test(text) && dateText === undefined && !cues.some((cue) => cue.family === bylineFamily);
}
const breadcrumbArrow = /[>»›→]/u;
const linkAfterLabel = /^[^:]{1,30}:\s*\S/u;
const bylineFamily = 'byline or author credit';
// A masthead (the site's name, then its motto) opens the page; lower down, a line of links parted by dots is as
// likely a byline or a dateline ("Thursday 12 March · 07:00 · Read by ...") standing below the headline.
const mastheadLines = 3;

function judge<Line>(rules: readonly ClutterRule<Line>[], line: Line): Judgement {
  const judgement: Judgement = {
    score: 0,
    reasons: [],
    flagged: false,
    closesArticle: false,
    labelsLinkBox: false,
    menu: false,
  };
  for (const rule of rules) {
    const reason = rule.test(line);
    if (reason === null) continue;
    judgement.score += rule.weight;
    judgement.reasons.push(`${reason} (${rule.weight > 0 ? '+' : ''}${rule.weight})`);
    if (rule.kind === 'cue') judgement.flagged = true;
    if (closingCueNames.has(rule.name)) judgement.closesArticle = true;
    if (boxLabelCueNames.has(rule.name)) judgement.labelsLinkBox = true;
    if (rule.name === menuRuleName) judgement.menu = true;
  }
  return judgement;
}

function positionOf(index: number, block: MainBlock | undefined): BlockPosition {
  if (!block) return 'no block';
  if (index < block.start) return 'before';
  if (index > block.end) return 'after';
  return 'inside';
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

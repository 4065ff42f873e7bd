import type { CueMatch } from './findCues.ts';
import type { LineFeatures } from './lineFeatures.ts';
import type { MainBlock } from './mainBlock.ts';

// The article's title, among the lines above its first paragraph (and that paragraph itself, for a page whose
// title reads like a sentence). Pages often open with menus, section labels and site names, so the first line
// is not always the title. Each line no chrome cue flagged gets points for what titles have: several words,
// words shared with the other articles about the event, not a full paragraph of text, and a little for coming
// first. The best line wins; on a tie, the one higher up. Section labels above the title ("Climate crisis")
// are short, and a standfirst below it usually ends like a sentence, so both lose to the title.

export interface TitleCandidate {
  features: LineFeatures;
  /** A chrome cue (skip link, timestamp, byline...) fired on this line. */
  flagged: boolean;
  topicShare: number | undefined;
  /** The next line is the site's bar of sections. */
  aboveSiteMenu: boolean;
}

const minWords = 2;
const maxWords = 30;
const severalWords = 4;
const manyWords = 6;
const sharedTopic = 0.5;
const firstCandidateBonus = 0.5;
// The byline stands below the title: a line further down, once a candidate stood above the byline, is the text's.
const bylinePenalty = 1.5;
const bylineFamily = 'byline or author credit';
// A reading time stands there too ("Sam Okafor-Lind · 18 Nov 2026 · 7 min read"), unlike a radio station's "Listen
// Live" button, which may stand above the title.
const readingTime = /\b(?:min(?:ute)?s?|hours?) read\b|\bread(?:ing)? time\b/iu;
function standsUnderTitle(cue: CueMatch): boolean {
  return cue.family === bylineFamily || readingTime.test(cue.phrase);
}
// A title of many words with another right below it: the lower one is the standfirst, which says more of the story
// and so shares more words with the other articles; the headline stands above it. A section label above a title
// ("Electric, hybrid and low-emission cars") is shorter than that.
const standfirstPenalty = 1;
// The lines right above the site's bar of sections are its masthead: its name ("KUTS | Teaching Staff Union") or
// its motto ("news for people who'd rather be asleep"). A headline stands below the bar, with the story.
const mastheadPenalty = 2;
// Without a main block, the title is looked for among the first lines only.
const linesSearchedWithoutBlock = 15;

export function findOpeningTitle(lines: readonly TitleCandidate[], block: MainBlock | undefined): number | undefined {
  const last = block ? block.start : Math.min(lines.length, linesSearchedWithoutBlock) - 1;
  let best: { index: number; points: number } | undefined;
  let bylinePassed = false;
  let previousTitleLike = false;
  for (let index = 0; index <= last; index += 1) {
    const line = lines[index] as TitleCandidate;
    if (best !== undefined && line.features.cues.some(standsUnderTitle)) bylinePassed = true;
    if (!isCandidate(line)) {
      previousTitleLike = false;
      continue;
    }
    const belowByline = bylinePassed ? bylinePenalty : 0;
    const masthead = line.aboveSiteMenu ? mastheadPenalty : 0;
    const standfirst = previousTitleLike ? standfirstPenalty : 0;
    const points =
      titlePoints(line) + (best === undefined ? firstCandidateBonus : 0) - belowByline - masthead - standfirst;
    if (!best || points > best.points) best = { index, points };
    previousTitleLike = line.features.wordCount >= manyWords;
  }
  return best?.index;
}

// Items strung along a line by dots or bullets ("The weekly briefing · Issue 214", "In this issue: A · B · C") are a
// strap or a list of contents; a headline is one phrase.
const listSeparator = /\s[·•]\s/u;

function isCandidate({ features, flagged }: TitleCandidate): boolean {
  return (
    !flagged &&
    !features.endsWithEllipsis &&
    features.wordCount >= minWords &&
    features.wordCount <= maxWords &&
    !listSeparator.test(features.text)
  );
}

function titlePoints(line: TitleCandidate): number {
  const { features, topicShare } = line;
  let points = 0;
  if (features.wordCount >= severalWords) points += 1;
  if (features.wordCount >= manyWords) points += 1;
  if (topicShare !== undefined && topicShare >= sharedTopic) points += 1;
  if (!features.isProse) points += 1;
  if (shoutedHeadline(features)) points += 1;
  return points;
}

// "POWER CUT CHAOS: FAMILIES SHIVER IN THE DARK AS ...": a tabloid prints its headline in capitals, and its words,
// shouted, meet the other articles' less often than the standfirst below does. A long line in capitals near the top
// is a headline; a short one is a kicker or a site's name.
function shoutedHeadline(features: LineFeatures): boolean {
  return features.wordCount >= manyWords && /\p{Lu}/u.test(features.text) && !/\p{Ll}/u.test(features.text);
}

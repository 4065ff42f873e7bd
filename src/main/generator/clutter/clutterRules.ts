import { cueFamilies, type CueFamily } from './cuePhrases.ts';
import { proseMinStopShare, proseMinWords, type LineFeatures } from './lineFeatures.ts';

// The clutter rules, read top to bottom. Each looks at one line (and, for the place rules, where the line sits in
// its article) and either stays silent or gives a reason. Positive weights point to page chrome, negative ones to
// article text; classifyLines.ts adds them up and compares the sum with `chromeThreshold`.
//
// Two tables, because the second needs the first: the line rules judge each line on its own words and its
// neighbours' words; the place rules then use those first judgements to find the article's main block (the run
// of prose paragraphs) and its title, and judge a line by where it stands.

export interface LineView {
  features: LineFeatures;
  previous: LineFeatures | undefined;
  next: LineFeatures | undefined;
  /** Articles of the set holding this same line (its own article included). */
  articlesWithLine: number;
  setSize: number;
  repeatsEarlierLine: boolean;
  /** Share of content words also found in other articles of the set; undefined when it cannot be told. */
  topicShare: number | undefined;
  /** A row of a table of figures (dataTable.ts); the neighbours' too, since a table's caption sits beside it. */
  inTable: boolean;
  /** A blank line stands right above this one. */
  afterGap: boolean;
  previousInTable: boolean;
  nextInTable: boolean;
  /** Between a poll's label and its vote count (classifyLines.ts): the poll's question and its options. */
  inPollBox: boolean;
}

export type BlockPosition = 'before' | 'inside' | 'after' | 'no block';

export interface LineInPlace extends LineView {
  position: BlockPosition;
  isOpeningTitle: boolean;
  isAboveTitle: boolean;
  /** The line right below the opening title. */
  followsTitle: boolean;
  /** A cue rule fired on this line in the first look. */
  cueFired: boolean;
  /** Line-rule sums of the neighbouring lines; undefined at the article's edges. */
  previousScore: number | undefined;
  nextScore: number | undefined;
  /** Line-rule sum of the nearest line above that the line rules did not take for chrome, if any. */
  textAboveScore: number | undefined;
  /** Line-rule sum of the line after the next one. */
  secondNextScore: number | undefined;
  /** Headlines in the list of other stories after the main block that this line belongs to (0 if none). */
  headlineListTitles: number;
  /** The section label above this line that closed the article ("Comments", "Related"), if any. */
  closingLabelAbove: string | undefined;
  /** The cue families of that label ("comment or rating widget"). */
  closingLabelCues: readonly string[];
}

export type RuleKind = 'cue' | 'shape' | 'set' | 'place';

export interface ClutterRule<Line> {
  name: string;
  /** Cue rules are specific evidence of chrome; the title and main-block search step over lines they flag. */
  kind: RuleKind;
  weight: number;
  test: (line: Line) => string | null;
}

const photoCreditFamily = 'image caption or photo credit';
const bylineFamily = 'byline or author credit';

export const menuRuleName = 'menu or breadcrumb';

/** A line whose rules add up to this or more is page chrome. */
export const chromeThreshold = 2;

/** A short line with at least this share of function words reads as a sentence, not a label. */
const sentenceMinStopShare = 0.1;

// ---- cue rules: words and patterns that pages put around articles -------------------------------------------

function cuePhraseRule(family: CueFamily, weight: number): ClutterRule<LineView> {
  return {
    name: family.name,
    kind: 'cue',
    weight,
    test: ({ features }) => {
      const cue = features.cues.find((found) => found.family === family.name);
      return cue ? `${family.name}: “${cue.phrase}”` : null;
    },
  };
}

// Chrome is dense with its own vocabulary ("Sign up ... your inbox", "Terms of Use and Privacy Policy"); a
// paragraph that happens to mention one such phrase rarely has two.
function severalCuePhrases({ features }: LineView): string | null {
  return features.cues.length >= 2 ? `${features.cues.length} chrome phrases in one line` : null;
}

const publishingVerbs =
  /\b(?:published|updated|posted|issued|last (?:updated|modified|edited)|first published|modified|created|dated?)\b/iu;
// Short enough to be a dateline rather than a sentence that happens to mention a date.
const timestampMaxWords = 12;

// "Published 11:51 IST, February 14th 2022", "Bengaluru - Updated - August 23", "3 hours ago": a date with at
// most a publishing word. A date with other words beside it ("Launch: July 14, 2023") is a fact, not a stamp.
function timestampLine({ features }: LineView): string | null {
  if (!features.dateText || features.wordCount > timestampMaxWords + 3 || features.endsWithTerminal) return null;
  if (publishingVerbs.test(features.text)) return `publication time “${features.dateText}”`;
  if (features.wordCount <= timestampMaxWords && features.dateShare >= 0.5 && features.wordsBesideDates === 0) {
    return `line is only a date or time (“${features.dateText}”)`;
  }
  return null;
}

// A run of spaces parts menu items as well as a bar does, once the page's links are copied as text.
const menuSeparators = /\s*(?:>|»|›|→|\||\/|·|•|::)\s*|\s{2,}/u;

function menuOrBreadcrumb({ features, inTable }: LineView): string | null {
  if (inTable || features.endsWithTerminal || features.wordCount > 16) return null;
  const segments = features.text.split(menuSeparators).filter((segment) => segment.trim() !== '');
  const arrows = /[>»›→]/u.test(features.text);
  if (segments.length < (arrows ? 2 : 3)) return null;
  // Columns of a table copied as text are parted by spaces too, but they hold figures; a menu's links do not.
  const spacedOnly = !/[>»›→|/·•]|::/u.test(features.text);
  if (spacedOnly && segments.some((segment) => /\d/u.test(segment))) return null;
  const short = segments.every((segment) => segment.trim().split(/\s+/u).length <= 4);
  return short ? `menu or breadcrumb trail of ${segments.length} short links` : null;
}

// Words that label buttons and links; a line made only of them is a control, not writing.
const interfaceWords = new Set(
  (
    'ok okay got go it accept agree i dismiss close continue learn more load show see view expand collapse cancel ' +
    'submit send next previous prev back print save reply like share follow subscribe thanks thank you menu search ' +
    'home sign in up out log login logout register all top to here click tap yes no done allow deny reject ' +
    'manage options settings preferences open read listen watch play pause skip newer older post posts page ' +
    'comment comments loading email edit report less first last turn on off enable notify remind me later not now'
  ).split(' '),
);
const interfaceMaxWords = 5;

// "No." answering a question in the text is a sentence; buttons do not end with a full stop.
function interfaceWordsOnly({ features }: LineView): string | null {
  const fullStop = features.text.endsWith('.') && !features.endsWithEllipsis;
  if (features.wordCount === 0 || features.wordCount > interfaceMaxWords || fullStop) return null;
  const all = features.words.every((word) => interfaceWords.has(word.toLowerCase()));
  return all ? 'only button or link words' : null;
}

// A prompt copied together with its button: "... We'll only notify you when it matters. Turn on", "Was this
// helpful? Yes No". The sentence ends, and only button words follow it, without a full stop of their own.
const buttonAfterSentence = /[.!?]["'”’]?\s+((?:[\p{L}']+[\s·|/]*){1,3})(?:[→›»>]\s*)?$/u;

function promptWithButton({ features }: LineView): string | null {
  if (features.endsWithTerminal || features.wordCount <= interfaceMaxWords) return null;
  // "Our advisers explain due diligence in plain language. Read more →": the link's arrow is part of the button.
  const button = buttonAfterSentence.exec(features.text)?.[1];
  if (!button) return null;
  const words = button.match(/[\p{L}']+/gu) ?? [];
  return words.every((word) => interfaceWords.has(word.toLowerCase()))
    ? `a prompt ending in its button “${button.trim()}”`
    : null;
}

// Market tickers ("SOLV.AK 21.86 EUR ▼ 1.50 (−6.42%) · FTSE 100 7,628.26 ▲ 0.12%", "ABC +1.2%") and weather widgets
// ("Wexmoor 14°C · Light showers", "Aarvik 11°C, cloudy"): figures with the marks of a data feed, which writers do
// not use in sentences (an arrow, a signed percentage after a ticker symbol, a temperature beside a forecast word).
const priceMoves =
  /[▲▼△▽↑↓]\s*[+−-]?[\d.,]+%?|\([+−-]\d+(?:[.,]\d+)?%\)|\b[A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,3})?\s+[+−]\d+(?:[.,]\d+)?%/gu;
// A temperature with a forecast word right after it, with or without a separator ("14°C · Light showers",
// "9°C Light rain"); a weather strip runs several places along one line.
const forecasts =
  /-?\d+\s?°\s?[CF]?\s*[·,|/–-]?\s*(?:light |heavy |partly |mostly |scattered |sunny )?(?:cloud|sun|shower|rain|clear|fog|mist|snow|wind|storm|drizzle|overcast|fair|dry|hail|thunder|sleet|frost|smoke|haze|humid)/giu;
const forecastMaxWords = 10;
// The day's high and low in a strip ("H 101° L 68°", "High 14° / Low 6°"): no sentence writes them so.
const highAndLow = /\bH(?:igh|i)?\s*:?\s*-?\d+\s?°[CF]?[\s/|·,]{1,4}L(?:ow|o)?\s*:?\s*-?\d+\s?°/u;

function dataFeed({ features }: LineView): string | null {
  if (features.endsWithTerminal) return null;
  const moves = features.text.match(priceMoves)?.length ?? 0;
  if (moves >= 2 || (moves === 1 && features.wordCount <= 6)) return 'market ticker: prices with their moves';
  if (highAndLow.test(features.text)) return 'weather widget: the day’s high and low';
  const temperatures = features.text.match(forecasts)?.length ?? 0;
  return temperatures >= 2 || (temperatures === 1 && features.wordCount <= forecastMaxWords)
    ? 'weather widget: a temperature and a forecast'
    : null;
}

const markupPatterns: RegExp[] = [
  /\[email(?:\s|&#160;)protected\]/iu,
  /<\/?[a-z][^>]*>/iu,
  /&(?:nbsp|amp|quot|lt|gt|#\d+);/iu,
  /[#@]?\w+=\S/u,
  /[{}]/u,
  // Closing tags and shortcodes ("[/caption]", "[embed src=...]"), not an editor's "[sic]" in a quotation.
  /\[\/[a-z]+\]|\[(?:caption|embed|url|img|video|audio|gallery|shortcode)\b[^\]]*\]/iu,
  /^(?:https?:\/\/|www\.)\S+$/iu,
];

// Characters that any of the markup patterns needs; most lines have none, and skip the patterns.
const markupCharacters = /[<>{}=&[]|https?:|www\./u;

function markupResidue({ features }: LineView): string | null {
  if (!markupCharacters.test(features.text)) return null;
  for (const pattern of markupPatterns) {
    const match = pattern.exec(features.text);
    if (match) return `markup or code left from the web page: “${match[0]}”`;
  }
  return null;
}

const teaserMinWords = 5;

function teaserEllipsis({ features }: LineView): string | null {
  return features.endsWithEllipsis && features.wordCount >= teaserMinWords
    ? 'cut off with an ellipsis, like a teaser for another story'
    : null;
}

function startsWithLine(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.slice(0, shorter.length).toLowerCase() === shorter.toLowerCase();
}

const altTextMinWords = 4;

// An image's alt text is often printed, and then its caption repeats it with a credit added.
function altTextBeforeCaption({ features, next }: LineView): string | null {
  if (!next || features.wordCount < altTextMinWords) return null;
  return startsWithLine(next.text, features.text) ? 'image text repeated by the caption below it' : null;
}

function captionAfterAltText({ features, previous }: LineView): string | null {
  if (!previous || previous.wordCount < altTextMinWords) return null;
  return startsWithLine(features.text, previous.text) ? 'caption repeating the image text above it' : null;
}

// A caption often stands on its own line with the photo credit on the next ("Icelandic Coast Guard/Reuters").
const creditMaxWords = 8;

function captionAboveCredit({ features, next }: LineView): string | null {
  if (!next || next.wordCount > creditMaxWords || features.cues.length > 0) return null;
  const credit = next.cues.find((cue) => cue.family === photoCreditFamily);
  // "Text: Jonne Ekvall   Photo: Sanna Dahl" credits the whole article, and the line above it is the article's.
  if (next.cues.some((cue) => cue.family === bylineFamily)) return null;
  return credit ? `caption above the photo credit “${credit.phrase}”` : null;
}

// A gallery stacks its captions: an unpunctuated description right above a caption that carries a credit
// ("The eruption lit up the night sky near Grindavik on Monday" / "Lava spews from a fissure ... (file photo)").
// A sub-heading is shorter and has few function words; a paragraph ends with a full stop.
const stackedCaptionMinWords = 6;

function captionAboveCaption({ features, next }: LineView): string | null {
  if (!next || next.wordCount <= creditMaxWords || features.cues.length > 0 || features.endsWithTerminal) return null;
  if (features.wordCount < stackedCaptionMinWords || features.stopShare < sentenceMinStopShare) return null;
  const credit = next.cues.find((cue) => cue.family === photoCreditFamily);
  return credit ? `caption above another caption with the credit “${credit.phrase}”` : null;
}

// A poll's question stands right under its label ("POLL" / "Should hospitals ever pay hackers a ransom?").
const pollFamily = 'reader poll or quiz';
const pollLabelMaxWords = 3;

function pollQuestion({ features, previous }: LineView): string | null {
  if (!previous || previous.wordCount > pollLabelMaxWords || !features.text.endsWith('?')) return null;
  return previous.cues.some((cue) => cue.family === pollFamily) ? `the question of the poll “${previous.text}”` : null;
}

function insidePoll({ inPollBox }: LineView): string | null {
  return inPollBox ? 'inside a reader poll, between its label and its vote count' : null;
}

// A sponsor's box is labelled ("— SPONSORED CONTENT —", "Partner content") and its first line is the sponsor's
// headline. A bare "Advertisement" marks an ad slot, and the article's own sub-heading may follow it.
const sponsoredBoxLabel =
  /^[\s—–-]*(?:sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|post|partnership)|partner content|brand ?studio)[\s—–-]*$/iu;

function sponsoredHeadline({ features, previous }: LineView): string | null {
  if (!previous || features.isProse || !sponsoredBoxLabel.test(previous.text)) return null;
  return `the headline of a sponsor's box under “${previous.text}”`;
}

function repeatsEarlierLine({ features, repeatsEarlierLine }: LineView): string | null {
  return repeatsEarlierLine && features.wordCount > 0 ? 'repeats an earlier line of this article' : null;
}

// Two outlets can run the same wire copy, so repeated prose proves nothing; repeated labels and links do.
function repeatedAcrossSet({ features, articlesWithLine }: LineView): string | null {
  if (articlesWithLine < 2 || features.isProse) return null;
  return `repeated in ${articlesWithLine} articles of the set`;
}

// ---- shape rules: what the line looks like --------------------------------------------------------------------

// A row of a table of figures has the shape of a list and of a counter; its table explains both.
function tagLikeList({ features, inTable }: LineView): string | null {
  if (inTable || features.endsWithTerminal || features.stopShare > 0.1) return null;
  const items = listItems(features.text);
  if (items.length < 3 || adjectiveSeries(items)) return null;
  return items.every((item) => item.split(/\s+/u).length <= 3)
    ? `list of ${items.length} short names, like tags`
    : null;
}

function listItems(text: string): string[] {
  return text.split(/\s*[,;|]\s*/u).filter((item) => item !== '');
}

// "Red, sore, watery eyes", "Hot, dry and windy weather": a phrase in sentence case whose series of describing
// words closes on its noun. Tags are cased alike and stand alone.
function adjectiveSeries(items: readonly string[]): boolean {
  const [first, ...rest] = items;
  const last = rest[rest.length - 1];
  if (!first || !last || !/^\p{Lu}/u.test(first)) return false;
  return rest.every((item) => /^\p{Ll}/u.test(item)) && last.split(/\s+/u).length >= 2;
}

// A writer's sign-off under a post: "Jess x", "Love, Tom", "Cheers, Sam", "xx Priya". Kisses or a farewell word
// beside a name; a name alone could be a credit or a site's name.
const valediction = [
  'love',
  'lots of love',
  'cheers',
  'thanks',
  'many thanks',
  'best',
  'best wishes',
  'all the best',
  'warmly',
  'speak soon',
  'until next time',
  'take care',
  'bye for now',
  'yours',
]
  .map((words) => `[${words.charAt(0).toUpperCase()}${words.charAt(0)}]${words.slice(1)}`)
  .join('|');
const signedName = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?";
const signOffShape = new RegExp(
  `^(?:(?:${valediction})[,!]? ${signedName}(?: x{1,4})?|${signedName},? x{1,4}|x{1,4} ${signedName})[!.]?$`,
  'u',
);
function signOff({ features }: LineView): string | null {
  return features.wordCount <= 5 && signOffShape.test(features.text) ? "the writer's sign-off" : null;
}

function mostlyNumbers({ features, inTable }: LineView): string | null {
  return !inTable &&
    features.wordCount > 0 &&
    features.wordCount <= 6 &&
    features.numberShare >= 0.5 &&
    !features.dateText
    ? 'mostly numbers, like a counter'
    : null;
}

function formField({ features }: LineView): string | null {
  return features.text.endsWith('*') && /^\p{L}[\p{L} ]{0,30}\s*\*$/u.test(features.text)
    ? 'form field label marked with *'
    : null;
}

function noWords({ features }: LineView): string | null {
  return features.wordCount === 0 ? 'no words, only symbols' : null;
}

function noTerminalPunctuation({ features }: LineView): string | null {
  return features.wordCount > 0 && !features.endsWithTerminal && !features.endsWithEllipsis
    ? 'no terminal punctuation'
    : null;
}

const labelMaxWords = 3;

function shortLabel({ features }: LineView): string | null {
  return features.wordCount > 0 && features.wordCount <= labelMaxWords && !features.endsWithTerminal
    ? `only ${features.wordCount} word${features.wordCount === 1 ? '' : 's'}, like a label`
    : null;
}

// A describing series ("Red, sore, watery eyes") needs no function words to be a phrase of the text.
function noFunctionWords({ features }: LineView): string | null {
  if (features.wordCount < 2 || features.wordCount > 6 || features.stopShare !== 0 || features.endsWithTerminal) {
    return null;
  }
  return adjectiveSeries(listItems(features.text)) ? null : 'no function words (the, of, is...)';
}

// Names and labels ("Jennifer Rankin in Brussels", "Business Reporter") are capitalised words with at most a
// linking word; a sentence has lowercase words in it.
function capitalisedWordsOnly({ features }: LineView): string | null {
  if (features.wordCount < 2 || features.wordCount > 6 || features.endsWithTerminal) return null;
  return features.capitalisedShare === 1 && features.numberShare === 0
    ? 'only capitalised words, like a name or a label'
    : null;
}

function allCapitals({ features }: LineView): string | null {
  return features.allCapitals && features.wordCount <= 8 ? 'written in capitals' : null;
}

const offTopicShare = 0.25;
const onTopicShare = 0.5;

// Two content words can show a line is on the event's topic, but it takes three to say it is not.
const offTopicMinWords = 3;

export function isOffTopic({ features, topicShare }: Pick<LineView, 'features' | 'topicShare'>): boolean {
  return topicShare !== undefined && topicShare < offTopicShare && features.contentStems.length >= offTopicMinWords;
}

function offTopic(line: LineView): string | null {
  return isOffTopic(line) ? `few of its words occur in the other ${line.setSize - 1} articles` : null;
}

function onTopic({ topicShare }: LineView): string | null {
  return topicShare !== undefined && topicShare >= onTopicShare
    ? 'shares most of its words with the other articles'
    : null;
}

// Some chrome is written in sentences (a newsletter's pitch, a sponsor's credit, a help line); after a link label
// the words are another story's headline. In both, the sentence shape says nothing about being the article's.
const sentenceFamilies: ReadonlySet<string> = new Set([
  ...cueFamilies.filter((family) => family.writtenAsSentences).map((family) => family.name),
  'link to another story',
]);

function sentenceShapeCounts({ features }: LineView): boolean {
  return !features.cues.some((cue) => sentenceFamilies.has(cue.family));
}

function proseParagraph(line: LineView): string | null {
  const { features } = line;
  return features.isProse && sentenceShapeCounts(line)
    ? `a paragraph of ${features.wordCount} words that ends like a sentence`
    : null;
}

// After a link label ("Related: Are our dams ready for a wetter climate?") the words are another story's headline,
// even when it asks a question; they do not make the line a sentence of this article.
function shortSentence(line: LineView): string | null {
  const { features } = line;
  return features.wordCount >= 3 &&
    features.wordCount < proseMinWords &&
    features.endsWithTerminal &&
    features.stopShare >= sentenceMinStopShare &&
    sentenceShapeCounts(line)
    ? 'a short sentence'
    : null;
}

function manyFunctionWords({ features }: LineView): string | null {
  return features.wordCount >= 6 &&
    features.stopShare >= 0.3 &&
    !features.endsWithTerminal &&
    !features.endsWithEllipsis
    ? 'reads like running text (many function words)'
    : null;
}

// A point of a bulleted list written as a sentence ("• Four people have been taken to hospital, one in a critical
// condition"): a summary of the article, though it has no full stop. Menus and lists of links are not sentences.
const bulletMark = /^[•·▪►‣*–-]\s+/u;
const bulletedSentenceMinWords = 6;

function bulletedSentence({ features }: LineView): string | null {
  return bulletMark.test(features.text) &&
    features.wordCount >= bulletedSentenceMinWords &&
    features.stopShare >= proseMinStopShare &&
    !features.endsWithEllipsis
    ? 'a bulleted point written as a sentence'
    : null;
}

// A quotation of two or more words in quote marks; apostrophes inside words ("Russia's") are not quote marks.
const quotedWords = /(?:^|[\s([])[“"‘'][^“”"‘’']*\s[^“”"‘’']*[”"’'](?=[\s.,;:!?)\]]|$)/u;

function quotation({ features }: LineView): string | null {
  return quotedWords.test(features.text) ? 'contains a quotation' : null;
}

// A tabloid's crosshead: a few words in quote marks, on a line of their own, that the paragraph beside it quotes
// ("'PITCH DARKNESS'" over "...a very dangerous search in pitch darkness..."). A caption or a link quotes no
// paragraph next to it.
const crossheadMaxWords = 8;
const wholeQuotation = /^[“"‘']([^“”"‘’']+)[”"’']$/u;

function quotedCrosshead({ features, previous, next }: LineView): string | null {
  const quoted = wholeQuotation.exec(features.text.trim())?.[1]?.trim().toLowerCase();
  if (!quoted || features.wordCount > crossheadMaxWords || !quoted.includes(' ')) return null;
  const besideQuotes = [previous, next].some((line) => line?.text.toLowerCase().includes(quoted));
  return besideQuotes ? 'quotes words of the paragraph beside it, like a crosshead' : null;
}

// The article's own apparatus, listed below its text: a note ("[2] Regional Lightning Network, strike summary ...")
// or a dated entry of a timeline ("Aug 14, 4:30 p.m. - Evacuation order issued", "2019 – Company founded"). A list
// of other stories' headlines starts with neither a note number nor a date.
const noteEntryPattern = /^\[\d{1,3}\]\s+\S/u;
const monthName = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const timelineEntryPattern = new RegExp(
  `^(?:${monthName}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${monthName}|(?:1[89]|20)\\d{2}\\b)[^–—\\n]{0,25}?\\s[–—-]\\s+\\p{L}`,
  'iu',
);

export function isNoteOrTimelineEntry(text: string): boolean {
  return noteEntryPattern.test(text) || timelineEntryPattern.test(text);
}

function noteOrTimelineEntry({ features }: LineView): string | null {
  if (noteEntryPattern.test(features.text)) return 'a numbered note of the article, like a footnote';
  return timelineEntryPattern.test(features.text) ? 'a dated entry, like a row of a timeline' : null;
}

export const lineRules: ClutterRule<LineView>[] = [
  // One rule per family of cue phrases in cuePhrases.ts ("cookie or consent banner", "byline or author credit"...).
  ...cueFamilies.map((family) => cuePhraseRule(family, 4)),
  { name: 'several cue phrases', kind: 'cue', weight: 2, test: severalCuePhrases },
  { name: 'timestamp', kind: 'cue', weight: 4, test: timestampLine },
  { name: menuRuleName, kind: 'cue', weight: 4, test: menuOrBreadcrumb },
  { name: 'interface words only', kind: 'cue', weight: 4, test: interfaceWordsOnly },
  { name: 'prompt with its button', kind: 'cue', weight: 4, test: promptWithButton },
  { name: 'markup residue', kind: 'cue', weight: 4, test: markupResidue },
  { name: 'market or weather feed', kind: 'cue', weight: 4, test: dataFeed },
  { name: 'form field', kind: 'cue', weight: 4, test: formField },
  { name: 'teaser ellipsis', kind: 'shape', weight: 3, test: teaserEllipsis },
  { name: 'alt text before caption', kind: 'cue', weight: 4, test: altTextBeforeCaption },
  { name: 'caption after alt text', kind: 'cue', weight: 3, test: captionAfterAltText },
  { name: 'caption above credit', kind: 'cue', weight: 5, test: captionAboveCredit },
  { name: 'caption above caption', kind: 'cue', weight: 4, test: captionAboveCaption },
  { name: 'poll question', kind: 'cue', weight: 4, test: pollQuestion },
  { name: 'inside a poll', kind: 'cue', weight: 3, test: insidePoll },
  { name: 'sponsored headline', kind: 'cue', weight: 3, test: sponsoredHeadline },
  { name: 'repeats an earlier line', kind: 'cue', weight: 3, test: repeatsEarlierLine },
  { name: 'repeated across the set', kind: 'set', weight: 3, test: repeatedAcrossSet },
  { name: 'tag-like list', kind: 'shape', weight: 2, test: tagLikeList },
  { name: 'mostly numbers', kind: 'shape', weight: 2, test: mostlyNumbers },
  { name: 'no words', kind: 'shape', weight: 2, test: noWords },
  { name: 'no terminal punctuation', kind: 'shape', weight: 1, test: noTerminalPunctuation },
  { name: 'short label', kind: 'shape', weight: 1.5, test: shortLabel },
  { name: 'no function words', kind: 'shape', weight: 1, test: noFunctionWords },
  { name: 'capitalised words only', kind: 'shape', weight: 1, test: capitalisedWordsOnly },
  { name: 'all capitals', kind: 'shape', weight: 1, test: allCapitals },
  { name: 'off topic', kind: 'set', weight: 1, test: offTopic },
  { name: 'on topic', kind: 'set', weight: -1, test: onTopic },
  { name: 'prose paragraph', kind: 'shape', weight: -3, test: proseParagraph },
  { name: 'short sentence', kind: 'shape', weight: -2.5, test: shortSentence },
  { name: 'many function words', kind: 'shape', weight: -1, test: manyFunctionWords },
  { name: 'bulleted sentence', kind: 'shape', weight: -2, test: bulletedSentence },
  { name: 'quotation', kind: 'shape', weight: -1, test: quotation },
  { name: 'quoted crosshead', kind: 'shape', weight: -2, test: quotedCrosshead },
  { name: 'note or timeline entry', kind: 'shape', weight: -2, test: noteOrTimelineEntry },
  { name: 'sign-off', kind: 'shape', weight: -5, test: signOff },
];

// ---- place rules: where the line stands in its article -----------------------------------------------------

/** pickHeadline.ts looks for this reason to find the line the rules took for the title. */
export const openingTitleReason = "the article's title, at the top above its first paragraph";

function openingTitle({ isOpeningTitle }: LineInPlace): string | null {
  return isOpeningTitle ? openingTitleReason : null;
}

// Nothing of the article stands above its title: what does is a menu, a section label or a site name.
function aboveTitle({ isAboveTitle }: LineInPlace): string | null {
  return isAboveTitle ? "above the article's title" : null;
}

// The standfirst: a line of 8 or more words between the title and the first paragraph, right below the title,
// that no cue flags, sums the story up
// ("Group books €38 million charge, targets €45 million in yearly savings from 2025"); a byline or a timestamp there
// is flagged by its cue.
const standfirstMinWords = 8;

function standfirst({ followsTitle, cueFired, features, position }: LineInPlace): string | null {
  if (!followsTitle || position !== 'before' || cueFired) return null;
  if (features.wordCount < standfirstMinWords || features.allCapitals) return null;
  return 'right below the title, like a standfirst';
}

function beforeMainBlock({ position, isOpeningTitle }: LineInPlace): string | null {
  return position === 'before' && !isOpeningTitle ? 'above the first paragraph of the article' : null;
}

function afterMainBlock({ position }: LineInPlace): string | null {
  return position === 'after' ? 'below the last paragraph of the article' : null;
}

function insideMainBlock({ position }: LineInPlace): string | null {
  return position === 'inside' ? "inside the article's run of paragraphs" : null;
}

// A neighbour whose own rules score this low reads as a sentence of the article.
const sentenceScore = -2;
// Longer than this, a line between two paragraphs is not a sub-heading but text in its own right.
const subheadingMaxWords = 20;

// A line with a chrome cue between two paragraphs is an ad, a link or a caption placed there, not a sub-heading.
// A table of figures in the article counts as a paragraph here, so its caption ("Key figures") and the
// sub-heading after it are read as the article's. Chrome between the paragraph above and the sub-heading (an ad,
// a caption) is stepped over: the sub-heading still follows that paragraph.
function betweenParagraphs(line: LineInPlace): string | null {
  const { features, cueFired, textAboveScore, nextScore } = line;
  if (cueFired || features.isProse || features.wordCount > subheadingMaxWords) return null;
  if (line.inTable || textAboveScore === undefined || nextScore === undefined) return null;
  const previous = textAboveScore <= sentenceScore || line.previousInTable;
  const next = nextScore <= sentenceScore || line.nextInTable;
  return previous && next ? 'between two paragraphs, like a sub-heading' : null;
}

// A short heading over the article's text ("Summary" over its key points, "What we know so far" over a post):
// the two lines below it read as sentences. A label over a list of other stories stands after the article, and
// their teasers are headlines, not sentences.
const headingMaxWords = 8;

function headsArticleText(line: LineInPlace): string | null {
  const { features, cueFired, nextScore, secondNextScore, position } = line;
  if (cueFired || features.endsWithTerminal || features.wordCount > headingMaxWords || line.inTable) return null;
  if (position === 'after' || line.isAboveTitle || line.isOpeningTitle || betweenParagraphs(line) !== null) {
    return null;
  }
  if (nextScore === undefined || secondNextScore === undefined) return null;
  return nextScore <= sentenceScore && secondNextScore <= sentenceScore
    ? 'a heading over two sentences of the article'
    : null;
}

// The label of the article's own summary box ("Summary", "Key points", "At a glance", "What we know so far"): the
// text below it is the article's, however short its lines. Other sections' labels ("Most read") are not in it.
const summaryHeading =
  /^(?:(?:the |a )?(?:summary|key (?:points|facts|findings|figures|takeaways|dates|events|numbers)|at a glance|in brief|in short|in summary|highlights|main points|takeaways|the (?:facts|details|essentials|bottom line|story so far)|background|context|catch up|what (?:we|you) (?:know|need to know)(?: so far)?|what happened|what (?:happens|comes) next|tl;?dr))\s*:?$/iu;

function summaryLabel(line: LineInPlace): string | null {
  const { features, cueFired, nextScore, position } = line;
  if (cueFired || position === 'after' || line.isAboveTitle || line.isOpeningTitle) return null;
  if (nextScore === undefined || nextScore >= chromeThreshold) return null;
  return summaryHeading.test(features.text) ? "the label of the article's summary, over its text" : null;
}

// The heading of the article's notes or timeline ("Notes", "TIMELINE", "Sources", "Key dates"), right above its
// first entry: part of the article, though it stands below the last paragraph.
const apparatusHeading =
  /^(?:notes?|footnotes|endnotes|references|sources|bibliography|citations|timeline|chronology|key dates|how (?:it|events) unfolded)\s*:?$/iu;

function headsNotesOrTimeline({ features, next, cueFired }: LineInPlace): string | null {
  if (cueFired || !next || !apparatusHeading.test(features.text)) return null;
  return isNoteOrTimelineEntry(next.text) ? "the heading of the article's notes or timeline" : null;
}

function tableInArticle({ inTable, position }: LineInPlace): string | null {
  return inTable && position === 'inside' ? "a row of a table of figures inside the article's text" : null;
}

// A table's rows inside the article are one box: rows that look like labels do not make each other chrome.
function amongChrome({ previousScore, nextScore, inTable, position }: LineInPlace): string | null {
  if (inTable && position === 'inside') return null;
  if (previousScore === undefined || previousScore < chromeThreshold) return null;
  return nextScore === undefined || nextScore >= chromeThreshold ? 'surrounded by page chrome' : null;
}

function inHeadlineList({ headlineListTitles }: LineInPlace): string | null {
  return headlineListTitles > 0 ? `among ${headlineListTitles} headline-like lines after the article` : null;
}

function belowClosingLabel({ closingLabelAbove, position }: LineInPlace): string | null {
  if (closingLabelAbove === undefined || position === 'inside') return null;
  return `below “${closingLabelAbove}”, where the article has ended`;
}

// Under "Member comments (3)", a line that opens with who wrote it ("R. Dyer, network planner: ...", "Anon: ...")
// is a reader's comment, however well it is written.
const commentLabels: ReadonlySet<string> = new Set(['comment or rating widget', 'reader reactions']);
const signedOpening = /^(?:[^\s:!?]+\s){0,4}[^\s:!?]+:\s+\S/u;

function signedComment({ closingLabelAbove, closingLabelCues, position, features }: LineInPlace): string | null {
  if (closingLabelAbove === undefined || position === 'inside') return null;
  if (!closingLabelCues.some((family) => commentLabels.has(family)) || !signedOpening.test(features.text)) return null;
  return `a comment signed by its writer, under “${closingLabelAbove}”`;
}

// "RELATED" over two headlines between paragraphs: the lines under the label, up to the next paragraph, are its
// links. A sub-heading there still heads the sentences below it (heads article text), which outweighs this.
function inLinkBox({ closingLabelAbove, position }: LineInPlace): string | null {
  if (closingLabelAbove === undefined || position !== 'inside') return null;
  return `under “${closingLabelAbove}”, in a box of links set between the article's paragraphs`;
}

export const placeRules: ClutterRule<LineInPlace>[] = [
  { name: 'opening title', kind: 'place', weight: -4, test: openingTitle },
  { name: 'above the title', kind: 'place', weight: 2, test: aboveTitle },
  { name: 'before the main block', kind: 'place', weight: 1, test: beforeMainBlock },
  { name: 'standfirst', kind: 'place', weight: -1.5, test: standfirst },
  { name: 'after the main block', kind: 'place', weight: 1.5, test: afterMainBlock },
  { name: 'inside the main block', kind: 'place', weight: -1, test: insideMainBlock },
  { name: 'between paragraphs', kind: 'place', weight: -2, test: betweenParagraphs },
  { name: 'heads article text', kind: 'place', weight: -2, test: headsArticleText },
  { name: 'summary label', kind: 'place', weight: -3, test: summaryLabel },
  { name: 'table in the article', kind: 'place', weight: -2, test: tableInArticle },
  { name: 'heads notes or timeline', kind: 'place', weight: -3.5, test: headsNotesOrTimeline },
  { name: 'surrounded by chrome', kind: 'place', weight: 1.5, test: amongChrome },
  { name: 'headline list', kind: 'place', weight: 2, test: inHeadlineList },
  { name: 'below a closing label', kind: 'place', weight: 2.5, test: belowClosingLabel },
  { name: 'in a box of links', kind: 'place', weight: 3, test: inLinkBox },
  { name: 'signed comment', kind: 'place', weight: 2, test: signedComment },
];

export const closingCueNames: ReadonlySet<string> = new Set(
  cueFamilies.filter((family) => family.closesArticle && !family.textMayResume).map((family) => family.name),
);

/** Labels of a box of links that may stand between paragraphs, the text going on below it. */
export const boxLabelCueNames: ReadonlySet<string> = new Set(
  cueFamilies.filter((family) => family.closesArticle && family.textMayResume).map((family) => family.name),
);

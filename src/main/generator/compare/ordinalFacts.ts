import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { isReportingVerb } from './reportingVerbs.ts';
import { pushTo } from './pushTo.ts';

// Which time something is held, or which day of something a thing happened, told as an ordinal: "now in its ninth
// year" / "held for the tenth time" / "the ninth edition"; "on the fourth day of the voyage" / "on the third day of
// the cruise"; "a sixth straight defeat" / "a seventh straight defeat". The figure finder reads cardinals; an
// ordinal counts the times before. Two ordinals are one fact
// when they count the same kind of thing ("year", "time", "edition" and "the second walkout of 2026" all count
// stagings; "day of the voyage" counts days of one trip) and their sentences speak of something in common ("the festival", "the first cases").
// An article that gives two ordinals of one kind takes no side.

export interface OrdinalMention {
  sentence: ArticleSentence;
  value: number;
  /** What is counted: "staging" for a year, time or edition; "day|voyage" for a day of a trip. */
  key: string;
  /** The ordinal and what it counts, as written ("ninth year", "fourth day of the voyage"). */
  text: string;
  /** The trip or event a day belongs to, as written ("voyage"), for the fact's wording. */
  of?: string;
  /** What is counted within a year, as written ("walkout" in "the second walkout of 2026"). */
  inYear?: string;
  /** What is counted back to a past point, as written ("outage" in "its second major outage since March"). */
  countedBack?: string;
  /** People counted by what they did, as written after the ordinal ("manager to leave"). */
  doing?: string;
  /** The run, as written after the ordinal ("straight defeat" in "a sixth straight defeat"). */
  streak?: string;
  /** Word families of the sentence's other nouns, names and verbs: what the ordinal is said of. */
  context: Set<string>;
}

const ordinalWords = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ].map((word, index) => [word, index + 1]),
);
// "for the ninth time", "in its ninth year", "the ninth edition": one count of stagings, however named.
const stagingWords = new Set(['time', 'year', 'edition', 'staging']);
// "the fourth day of the voyage", "the second week of the strike".
const spanWords = new Set(['day', 'week', 'night', 'month']);

/** Every ordinal in a sentence that counts stagings or the days of something. */
export function findOrdinals(sentence: ArticleSentence): OrdinalMention[] {
  const tokens = sentence.tokens;
  const found: OrdinalMention[] = [];
  tokens.forEach((token, index) => {
    const value = ordinalValue(token);
    const noun = tokens[index + 1];
    if (value === undefined || !noun) return;
    const before = tokens[index - 1]?.lower ?? '';
    let key: string | undefined;
    let last = index + 1;
    let of: string | undefined;
    let inYear: string | undefined;
    let countedBack: string | undefined;
    let streak: string | undefined;
    let doing: string | undefined;
    const run = streakAt(tokens, index);
    // "for the first time" is said of anything at all; a staging counts from the second.
    if (stagingWords.has(noun.lower) && value > 1) {
      // "its ninth year", "the ninth time": not "a second time" (again) nor "the third year running" (a record).
      const owned = ['its', 'their', 'the'].includes(before);
      if (!owned || (noun.lower === 'year' && before === 'the') || tokens[index + 2]?.lower === 'running') return;
      key = 'staging';
    } else if (value > 1 && noun.pos === 'NOUN' && !periodWords.has(noun.lower) && inPeriod(tokens, index + 2)) {
      // "the second walkout of 2026", "the third strike this year": a staging counted within a year.
      key = 'staging';
      inYear = noun.lower;
    } else if (run !== undefined && value > 1) {
      // "a sixth straight defeat", "the fifth consecutive quarter of growth": how long a run has lasted.
      const counted = tokens[run];
      if (!counted?.sense) return;
      key = `streak|${counted.sense}`;
      last = run;
      streak = sentence.lineText.slice(tokens[index + 1]?.start, counted.end).toLowerCase();
    } else if (countedSince(tokens, index) !== undefined) {
      // "its second major outage since March", "the first fatal crash on the road in ten years": one count of
      // incidents back to a past point, whichever point each article counts from.
      last = countedSince(tokens, index) ?? last;
      const counted = tokens[last];
      if (!counted?.sense) return;
      key = `since|${counted.sense}`;
      countedBack = counted.lower;
      const verb = doneBy(tokens, last);
      if (verb !== undefined) doing = sentence.lineText.slice(counted.start, tokens[verb]?.end).toLowerCase();
    } else if (spanWords.has(noun.lower) && tokens[index + 2]?.lower === 'of') {
      // "the fourth day of the voyage": the trip a day belongs to, past its determiner.
      const at = tokens[index + 3]?.pos === 'DET' ? index + 4 : index + 3;
      const trip = tokens[at];
      if (!trip || trip.pos !== 'NOUN' || !trip.sense) return;
      key = `${noun.lower}|${trip.sense}`;
      last = at;
      of = trip.text;
    }
    if (!key) return;
    const own = (at: number): boolean => at >= index && at <= last;
    found.push({
      sentence,
      value,
      key,
      text: sentence.lineText.slice(token.start, tokens[last]?.end),
      ...(of ? { of } : {}),
      ...(inYear ? { inYear } : {}),
      ...(countedBack ? { countedBack } : {}),
      ...(streak ? { streak } : {}),
      ...(doing ? { doing } : {}),
      context: contextOf(tokens, own),
    });
  });
  return found;
}

// "sixth straight defeat", "fifth consecutive quarter", "third successive home win": the ordinal, a word that makes
// it a run, up to two adjectives, then the noun counted. The noun's index.
const runWords = new Set(['straight', 'consecutive', 'successive']);
function streakAt(tokens: readonly Token[], index: number): number | undefined {
  if (!runWords.has(tokens[index + 1]?.lower ?? '')) return undefined;
  let at = index + 2;
  while (tokens[at]?.pos === 'ADJ' && at <= index + 3) at += 1;
  return tokens[at]?.pos === 'NOUN' ? at : undefined;
}

// "second major outage since March", "first fatal crash in ten years": the ordinal, up to two adjectives, the noun
// counted, then "since" or a span of years back ("in ten years", "in more than a decade"). The noun's index.
function countedSince(tokens: readonly Token[], index: number): number | undefined {
  let at = index + 1;
  while (tokens[at]?.pos === 'ADJ' && at <= index + 2) at += 1;
  const noun = tokens[at];
  if (noun?.pos !== 'NOUN' || stagingWords.has(noun.lower) || periodWords.has(noun.lower)) return undefined;
  // "the fourth manager to leave since the takeover", "the third minister to resign": people counted by what they
  // did, back to a point told or not.
  if (doneBy(tokens, at) !== undefined) return at;
  // "the first fatal crash on the stretch in ten years": a place may stand before the span.
  let after = at + 1;
  if (['on', 'at'].includes(tokens[after]?.lower ?? '')) {
    const end = tokens.findIndex((token, i) => i > after && i <= after + 4 && /^(?:since|in|for)$/.test(token.lower));
    if (end > 0) after = end;
  }
  const next = tokens[after]?.lower;
  if (next === 'since') return at;
  if (next !== 'in' && next !== 'for') return undefined;
  const span = tokens.slice(after + 1, after + 5).map((token) => token.lower);
  return span.some((word) => /^(?:years|decades|decade)$/.test(word)) ? at : undefined;
}

// "manager to leave", "chief executive to quit": the verb's index after a person's noun.
function doneBy(tokens: readonly Token[], noun: number): number | undefined {
  return tokens[noun + 1]?.lower === 'to' && tokens[noun + 2]?.pos === 'VERB' ? noun + 2 : undefined;
}

// Parts of a year, counted in order whatever happens in them: "the second quarter of 2026".
const periodWords = new Set(['quarter', 'half', 'month', 'week', 'day', 'round', 'place']);

// "of 2026", "this year", "so far this year".
function inPeriod(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower === 'of') return /^(?:19|20)\d\d$/.test(tokens[at + 1]?.text ?? '');
  return tokens[at]?.lower === 'this' && tokens[at + 1]?.lower === 'year';
}

/** The place an ordinal names, in words or digits: 3 for "third" and for "3rd". */
export function ordinalValue(token: Token): number | undefined {
  const word = ordinalWords.get(token.lower);
  if (word !== undefined) return word;
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(token.lower);
  return digits ? Number(digits[1]) : undefined;
}

// What a sentence speaks of: its nouns, names and verbs, not the ordinal's own words nor who said it.
function contextOf(tokens: readonly Token[], own: (at: number) => boolean): Set<string> {
  const context = new Set<string>();
  tokens.forEach((token, at) => {
    if (own(at) || !token.sense || !['NOUN', 'PROPN', 'VERB'].includes(token.pos)) return;
    if (token.pos === 'VERB' && (isReportingVerb(token.sense) || token.lemma === 'be' || token.lemma === 'have')) {
      return;
    }
    context.add(token.sense);
  });
  return context;
}

/** Ordinals the articles give for one count, one finding per count told by two articles or more. */
export function findOrdinalFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byKey = new Map<string, OrdinalMention[]>();
  for (const sentence of sentences) for (const mention of findOrdinals(sentence)) pushTo(byKey, mention.key, mention);
  const findings: FactFinding[] = [];
  for (const mentions of byKey.values()) {
    const byFile = new Map<string, OrdinalMention[]>();
    for (const mention of mentions) pushTo(byFile, mention.sentence.file, mention);
    const onePerArticle = [...byFile.values()]
      .filter((own) => new Set(own.map((mention) => mention.value)).size === 1)
      .map((own) => own[0] as OrdinalMention);
    // Said of something in common with another article's ordinal: "the festival", "the first cases". A count of
    // incidents back in time names its own thing ("outage"), whoever each article says had it.
    const group = onePerArticle
      .filter((mention) =>
        onePerArticle.some(
          (other) => other !== mention && (mention.countedBack !== undefined || sharesContext(mention, other)),
        ),
      )
      .sort((a, b) => a.sentence.order - b.sentence.order);
    const lead = group[0];
    if (!lead || group.length < 2) continue;
    findings.push(
      ...findingsFor(group, {
        kind: 'number',
        fact: describe(lead, group),
        compare: (a, b) => (a.value === b.value ? 'same' : 'different'),
        refOf,
        reasonsFor: (a, b) => [
          `one count: ${a.text} / ${b.text}`,
          `said of the same: ${[...a.context].filter((sense) => b.context.has(sense)).join(', ')}`,
        ],
      }),
    );
  }
  return findings;
}

function sharesContext(a: OrdinalMention, b: OrdinalMention): boolean {
  for (const sense of a.context) if (b.context.has(sense)) return true;
  return false;
}

function describe(lead: OrdinalMention, group: readonly OrdinalMention[]): string {
  if (lead.of) return `Which ${lead.key.split('|')[0] ?? 'day'} of the ${lead.of} it was`;
  const inYear = group.find((mention) => mention.inYear)?.inYear;
  if (inYear) return `Which ${inYear} of the year this is`;
  // "Which manager to leave this is": any one article's wording, as the ordinal answers it.
  const doing = group.find((mention) => mention.doing)?.doing;
  if (doing) return `Which ${doing} this is`;
  if (lead.countedBack) return `Whether this is the first such ${lead.countedBack} in a while, or one of several`;
  // "Which straight defeat this was": the ordinal answers it, whatever the noun's plural.
  if (lead.streak) return `Which ${lead.streak} this was`;
  // "Which year or edition of the festival this is": the thing every sentence names, if one does.
  const shared = lead.sentence.tokens.find(
    (token) => token.pos === 'NOUN' && group.every((mention) => mention.context.has(token.sense)),
  );
  return `Which year or edition ${shared ? `of the ${shared.lower} ` : ''}this is`;
}

function refOf(mention: OrdinalMention): LineRef {
  return { file: mention.sentence.file, line: mention.sentence.line, text: mention.text };
}

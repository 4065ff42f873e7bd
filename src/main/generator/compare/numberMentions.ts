import { hyphenJoins, type ArticleSentence, type Token } from './lineTokens.ts';
import { readNumeral } from './numberWords.ts';
import { hedgeAfter, hedgeBefore, type Hedge } from './hedges.ts';
import {
  countedSense,
  countsPeople,
  currencyAfter,
  currencyOfSymbol,
  fateNear,
  fateOfWord,
  jobLossAfter,
  jobUnit,
  peopleUnit,
  percentAfter,
  postAsJob,
} from './numberUnits.ts';
import { isCalendarWord } from '../calendarWords.ts';
import { readShare } from './shareWords.ts';
import { findQuotations } from './quoteMentions.ts';
import { durationAt, minutesInUnit } from './durations.ts';
import { spelledSpanAt } from './spelledSpans.ts';

const pointAfter = new Set(['ago']);
import { scoreLineAt, type ScoreLine } from './scoreLines.ts';
import { readStopwatch } from './performanceTimes.ts';
import { repeatCountAt } from './repeatCounts.ts';
import { periodAt } from './ratePeriods.ts';
import { elidedAfterOther, givenAfterOther, isEstimateVerb, isPlaceholder, subjectOfPassive } from './figureSources.ts';
import { senseFamily } from './wordFamily.ts';
import { agedThingAmong } from './thingAges.ts';
import { isClauseBreak } from './eventSubject.ts';
import { distanceWords } from './measuredThing.ts';
import { markBreakdowns } from './breakdowns.ts';
import { countsSeriouslyInjured, seriouslyInjured } from './injurySeverity.ts';
import {
  degreesOfWeather,
  measureAt,
  measureKey,
  startsMeasure,
  toBase,
  writtenStep,
  type MeasureAt,
} from './measureUnits.ts';

// A figure in a sentence with what it counts: "up to 130,000 troops", "$4 million", "3.5%". Years, dates, times,
// parts of names ("Group of 20", "Article 5") and references such as "the two countries" are not figures.

export interface NumberMention {
  sentence: ArticleSentence;
  /** The value as written, an exact substring of the line: hedge, currency and figure ("up to 130,000"). */
  text: string;
  start: number;
  end: number;
  low: number;
  high: number;
  roundedTo: number;
  decimals: number;
  hedge: Hedge;
  /** Comparison key: what is counted ("troop", "$", "percent", "killed", "word:statem"). */
  unit: string;
  /** Token indexes of the counted noun phrase ("Russian troops"), for the fact's description. */
  unitFirst: number;
  unitLast: number;
  /** Token indexes of the value as written (hedge to currency). */
  valueFirst: number;
  valueLast: number;
  /** Token indexes spanning the value and its unit. */
  first: number;
  last: number;
  /**
   * For a measure ("65 m", "60mph"): the unit as written, its size in base units, the figure in that unit, and the
   * step it was written to, in base units.
   */
  measure?: { name: string; factor: number; written: number; step: number };
  /** The period a rate is told per ("$8 a month"), if any: two rates are compared per year (`ratePeriods.ts`). */
  period?: { name: string; perYear: number };
  /** For a score line ("9-5", "nine votes to five"): the two figures; `low` and `high` hold their sum. */
  tally?: readonly [number, number];
  /** For a span of time: minutes in the unit it was written in ("months": 43,200), as months and years convert loosely. */
  spanUnit?: number;
  /** For a share told in words ("a fifth", "one in five"): its value; `low` and `high` are the range it fits. */
  share?: number;
}

const determiners = new Set([
  'the',
  'these',
  'those',
  'both',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'my',
  'your',
]);
const possessiveCount = new Set(['the', 'its', 'their']);
// Words a number names one of: "phase 3", "stage 4", "category 5", "level 2", "round 2", "article 5".
const labelWords = new Set([
  'phase',
  'stage',
  'step',
  'level',
  'grade',
  'tier',
  'category',
  'class',
  'round',
  'article',
  'section',
  'chapter',
  'clause',
  'paragraph',
  'amendment',
  'gate',
  'platform',
  'terminal',
  'ward',
  'room',
  'floor',
  'zone',
  'lane',
  'route',
  'runway',
  'page',
  'number',
  'no',
  'no.',
  'exit',
  'junction',
]);
const yearLeads = new Set([
  'in',
  'since',
  'until',
  'by',
  'from',
  'of',
  'the',
  "'s",
  '’s',
  'early',
  'late',
  'mid',
  'during',
  'before',
  'after',
  'through',
]);

/**
 * Every comparable figure in one sentence. A figure inside a quotation is the speaker's words and is compared
 * with the quotation, not as the outlet's own figure.
 */
export function findNumberMentions(
  sentence: ArticleSentence,
  earlier?: NumberMention,
  lastThing?: NumberMention,
): NumberMention[] {
  const tokens = sentence.tokens;
  const mentions: NumberMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const thing = mentions.findLast((mention) => countsAThing(mention.unit)) ?? lastThing;
    const mention = readMention(sentence, index, mentions.at(-1) ?? earlier, thing);
    if (!mention) continue;
    index = Math.max(index, mention.last);
    if (quotationsOf(sentence).some((quote) => quote.start <= mention.start && quote.end >= mention.end)) continue;
    mentions.push(withSeverity(tokens, asCallsMade(tokens, mention)));
  }
  return markBreakdowns(tokens, mentions, partUnit, isPart);
}

// "called 999 twice", "rang 999 four times": the times a line was called are the calls made, as "two 999 calls"
// counts them.
const callsUnit = senseFamily('call');
function asCallsMade(tokens: Token[], mention: NumberMention): NumberMention {
  if (mention.unit !== timesUnit) return mention;
  const line = mention.valueFirst - 1;
  if (!isPhoneLine(tokens, line, line) || !dialVerbs.has(tokens[line - 1]?.lemma ?? '')) return mention;
  return { ...mention, unit: callsUnit };
}

// "six of them with serious injuries", "Two people are in a critical condition": a count of the badly hurt.
// "taken 14 to hospital, two of whom remained in a serious condition": the badly hurt among those counted before.
function withSeverity(tokens: Token[], mention: NumberMention): NumberMention {
  const injured = [injuredUnit, hospitalisedUnit].some(
    (unit) => unit !== undefined && (mention.unit === unit || mention.unit === partUnit(unit)),
  );
  if (!injured && mention.unit !== anyPeople) return mention;
  if (!countsSeriouslyInjured(tokens, mention.valueLast, injured)) return mention;
  return { ...mention, unit: seriouslyInjured };
}

/**
 * The figures of each sentence, in order. A paragraph may give one source's figure, then another's ("Police
 * estimated about 1,200 people. Organisers put the figure at 2,500."): each sentence is read knowing the last
 * figure of its line so far.
 */
export function mentionsBySentence(sentences: readonly ArticleSentence[]): NumberMention[][] {
  let lastOfLine: { file: string; line: number; mention: NumberMention } | undefined;
  let lastThing: NumberMention | undefined;
  return sentences.map((sentence) => {
    const sameLine = lastOfLine?.file === sentence.file && lastOfLine.line === sentence.line;
    if (lastThing?.sentence.file !== sentence.file) lastThing = undefined;
    const found = findNumberMentions(sentence, sameLine ? lastOfLine?.mention : undefined, lastThing);
    const last = found.at(-1);
    if (last) lastOfLine = { file: sentence.file, line: sentence.line, mention: last };
    lastThing = found.findLast((mention) => countsAThing(mention.unit)) ?? lastThing;
    return found;
  });
}

// A count of people or things themselves, not of what befell them ("38 died"): what a later bare subject counts.
function countsAThing(unit: string): boolean {
  return countsPeopleOrThings(unit) && fateOfWord(unit) === undefined;
}

// Sentences of one line come one after another: the line's quotations are found once.
let quotedLine: { text: string; quotes: ReturnType<typeof findQuotations> } | undefined;
function quotationsOf(sentence: ArticleSentence): ReturnType<typeof findQuotations> {
  if (quotedLine?.text !== sentence.lineText) {
    quotedLine = { text: sentence.lineText, quotes: findQuotations(sentence.file, sentence.line, sentence.lineText) };
  }
  return quotedLine.quotes;
}

function readMention(
  sentence: ArticleSentence,
  index: number,
  earlier?: NumberMention,
  lastThing?: NumberMention,
): NumberMention | undefined {
  const tokens = sentence.tokens;
  const scoreLine = scoreLineAt(tokens, index);
  if (scoreLine) return tallyMention(sentence, scoreLine);
  const oneWord = stopwatchMention(sentence, index) ?? repeatMention(sentence, index);
  if (oneWord) return oneWord;
  const symbolCurrency = currencyOfSymbol(tokens[index]);
  // "from £6,200": the figure after a currency sign is read with the sign or not at all.
  if (!symbolCurrency && currencyOfSymbol(tokens[index - 1])) return undefined;
  const figureAt = symbolCurrency ? index + 1 : index;
  const share = symbolCurrency ? undefined : readShare(tokens, figureAt);
  const partOfHour = symbolCurrency ? undefined : partOfAnHour(tokens, figureAt);
  const spelledSpan = symbolCurrency || share || partOfHour ? undefined : spelledSpanAt(tokens, figureAt);
  const signed = share || partOfHour || spelledSpan ? undefined : signedNumeral(tokens, figureAt);
  const numeral =
    share ??
    partOfHour ??
    spelledSpan?.numeral ??
    readNumeral(tokens, figureAt) ??
    signed ??
    fractionOfMeasure(tokens, figureAt) ??
    oneOfADistance(tokens, figureAt) ??
    theOnlyOne(tokens, figureAt);
  if (!numeral) return undefined;
  // "a 65-meter crane", "one mile", "half a mile": a measure is a figure, however small or however written.
  const measured = symbolCurrency ? undefined : measureAt(tokens, numeral.last + 1);
  // "One" is a figure only as a count of people with a fate ("one man was arrested", "arrested one person"):
  // elsewhere it is "one of", "one day", a pronoun.
  const loneOne = numeral.spelled && numeral.low === 1 && numeral.high === 1;
  if (
    !share &&
    !partOfHour &&
    !spelledSpan &&
    symbolCurrency === undefined &&
    !(measured && numeral.spelled) &&
    !(loneOne && fateOfOnePerson(tokens, figureAt, numeral.last)) &&
    isNotAFigure(tokens, figureAt, numeral.last, numeral.spelled, numeral.low)
  ) {
    return undefined;
  }

  const before = hedgeBefore(tokens, symbolCurrency ? index : figureAt);
  if (isEarlierValue(tokens, before.first) || isDifference(tokens, numeral.last)) return undefined;
  let last = numeral.last;
  let high = numeral.high;
  let valueFirstIndex = before.first;
  // "between 10 and 12 people" is one range; so is "aged 18 to 65", where "to" cannot be a change.
  const between = tokens[before.first - 1]?.lower === 'between' && tokens[last + 1]?.lower === 'and';
  const agedTo = tokens[before.first - 1]?.lower === 'aged' && tokens[last + 1]?.lower === 'to';
  if (between || agedTo) {
    const upper = readNumeral(tokens, last + 2);
    if (upper) {
      high = upper.high;
      last = upper.last;
      valueFirstIndex = between ? before.first - 1 : before.first;
    }
  }
  // "six to eight weeks", "20 to 30 million pounds": a bare figure running on "to" a higher one is a range, in the
  // unit and scale the higher one gives.
  const range = between || agedTo ? undefined : rangeTo(tokens, numeral);
  if (range) {
    high = range.high;
    last = range.last;
  }
  const low = range ? numeral.low * range.scale : numeral.low;
  let currency = symbolCurrency;
  let unit: string | undefined;
  const percent = share ? last : percentAfter(tokens, last + 1);
  const measuredAfter = symbolCurrency ? undefined : (measureAt(tokens, last + 1) ?? weatherDegrees(tokens, last + 1));
  const measure = percent === undefined && measuredAfter ? withConversion(tokens, measuredAfter) : undefined;
  // "-9C", "minus 11C", "minus nine degrees": below zero only a temperature is told; another figure with a minus
  // ("-5%") is a change, not compared here.
  const temperature = measure?.unit.dimension === 'temperature';
  if (numeral === signed && !temperature) return undefined;
  const minusWord = temperature && tokens[valueFirstIndex - 1]?.lower === 'minus';
  if (minusWord) valueFirstIndex -= 1;
  const sign = temperature && (numeral === signed || minusWord) ? -1 : 1;
  if (percent !== undefined) {
    unit = 'percent';
    last = percent;
  } else if (!measure) {
    const named = currencyAfter(tokens, last + 1);
    if (named) {
      currency = currency ?? named.currency;
      last = named.last;
    }
  }
  let hedge = before.hedge;
  const after = hedgeAfter(tokens, last);
  if (after && hedge === 'none') hedge = after.hedge;

  const valueFirst = valueFirstIndex;
  const valueLast = after ? after.last : last;
  let unitFirst = valueLast + 1;
  let unitLast = valueLast;
  // Minutes in the unit a span of time is told in; its figure is compared in minutes.
  let spanUnit: number | undefined;
  const duration = currency || unit ? undefined : durationAt(tokens, valueFirst, valueLast);
  if (measure) {
    unit = measureKey(measure.unit.dimension);
    unitFirst = measure.first;
    unitLast = measure.last;
  } else if (currency) {
    unit = `money:${currency}`;
  } else if (duration) {
    unit = duration.unit;
    unitFirst = duration.first;
    unitLast = duration.last;
    spanUnit = duration.minutes;
  } else if (!unit) {
    const counted =
      countedNoun(tokens, valueLast, valueFirst) ??
      (countsAsBefore(sentence, valueFirst, valueLast, earlier)
        ? { unit: borrowedUnit(earlier) ?? '', first: valueFirst, last: valueLast }
        : undefined) ??
      partOfEarlier(tokens, valueLast, earlier) ??
      (lastThing && subjectOfPassive(tokens, valueFirst, valueLast)
        ? { unit: lastThing.unit, first: valueFirst, last: valueLast }
        : undefined);
    if (!counted || counted.unit === ageOfThing) return undefined;
    unit = counted.unit;
    unitFirst = counted.first;
    unitLast = counted.last;
    if (counted.scale !== undefined) spanUnit = counted.scale;
    // "about eight minutes" / "around a quarter of an hour", "36 hours" / "two days", "48 months" / "four years": a
    // span counted in any unit of time is one measure, compared in minutes. An age in years is not a span.
    // Not "4.1 fewer migraine days" (a count of days) nor "over 50 years old" (an age).
    const span =
      counted.first === valueLast + 1 &&
      counted.last === valueLast + 1 &&
      counted.unit !== ageUnit &&
      tokens[counted.last + 1]?.lower !== 'old';
    const minutes = span ? minutesInUnit(tokens[counted.last]?.text) : undefined;
    if (minutes !== undefined) {
      unit = timeSpan;
      spanUnit = minutes;
    }
  }

  // "opened two years ago": a point in time, told by the dates finder, not a figure. Not "six hours later", which
  // often tells how long something took ("refloated nearly six hours later").
  if (minutesInUnit(tokens[unitLast]?.text) !== undefined && pointAfter.has(tokens[unitLast + 1]?.lower ?? '')) {
    return undefined;
  }
  const head = tokens[valueFirst];
  // "$96 a year", "$2.3m annually", "eight migraine days a month": a rate, shown with its period if it follows the
  // figure itself.
  const period = measure || duration ? undefined : periodAt(tokens, Math.max(valueLast, unitLast) + 1);
  const periodShown = period && currency && unitLast <= valueLast;
  const tail = tokens[periodShown ? period.last : valueLast];
  if (!head || !tail) return undefined;
  const start = head.start;
  // A measure is shown with its unit: "60" alone says nothing beside "45 knots".
  const shownTail =
    (spelledSpan && tokens[spelledSpan.last]) ||
    (measure && tokens[Math.max(valueLast, measure.last)]) ||
    ((unit === timeSpan || partOfHour) && tokens[Math.max(unitLast, valueLast + 1)]) ||
    (duration && tokens[duration.timeAt]) ||
    // "eight-month-old": an age in a smaller unit is shown with it.
    (unit === ageUnit && spanUnit !== undefined && tokens[unitLast]) ||
    tail;
  // "65 m.", "£28m." at the end of a sentence: the full stop is not the unit's.
  const end = shownTail.end - (/^\p{L}{1,2}\.$/u.test(shownTail.text) ? 1 : 0);
  const scale = spanUnit ?? 1;
  const values = measure
    ? {
        low: sign < 0 ? toBase(-high, measure.unit) : toBase(low, measure.unit),
        high: sign < 0 ? toBase(-low, measure.unit, true) : toBase(high, measure.unit, true),
        roundedTo: numeral.roundedTo * measure.unit.factor,
        measure: {
          name: measure.unit.name,
          factor: measure.unit.factor,
          written: sign * low,
          step: writtenStep(low) * measure.unit.factor,
        },
      }
    : share
      ? hedgedShare(low, high, hedge)
      : { low: low * scale, high: high * scale, roundedTo: numeral.roundedTo * scale };
  return {
    sentence,
    text: sentence.lineText.slice(start, end),
    start,
    end,
    ...values,
    decimals: numeral.decimals,
    hedge,
    unit,
    unitFirst,
    unitLast,
    valueFirst,
    valueLast,
    first: Math.min(valueFirst, unitFirst),
    // A part's whole has a figure of its own ("60 of the region's 140 dams"), still to be read.
    last: isPart(unit)
      ? valueLast
      : Math.max(valueLast, unitLast, periodShown ? period.last : valueLast, spelledSpan?.last ?? valueLast),
    ...(period ? { period: { name: period.name, perYear: period.perYear } } : {}),
    ...(share ? { share: (share.low + share.high) / 2 } : {}),
    ...(spanUnit !== undefined ? { spanUnit } : {}),
  };
}

// "just over a quarter" fits 27%, "well over half" fits 60%, "nearly a third" 31%: a hedge widens a share's range
// the way it would let a figure stand a little past its bound.
function hedgedShare(low: number, high: number, hedge: Hedge): { low: number; high: number; roundedTo: number } {
  const widen = (by: number) => Math.round(by * 10) / 10;
  if (hedge === 'about') return { low: widen(low * 0.9), high: widen(high * 1.1), roundedTo: 0 };
  if (hedge === 'at least') return { low, high: widen(high * 1.15), roundedTo: 0 };
  if (hedge === 'at most') return { low: widen(low * 0.85), high, roundedTo: 0 };
  return { low, high, roundedTo: 0 };
}

/** Score lines share one unit: a vote or a match is told by its result, whatever each side's share is called. */
export const tallyUnit = 'tally';

function tallyMention(sentence: ArticleSentence, line: ScoreLine): NumberMention | undefined {
  const head = sentence.tokens[line.first];
  const tail = sentence.tokens[line.last];
  if (!head || !tail) return undefined;
  const total = line.score[0] + line.score[1];
  return {
    sentence,
    text: sentence.lineText.slice(head.start, tail.end),
    start: head.start,
    end: tail.end,
    low: total,
    high: total,
    roundedTo: 0,
    decimals: 0,
    hedge: 'none',
    unit: tallyUnit,
    unitFirst: line.noun ?? line.first,
    unitLast: line.noun ?? line.last,
    valueFirst: line.first,
    valueLast: line.last,
    first: line.first,
    last: line.last,
    tally: line.score,
  };
}

/** The unit of a span of time, whatever unit it is told in: "36 hours" and "two days" are one measure. */
export const timeSpan = 'time:span';
/** The unit of a time on a stopwatch ("3:57.84"), in seconds. */
export const stopwatchTime = 'time:stopwatch';

// "a national record of 3:57.84", "won in 2:04:39": one token, read as seconds at the precision written.
function stopwatchMention(sentence: ArticleSentence, index: number): NumberMention | undefined {
  const token = sentence.tokens[index];
  const read = token && readStopwatch(token.text);
  if (!read) return undefined;
  return oneWordMention(sentence, index, stopwatchTime, read.seconds, {
    roundedTo: 10 ** -read.decimals,
    decimals: read.decimals,
  });
}

/** The unit "three times" is counted in, so "twice" meets it. */
const timesUnit = senseFamily('time');

// "wrote twice to the roads directorate": a count of times in one word (repeatCounts.ts).
function repeatMention(sentence: ArticleSentence, index: number): NumberMention | undefined {
  const value = repeatCountAt(sentence.tokens, index);
  return value === undefined
    ? undefined
    : oneWordMention(sentence, index, timesUnit, value, { roundedTo: 0, decimals: 0 });
}

// A figure and its unit in one token, with the hedge before it ("at least twice").
function oneWordMention(
  sentence: ArticleSentence,
  index: number,
  unit: string,
  value: number,
  precision: { roundedTo: number; decimals: number },
): NumberMention | undefined {
  const token = sentence.tokens[index];
  if (!token) return undefined;
  const hedge = hedgeBefore(sentence.tokens, index);
  const head = sentence.tokens[hedge.first] ?? token;
  return {
    sentence,
    text: sentence.lineText.slice(head.start, token.end),
    start: head.start,
    end: token.end,
    low: value,
    high: value,
    ...precision,
    hedge: hedge.hedge,
    unit,
    unitFirst: index,
    unitLast: index,
    valueFirst: hedge.first,
    valueLast: index,
    first: hedge.first,
    last: index,
  };
}

/** Years in one of the smaller units a baby's age is told in. */
const ageUnitsInYears: Readonly<Record<string, number>> = { month: 1 / 12, week: 7 / 365, day: 1 / 365 };

/** A person's age: years, but not a span of time to compare with other spans. */
export const ageUnit = 'age';
// "the 22-year-old tanker", "the 150-year-old oak": the age of a thing, which thingAges.ts tells, never a person's.
const ageOfThing = 'age of a thing';

// "half an hour", "a quarter of an hour", "three quarters of an hour": a part of an hour is a figure of minutes.
// "At least eight of the dead were calves", "two of the victims were children": a part of a group named by the
// plural noun after "were", which is what the figure counts.
function namedAfterBe(tokens: Token[], group: number): number | undefined {
  if (group < 0 || (tokens[group]?.pos !== 'NOUN' && fateOfWord(tokens[group]?.sense ?? '') === undefined)) {
    return undefined;
  }
  if (tokens[group + 1]?.lemma !== 'be') return undefined;
  let at = group + 2;
  while (tokens[at]?.pos === 'ADJ') at += 1;
  const noun = tokens[at];
  const plural = noun?.pos === 'NOUN' && noun.lower !== noun.lemma && noun.sense !== '';
  return plural && tokens[at + 1]?.pos !== 'NOUN' ? at : undefined;
}

// "six to eight weeks", "20 to 30 million": the higher figure after "to", and the scale ("million") it shares with
// the bare one before. A figure running down ("won 3 to 1") is no range.
const scales = new Set([1, 1e3, 1e6, 1e9]);
function rangeTo(
  tokens: Token[],
  numeral: NonNullable<ReturnType<typeof readNumeral>>,
): { high: number; last: number; scale: number } | undefined {
  if (tokens[numeral.last + 1]?.lower !== 'to') return undefined;
  const upper = readNumeral(tokens, numeral.last + 2);
  const bare = readNumeral(tokens.slice(numeral.last + 2, numeral.last + 3), 0);
  if (!upper || !bare || bare.low <= 0) return undefined;
  const scale = upper.last > numeral.last + 2 ? upper.low / bare.low : 1;
  if (!scales.has(scale) || numeral.low * scale >= upper.low) return undefined;
  return { high: upper.high, last: upper.last, scale };
}

function partOfAnHour(tokens: Token[], at: number): ReturnType<typeof readNumeral> {
  const words = [0, 1, 2, 3, 4].map((step) => tokens[at + step]?.lower ?? '');
  const hourAt = (offset: number): boolean => minutesInUnit(tokens[at + offset]?.text) === 60;
  const an = (word: string): boolean => word === 'a' || word === 'an';
  const part = (value: number, last: number) => ({
    low: value,
    high: value,
    first: at,
    last,
    roundedTo: 0,
    decimals: 0,
    spelled: true,
  });
  if (words[0] === 'half' && an(words[1] ?? '') && hourAt(2)) return part(0.5, at + 1);
  if (an(words[0] ?? '') && words[1] === 'quarter' && words[2] === 'of' && an(words[3] ?? '') && hourAt(4)) {
    return part(0.25, at + 3);
  }
  if (
    words[0] === 'three' &&
    /^quarters?$/.test(words[1] ?? '') &&
    words[2] === 'of' &&
    an(words[3] ?? '') &&
    hourAt(4)
  ) {
    return part(0.75, at + 3);
  }
  return undefined;
}

// "half a mile", "half a metre": a fraction is a figure only before a unit of measure.
function fractionOfMeasure(tokens: Token[], at: number): ReturnType<typeof readNumeral> {
  const article = tokens[at + 1]?.lower;
  if (tokens[at]?.lower !== 'half' || (article !== 'a' && article !== 'an') || !startsMeasure(tokens, at + 2)) {
    return undefined;
  }
  return { low: 0.5, high: 0.5, first: at, last: at + 1, roundedTo: 0, decimals: 0, spelled: true };
}

// "about a mile west of the market place", "nearly a kilometre from the shore": "a" is one of a distance when a
// hedge stands before it or a direction after it. Not in "a mile-long queue" or "a metre of snow".
function oneOfADistance(tokens: Token[], at: number): ReturnType<typeof readNumeral> {
  const article = tokens[at]?.lower;
  if (article !== 'a' && article !== 'an') return undefined;
  const measure = measureAt(tokens, at + 1);
  if (!measure || measure.unit.dimension !== 'length' || measure.first !== at + 1) return undefined;
  const hedged = hedgeBefore(tokens, at).hedge !== 'none';
  if (!hedged && !distanceWords.has(tokens[measure.last + 1]?.lower ?? '')) return undefined;
  return { low: 1, high: 1, first: at, last: at, roundedTo: 0, decimals: 0, spelled: true };
}

// "She was the only person taken to hospital" / "Two of the injured were taken to hospital": one person, told as
// the only one. Read as a figure only where something befell that person, as "one man was arrested" is.
function theOnlyOne(tokens: Token[], at: number): ReturnType<typeof readNumeral> {
  if (tokens[at]?.lower !== 'the' || tokens[at + 1]?.lower !== 'only') return undefined;
  const noun = tokens[at + 2];
  if (!noun || noun.pos !== 'NOUN' || noun.lower.endsWith('s')) return undefined;
  return { low: 1, high: 1, first: at, last: at + 1, roundedTo: 0, decimals: 0, spelled: true };
}

// "65-meter (213-foot)", "60mph (97km/h)": a figure converted in brackets is the same value said twice, and is
// read with it, not as a figure of its own.
// "-9C", "-14°C": the tokenizer keeps the minus on the digits.
function signedNumeral(tokens: Token[], index: number): ReturnType<typeof readNumeral> {
  const token = tokens[index];
  if (!token || !/^[-−]\d/u.test(token.text)) return undefined;
  const unsigned = [...tokens];
  unsigned[index] = { ...token, text: token.text.slice(1), kind: 'number' };
  return readNumeral(unsigned, index);
}

const weatherWords = new Set(['temperature', 'temperatures', 'thermometer', 'cold', 'freezing', 'heat', 'heatwave']);

// "fell to minus nine degrees", "as temperatures hit 40 degrees": degrees without a scale, of the weather.
function weatherDegrees(tokens: Token[], at: number): MeasureAt | undefined {
  if (!degreesOfWeather || !/^degrees?$/.test(tokens[at]?.lower ?? '')) return undefined;
  const minus = tokens.slice(Math.max(0, at - 4), at).some((token) => token.lower === 'minus');
  if (!minus && !tokens.some((token) => weatherWords.has(token.lower))) return undefined;
  return { unit: degreesOfWeather, first: at, last: at };
}

function withConversion(tokens: Token[], measure: MeasureAt): MeasureAt {
  if (tokens[measure.last + 1]?.text !== '(') return measure;
  const converted = readNumeral(tokens, measure.last + 2);
  const unit = converted && measureAt(tokens, converted.last + 1);
  if (!unit || unit.unit.dimension !== measure.unit.dimension || tokens[unit.last + 1]?.text !== ')') return measure;
  return { ...measure, last: unit.last + 1 };
}

function fateOfOnePerson(tokens: Token[], first: number, last: number): boolean {
  const noun = tokens[last + 1];
  if (!noun || noun.pos !== 'NOUN' || !countsPeople(countedSense(noun))) return false;
  return fateNear(tokens, last + 1, first - 3, last + 8) !== undefined;
}

// Years, times, dates, parts of names and back-references are written with digits or number words too.
function isNotAFigure(tokens: Token[], first: number, last: number, spelled: boolean, value: number): boolean {
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  if (spelled && value < 2) return true;
  // "the two countries" points back; "her eight-month-old son" gives an age. "The three dissenters", "its five
  // wards" still count them: from three on, "the", "its" and "their" point back to a number worth telling.
  const ageAfter = next?.text === '-' && tokens[last + 3]?.text === '-' && tokens[last + 4]?.lower === 'old';
  // The whole of a part ("three of the five wards") is read with the part.
  const countedBack = possessiveCount.has(previous?.lower ?? '') && value >= 3 && tokens[first - 2]?.lower !== 'of';
  if (spelled && value <= 10 && previous && determiners.has(previous.lower) && !ageAfter && !countedBack) return true;
  // "two of the five permanent seats": a partitive of a whole counted beside it; "two of the museum's cameras" is
  // a count of cameras.
  if (previous && isCalendarWord(previous.lower)) return true;
  if (next && isCalendarWord(next.lower)) return true;
  if (next && /^(a\.?m\.?|p\.?m\.?|gmt|utc|bst|est|hrs|o'clock)$/i.test(next.text)) return true;
  // wink cuts "7.42pm" into "7.4" and "2pm": a clock time, not a figure.
  if (next && !next.spaceBefore && /^\d+(?:[ap]\.?m\.?)$/i.test(next.text)) return true;
  const written = tokens[first]?.text ?? '';
  if (isPhoneLine(tokens, first, last)) return true;
  if (/^(1[89]\d\d|20\d\d)$/.test(written) && isYear(tokens, first)) return true;
  // "in 2025-26", "the 2024/25 season": a span of years, however it is read.
  if (/^(1[89]\d\d|20\d\d)[-–/]\d\d$/.test(written)) return true;
  // "a phase 2 trial", "stage 4 cancer", "a category 5 hurricane", "level 3 alert": a number after a word for a
  // step or a division names which one, like a name; it counts nothing.
  if (previous && labelWords.has(previous.lower) && !spelled) return true;
  // "Group of 20", "Article 5", "Boeing 737", "F-35"
  if (previous && !spelled && /^[A-Z]/.test(previous.text) && previous.pos === 'PROPN') return true;
  if (previous?.lower === 'of' && /^[A-Z]/.test(tokens[first - 2]?.text ?? '') && tokens[first - 2]?.pos === 'PROPN') {
    return true;
  }
  if (previous?.text === '-' && !tokens[first]?.spaceBefore && /^[A-Za-z]/.test(tokens[first - 2]?.text ?? '')) {
    return true;
  }
  return false;
}

// "two 999 calls", "called 999 four times", "Police on 101": an emergency or help line is a number to dial, not a
// count, and the calls made to it are counted by the figure beside it.
const phoneLines = new Set(['999', '911', '112', '111', '101', '000']);
const dialVerbs = new Set(['call', 'dial', 'ring', 'phone', 'text']);
const lineWords = new Set(['call', 'caller', 'operator', 'handler', 'line', 'service', 'dispatcher']);
function isPhoneLine(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || !phoneLines.has(tokens[first]?.text ?? '')) return false;
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  return (
    (previous !== undefined && (dialVerbs.has(previous.lemma) || previous.lower === 'on')) ||
    (next !== undefined && lineWords.has(next.lemma))
  );
}

function isYear(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1]?.lower ?? '';
  const next = tokens[at + 1];
  if (yearLeads.has(previous)) return true;
  // "A 2021 survey found corrosion": one thing cannot be counted in thousands; "a 2,000 crowd" has its comma.
  if ((previous === 'a' || previous === 'an') && next?.pos === 'NOUN' && !/s$/.test(next.lower)) return true;
  return !next || next.pos !== 'NOUN';
}

// "11 water stations, two more than last year", "three fewer than in 2024": a difference between two figures, not
// a count of the thing, which the article gives beside it.
function isDifference(tokens: Token[], last: number): boolean {
  return /^(?:more|fewer|less)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'than';
}

// "up from 30", "rose from 30 to 45", "cut its forecast from 2.1%": the earlier figure is history, not the outlet's
// claim. "From" alone is no change: "samples from seven batch codes", "pulls the jars from five grocers" count
// what they name. A figure running on "to" another ("from 30 to 45") is a change or a range, read as neither, and a
// price after "from" ("tickets from £49") is only where prices start.
function isEarlierValue(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'from') return false;
  if (tokens[first]?.kind === 'currency') return true;
  if (tokens.slice(first + 1, first + 4).some((token) => token.lower === 'to')) return true;
  // "lifted 312 coins from roughly 30cm below the surface": where a thing was taken from, not an earlier figure.
  if (tokens.slice(first + 1, first + 5).some((token) => positionWords.has(token.lower))) return false;
  for (let at = first - 2; at >= Math.max(0, first - 6); at -= 1) {
    const token = tokens[at];
    if (!token || isClauseBreak(token.text)) return false;
    if (changeWords.has(token.lemma) || changeWords.has(token.lower)) return true;
  }
  return false;
}
const positionWords = new Set(['below', 'beneath', 'under', 'underground', 'above', 'away', 'deep', 'offshore']);
const changeWords = new Set([
  'up',
  'down',
  'rise',
  'fall',
  'increase',
  'decrease',
  'reduce',
  'reduction',
  'cut',
  'raise',
  'lower',
  'climb',
  'drop',
  'grow',
  'jump',
  'slip',
  'revise',
  'lift',
  'trim',
  'go',
  'change',
  'shrink',
  'swell',
  'soar',
  'plunge',
  'plummet',
  'double',
  'halve',
  'upgrade',
  'downgrade',
  'move',
]);

/** The noun the figure counts: after it ("130,000 Russian troops"), or before it ("the toll rose to 45"). */
function countedNoun(
  tokens: Token[],
  valueLast: number,
  valueFirst: number,
): { unit: string; first: number; last: number; scale?: number } | undefined {
  const age = ageOf(tokens, valueFirst, valueLast);
  if (age) return age;
  // "almost 900 lose the job": the jobs lost are what is counted.
  const peopleAfter = countsPeople(tokens[valueLast + 1]?.sense ?? '') ? 1 : 0;
  const lostAfterFigure = jobLossAfter(tokens, valueLast + 1 + peopleAfter);
  if (lostAfterFigure) return { unit: lostAfterFigure.unit, first: valueLast + 1, last: lostAfterFigure.last };
  // "30 injured", "45 dead": the fate stands for the people counted; so it does in "40 were injured", "12 have
  // died", "three are missing".
  const fateAt = fateAfterAuxiliaries(tokens, valueLast + 1);
  const fate = fateAt === undefined ? undefined : fateOfWord(tokens[fateAt]?.sense ?? '');
  if (fate && fateAt !== undefined) return { unit: fate, first: valueLast + 1, last: fateAt };
  const later = fateOfDestination(tokens, valueLast + 1) ?? fateOfGroupMembers(tokens, valueLast + 1);
  if (later) return later;
  // "Seven of the injured were seriously hurt": the badly hurt among them, a count of its own. A part of the dead
  // or the injured told no further is no count of anything the other articles give.
  const ofFate = tokens[valueLast + 1]?.lower === 'of' && tokens[valueLast + 2]?.lower === 'the' ? valueLast + 3 : -1;
  if (fateOfWord(tokens[ofFate]?.sense ?? '') === injuredUnit && countsSeriouslyInjured(tokens, ofFate, true)) {
    return { unit: seriouslyInjured, first: valueLast + 1, last: ofFate };
  }
  const named = namedAfterBe(tokens, ofFate);
  if (named !== undefined) return { unit: tokens[named]?.sense ?? '', first: valueLast + 1, last: named };
  // "Six of the injured were taken to hospital": what befell a part of the hurt is counted like "six of them".
  const partFate = ofFate >= 0 && fateOfWord(tokens[ofFate]?.sense ?? '') !== undefined;
  const laterFate = partFate ? fateLaterInClause(tokens, valueLast + 1, ofFate + 1) : undefined;
  if (laterFate) return laterFate;
  // "5,000-word statement", "15-nation council": a measure of the thing that follows.
  const joiner = tokens[valueLast + 1];
  const measure = tokens[valueLast + 2];
  if (joiner?.text === '-' && !joiner.spaceBefore && measure && !measure.spaceBefore && measure.sense) {
    const thing = nounAfter(tokens, valueLast + 3);
    // "A five-strong gang", "a 12-strong crew": the people in it are counted, as in "a gang of four men".
    if (measure.lower === 'strong')
      return { unit: peopleUnit(senseFamily('people')), first: valueLast + 1, last: thing ?? valueLast + 2 };
    const thingSense = thing === undefined ? '' : (tokens[thing]?.sense ?? '');
    // Joined to its figure, the counted word is a noun whatever its tag: "a 52-flat block" counts homes.
    const counted = countedSense({ ...measure, pos: 'NOUN' });
    return { unit: `${counted}:${thingSense}`, first: valueLast + 1, last: thing ?? valueLast + 2 };
  }
  const after = nounAfter(tokens, valueLast + 1);
  const speed = after === undefined ? undefined : perHour(tokens, after);
  if (after !== undefined && speed !== undefined) {
    return { unit: `${tokens[after]?.sense ?? ''}/h`, first: valueLast + 1, last: speed };
  }
  if (after !== undefined) {
    const noun = tokens[after];
    // "60 of the region's 140 dams", "45 of the homes": a part, compared with parts ("Of the 140 dams, 61 ..."),
    // never with the whole. People are counted by what happened to them, part or not ("two of the workers died").
    const ofThe = tokens[valueLast + 1]?.lower === 'of' && tokens[valueLast + 2]?.lower === 'the';
    if (noun && (wholeCountedBefore(tokens, valueLast + 1, after) || (ofThe && !countsPeople(countedSense(noun))))) {
      return { unit: partUnit(peopleKey(tokens, countedSense(noun), after, valueFirst)), first: after, last: after };
    }
    // "nearly 3,800 letters of objection" counts the objections another outlet counts as "4,000-plus objections".
    const carried = carriedBy(tokens, after);
    if (carried !== undefined) {
      return { unit: countedSense(tokens[carried] as Token), first: valueLast + 1, last: carried };
    }
    if (noun)
      return { unit: peopleKey(tokens, countedSense(noun), after, valueFirst), first: valueLast + 1, last: after };
  }
  // "Of the region's 140 dams, 61 are more than 50 years old": the noun of the opening "of" phrase.
  const lead = partitiveLead(tokens, valueFirst);
  const leadNoun = lead && tokens[lead.noun];
  if (lead && leadNoun) {
    const unit = peopleKey(tokens, leadNoun.sense, lead.noun, lead.noun);
    const counted = wholeCountedBefore(tokens, lead.of, lead.noun) ? partUnit(unit) : unit;
    return { unit: counted, first: lead.noun, last: lead.noun };
  }
  const before = nounBefore(tokens, valueFirst - 1);
  if (before !== undefined) {
    const noun = tokens[before];
    if (noun) return { unit: peopleKey(tokens, countedSense(noun), before, before), first: before, last: before };
  }
  return undefined;
}

// "a 45-year-old man", "aged 45", "John Smith, 45,": a person's age; the person is in the context.
function ageOf(
  tokens: Token[],
  valueFirst: number,
  valueLast: number,
): { unit: string; first: number; last: number; scale?: number } | undefined {
  const words = [1, 2, 3, 4].map((step) => tokens[valueLast + step]?.lower ?? '');
  if (words[0] === '-' && /^years?$/.test(words[1] ?? '') && words[2] === '-' && words[3] === 'old') {
    const thing = agedThingAmong(tokens.slice(valueLast + 5)) ? ageOfThing : ageUnit;
    return { unit: thing, first: valueLast + 1, last: valueLast + 4 };
  }
  // "her eight-month-old son", "a six-week-old baby": an age in years, told in a smaller unit.
  const smaller = ageUnitsInYears[(words[1] ?? '').replace(/s$/, '')];
  if (words[0] === '-' && smaller !== undefined && words[2] === '-' && words[3] === 'old') {
    return { unit: ageUnit, first: valueLast + 1, last: valueLast + 4, scale: smaller };
  }
  if (tokens[valueFirst - 1]?.lower === 'aged') return { unit: ageUnit, first: valueFirst - 1, last: valueFirst - 1 };
  // "patients between 18 and 70 years", "children under 5 years": years said right after people are their age.
  const owner = tokens[valueFirst - 1];
  if (
    /^years?$/.test(words[0] ?? '') &&
    (owner?.pos === 'NOUN' || owner?.pos === 'PROPN') &&
    countsPeople(countedSense(owner))
  ) {
    return { unit: ageUnit, first: valueLast + 1, last: valueLast + 1 };
  }
  const previous = tokens[valueFirst - 1];
  const name = tokens[valueFirst - 2];
  const next = tokens[valueLast + 1];
  // "John Smith, 45,", and "her little boy, 6,", "a woman, 72,": a person then a bare figure between commas.
  if (
    previous?.text === ',' &&
    (name?.pos === 'PROPN' || (name?.pos === 'NOUN' && personWords.has(name.lemma))) &&
    (next === undefined || next.text === ',' || next.pos === 'PUNCT')
  ) {
    return { unit: ageUnit, first: valueFirst, last: valueLast };
  }
  // "A grandad of 68 was airlifted", "a man of 45": a person of a bare figure is of that age. A parent "of three"
  // has three children (grandchildren for a grandparent); no one has eighteen.
  if (
    previous?.lower === 'of' &&
    name?.pos === 'NOUN' &&
    personWords.has(name.lemma) &&
    (next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'NUM'))
  ) {
    const offspring = parentWords.get(name.lemma);
    if (offspring && (readNumeral(tokens, valueFirst)?.low ?? 0) < 18) {
      return { unit: offspring, first: valueFirst - 2, last: valueLast };
    }
    return { unit: ageUnit, first: valueFirst - 1, last: valueLast };
  }
  return undefined;
}

/** Parents by the word for them, with the sense of the children they are parents of. */
const parentWords = new Map([
  ...['mother', 'father', 'mum', 'mom', 'dad'].map((word) => [word, senseFamily('child')] as const),
  ...['grandmother', 'grandfather', 'gran', 'granny', 'grandma', 'nan', 'grandad', 'grandpa'].map(
    (word) => [word, senseFamily('grandchild')] as const,
  ),
]);

const personWords = new Set([
  'man',
  'woman',
  'boy',
  'girl',
  'son',
  'daughter',
  'child',
  'toddler',
  'baby',
  'teenager',
  'mother',
  'father',
  'grandmother',
  'grandfather',
  // A tabloid's familiar words for them: "her gran, 66,", "the boy's dad, 41,".
  'mum',
  'mom',
  'dad',
  'gran',
  'granny',
  'grandma',
  'nan',
  'grandad',
  'grandpa',
  'husband',
  'wife',
  'pensioner',
  'driver',
  'pupil',
  'student',
]);

// "160 counting staff" are 160 counters, "40 cleaning staff" 40 cleaners, "teaching staff" teachers: staff named by
// their task are counted as the people who do it, so another article's "More than 200 counters" meets them.
const staffWords = new Set(['staff', 'personnel', 'workers']);
function staffByTask(tokens: Token[], noun: number): string | undefined {
  const task = tokens[noun - 1];
  if (!staffWords.has(tokens[noun]?.lower ?? '') || !task || !/^\p{L}{3,}ing$/u.test(task.lower)) return undefined;
  return senseFamily(`${task.lower.slice(0, -3)}ers`);
}

function peopleKey(tokens: Token[], sense: string, noun: number, valueFirst: number): string {
  const byTask = staffByTask(tokens, noun);
  if (byTask) return byTask;
  // "900 employees will lose their jobs": what happens to them says more than the word for them.
  const lost = countsPeople(sense) ? jobLossAfter(tokens, noun + 1) : undefined;
  if (lost) return lost.unit;
  const fate = fateOfWord(sense);
  if (fate) return fate;
  if (sense === jobs) return jobUnit(tokens, noun, valueFirst);
  const post = postAsJob(tokens, noun, valueFirst);
  if (post) return post;
  if (!countsPeople(sense)) return sense;
  const fateNearby = fateNear(tokens, noun, valueFirst - 3, noun + 6);
  if (fateNearby) return fateNearby;
  if (onBoard(tokens, noun)) return passengers;
  return membersOfAGroup(tokens, valueFirst) ? anyPeople : peopleUnit(sense);
}

// "a gang of four men", "a crew of six women": the size of the group, as "a five-strong gang" gives it; the men are
// its members, not the men of the story.
const groupNouns = new Set(
  ['gang', 'crew', 'team', 'group', 'squad', 'band', 'party', 'unit', 'posse'].map(senseFamily),
);
function membersOfAGroup(tokens: Token[], valueFirst: number): boolean {
  return tokens[valueFirst - 1]?.lower === 'of' && groupNouns.has(tokens[valueFirst - 2]?.sense ?? '');
}

const passengers = senseFamily('passengers');
const injuredUnit = fateOfWord(senseFamily('injured'));
const hospitalisedUnit = fateOfWord(senseFamily('hospitalised'));
const anyPeople = peopleUnit(senseFamily('people'));
const jobs = senseFamily('jobs');

// "240 people were on board", "some 300 people aboard": the people counted are the passengers.
function onBoard(tokens: Token[], noun: number): boolean {
  for (let at = noun + 1; at <= Math.min(tokens.length - 1, noun + 4); at += 1) {
    const token = tokens[at];
    if (!token || (token.pos === 'PUNCT' && token.text !== ',') || token.pos === 'CCONJ') return false;
    if (token.lower === 'aboard' || (token.lower === 'board' && tokens[at - 1]?.lower === 'on')) return true;
  }
  return false;
}

// "40 were injured", "12 have died", "three are still missing", "14 were confirmed dead", "two are feared to have
// drowned": the fate word after the auxiliaries, if any.
const hedgingVerbs = new Set(['confirm', 'fear', 'believe', 'presume', 'report', 'know', 'think', 'declare']);
function fateAfterAuxiliaries(tokens: Token[], from: number): number | undefined {
  let at = from;
  while (at < from + 3 && (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'ADV')) at += 1;
  if (at > from && hedgingVerbs.has(tokens[at]?.lemma ?? '')) {
    at += 1;
    if (tokens[at]?.lower === 'to') at += 1;
    while (at < from + 8 && (tokens[at]?.pos === 'AUX' || tokens[at]?.lower === 'have')) at += 1;
  }
  const token = tokens[at];
  if (!token || (at > from && token.pos !== 'VERB' && token.pos !== 'ADJ')) return undefined;
  // "six rescue boats", "40 rescue workers": a fate noun before another noun only says which boats or workers.
  if (token.pos === 'NOUN' && tokens[at + 1]?.pos === 'NOUN') return undefined;
  if (fateOfWord(token.sense)) return at;
  // "Thirty-one were taken to hospital": the fate a few words on, in the same clause. Headlines and lists leave out
  // the auxiliary: "and a dozen taken to hospital", "Two taken to hospital after crash".
  if (token.pos !== 'VERB' || (at === from && !pastParticiple(token))) return undefined;
  for (let next = at + 1; next <= Math.min(tokens.length - 1, at + 3); next += 1) {
    const word = tokens[next];
    if (!word || word.pos === 'PUNCT' || word.pos === 'CCONJ' || word.pos === 'VERB') return undefined;
    if (fateOfWord(word.sense)) return next;
  }
  return undefined;
}

// "taken six to hospital", "flew two to the hospital": where the people were taken is what happened to them.
function fateOfDestination(tokens: Token[], from: number): { unit: string; first: number; last: number } | undefined {
  if (tokens[from]?.lower !== 'to') return undefined;
  const at = tokens[from + 1]?.pos === 'DET' ? from + 2 : from + 1;
  const place = tokens[at];
  const fate = place && place.pos !== 'PROPN' ? fateOfWord(place.sense) : undefined;
  return fate ? { unit: fate, first: from, last: at } : undefined;
}

/** "six of them", "two of whom", "some of those": words after "of" that point back to the group counted before. */
const groupBack = new Set(['them', 'those', 'whom', 'which']);

// "Around 20 people were injured, six of them so badly that they were taken to hospital": people counted out of a
// group named before, by what happened to them further on in the clause.
function fateOfGroupMembers(tokens: Token[], from: number): { unit: string; first: number; last: number } | undefined {
  if (tokens[from]?.lower !== 'of' || !groupBack.has(tokens[from + 1]?.lower ?? '')) return undefined;
  return fateLaterInClause(tokens, from, from + 2);
}

/** The first fate in the clause from `scan` on ("were taken to hospital"), with the count's words from `from`. */
function fateLaterInClause(
  tokens: Token[],
  from: number,
  scan: number,
): { unit: string; first: number; last: number } | undefined {
  for (let at = scan; at < Math.min(tokens.length, from + 12); at += 1) {
    const token = tokens[at];
    if (!token || (token.pos === 'PUNCT' && token.text !== ',') || token.pos === 'CCONJ') return undefined;
    const fate = token.pos === 'PROPN' ? undefined : fateOfWord(token.sense);
    if (fate) return { unit: fate, first: from, last: at };
  }
  return undefined;
}

// "Of the region's 140 dams, 61 are ...", "Of the 60 homes in the village, 38 were destroyed": a figure right after
// a clause that opens the sentence with "Of" counts the head noun of that clause.
function partitiveLead(tokens: Token[], valueFirst: number): { of: number; noun: number } | undefined {
  if (tokens[valueFirst - 1]?.text !== ',') return undefined;
  let of = valueFirst - 2;
  while (of >= 0 && tokens[of]?.pos !== 'PUNCT' && valueFirst - of <= 12) of -= 1;
  of += 1;
  if (tokens[of]?.lower !== 'of') return undefined;
  const noun = nounAfter(tokens, of);
  return noun === undefined ? undefined : { of, noun };
}

// "150 km/h", "150 kilometres an hour", "90 miles per hour": a speed, never a distance. The last token of it.
function perHour(tokens: Token[], noun: number): number | undefined {
  const next = tokens[noun + 1]?.lower ?? '';
  const then = tokens[noun + 2]?.lower ?? '';
  if (next === '/' && /^h\.?$/.test(then)) return noun + 2;
  if ((next === 'an' || next === 'per' || next === 'a') && then === 'hour') return noun + 2;
  return undefined;
}

// "letters of objection", "emails of complaint", "messages of support": what is written is what is counted.
const carriers = new Set(['letter', 'email', 'e-mail', 'message', 'submission', 'note', 'card']);
function carriedBy(tokens: Token[], noun: number): number | undefined {
  if (!carriers.has(tokens[noun]?.lemma ?? '') || tokens[noun + 1]?.lower !== 'of') return undefined;
  const said = tokens[noun + 2];
  return said?.pos === 'NOUN' && said.sense ? noun + 2 : undefined;
}

/** The unit of a part of a counted whole: "61 of the 140 dams" counts dams, but only against other parts. */
export function partUnit(unit: string): string {
  return `${unit} part`;
}

export function isPart(unit: string): boolean {
  return unit.endsWith(' part');
}

// "of the 60 homes", "of the region's 140 dams": the whole's own figure stands before the noun.
function wholeCountedBefore(tokens: Token[], from: number, noun: number): boolean {
  if (tokens[from]?.lower !== 'of') return false;
  for (let at = from + 1; at < noun; at += 1) if (tokens[at]?.pos === 'NUM') return true;
  return false;
}

// Adjectives, nationalities and compounds may stand between the figure and its noun: "Russian troops",
// "nuclear-powered submarines", "100,000 of its troops", "60 of the region's 140 dams", "45 of the 60 homes".
function nounAfter(tokens: Token[], from: number): number | undefined {
  let at = from;
  if (
    tokens[at]?.lower === 'of' &&
    ['its', 'their', 'the', 'his', 'her', 'our'].includes(tokens[at + 1]?.lower ?? '')
  ) {
    at += 2;
    // "the region's 140 dams": the owner and the whole's size stand before what is counted.
    if (/^['’]s$/.test(tokens[at + 1]?.text ?? '') && tokens[at]?.pos !== 'PUNCT') at += 2;
    if (tokens[at]?.pos === 'NUM') at += 1;
  }
  for (let steps = 0; steps < 5 && at < tokens.length; steps += 1, at += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    // "165,000 Lumen electric SUVs": a plural acronym is a noun, though wink tags it a name.
    const acronymPlural = token.pos === 'PROPN' && /^[A-Z]{2,}s$/.test(token.text) && tokens[at + 1]?.pos !== 'PROPN';
    if ((token.pos === 'NOUN' || acronymPlural) && token.sense && !joinedByHyphen(tokens, at)) {
      // "troops and weaponry": the first noun is what is counted; compounds ("army officers") take the last.
      const next = tokens[at + 1];
      // "One crew member", "three staff members": a member of the crew counts the crew.
      if (next && /^members?$/.test(next.lower) && collectives.has(token.lower)) return at;
      // "150 cows bellowing for water", "200 people queuing": wink may read a participle after a plural as a noun.
      const participle = next !== undefined && /ing$/.test(next.lower) && token.lemma !== token.lower;
      if (!next || next.pos !== 'NOUN' || !next.sense || participle || daysFromToday.has(next.lower)) return at;
      // "baby food pouches": the last noun of the run is the head; "teacher posts" count teachers, as before.
      let head = at + 1;
      const further = (word: Token | undefined): boolean =>
        word?.pos === 'NOUN' && word.sense !== '' && !slotNouns.has(word.lower) && !daysFromToday.has(word.lower);
      while (further(tokens[head + 1]) && !joinedByHyphen(tokens, head + 1)) head += 1;
      return head;
    }
    const modifier =
      token.pos === 'ADJ' ||
      token.pos === 'PROPN' ||
      token.text === '-' ||
      isPhoneLine(tokens, at, at) ||
      joinedByHyphen(tokens, at) ||
      (token.pos === 'VERB' && /(ed|ing)$/.test(token.lower) && tokens[at - 1]?.text === '-') ||
      // "23 confirmed cases", "40 registered voters", "90 paid jobs": a participle standing before its noun
      // describes it.
      (token.pos === 'VERB' && pastParticiple(token) && tokens[at + 1]?.pos === 'NOUN') ||
      // "18 newly qualified midwives", "40 fully trained volunteers": an adverb grading the modifier after it.
      (token.pos === 'ADV' && /ly$/.test(token.lower) && describesNext(tokens, at + 1));
    if (!modifier) return undefined;
  }
  return undefined;
}

const collectives = new Set(['crew', 'staff', 'cabinet']);
// "caught three of the men yesterday": wink calls the day a noun, but it tells when, not what is counted.
const daysFromToday = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
// Places in a workforce, named by who fills them: "midwife posts", "teacher vacancies".
const slotNouns = new Set(['post', 'posts', 'job', 'jobs', 'role', 'roles', 'vacancies', 'positions', 'places']);

// "confirmed", "broken", and the irregular ones no ending gives: "paid", "built", "lost" (their lemma is another word).
function pastParticiple(token: Token): boolean {
  return /(ed|en)$/.test(token.lower) || (token.lemma !== token.lower && !/(ing|s)$/.test(token.lower));
}

function describesNext(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  return token?.pos === 'ADJ' || (token?.pos === 'VERB' && pastParticiple(token));
}

// "11 water-bombing aircraft", "40 cost-cutting measures", "two state-run hospitals": a noun joined by a hyphen to
// the word after it is part of a modifier, and what is counted comes later.
function joinedByHyphen(tokens: Token[], at: number): boolean {
  return hyphenJoins(tokens, at + 1) && /^\p{L}/u.test(tokens[at + 2]?.text ?? '');
}

/**
 * "Police estimated the crowd at about 1,200 people. Organisers put the figure at 2,500.": a bare figure a source
 * gives, or one set against another ("by 4.1, versus 1.6 on placebo"), counts what the figure before it counted.
 */
function countsAsBefore(
  sentence: ArticleSentence,
  valueFirst: number,
  valueLast: number,
  earlier: NumberMention | undefined,
): earlier is NumberMention {
  if (!earlier || borrowedUnit(earlier) === undefined) return false;
  return (
    givenAfterOther(sentence.tokens, valueFirst, earlier.sentence === sentence) ||
    elidedAfterOther(sentence.tokens, valueFirst, valueLast)
  );
}

// "recalling almost 150,000 electric cars worldwide, around 61,000 of them in Vesmark": a part of the things the
// figure before counted, told no further (a fate after "of them" is read first: "six of them so badly that ...").
function partOfEarlier(
  tokens: Token[],
  valueLast: number,
  earlier: NumberMention | undefined,
): { unit: string; first: number; last: number; scale?: number } | undefined {
  if (tokens[valueLast + 1]?.lower !== 'of' || !groupBack.has(tokens[valueLast + 2]?.lower ?? '')) {
    return undefined;
  }
  const unit = earlier ? borrowedUnit(earlier) : undefined;
  return unit === undefined ? undefined : { unit: partUnit(unit), first: valueLast + 1, last: valueLast + 2 };
}

// What a figure leaning on this one counts: its unit, or for a result ("41,207 votes to 40,968") the noun of the
// votes, points or seats its two sides count.
function borrowedUnit(earlier: NumberMention): string | undefined {
  if (earlier.unit === tallyUnit) {
    const noun = earlier.sentence.tokens[earlier.unitFirst];
    return noun && earlier.unitFirst !== earlier.valueFirst && noun.pos === 'NOUN' && noun.sense
      ? noun.sense
      : undefined;
  }
  return countsPeopleOrThings(earlier.unit) ? earlier.unit : undefined;
}

/** Counts of people or things; a sum of money, a share, an age or a measure carries its unit in its own words. */
export function countsPeopleOrThings(unit: string): boolean {
  return !unit.includes(':') && unit !== 'percent' && unit !== ageUnit && !isPart(unit) && unit !== tallyUnit;
}

// "a crowd estimated at 9,000", "the crowd was estimated at 400": the noun just before a passive verb of estimating
// is what the figure after it counts.
const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
function estimatedThing(tokens: Token[], verb: number): number | undefined {
  if (tokens[verb + 1]?.lower !== 'at' || tokens[verb]?.lower === tokens[verb]?.lemma) return undefined;
  const before = passiveAuxiliaries.has(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  const noun = tokens[before];
  return noun?.pos === 'NOUN' && noun.sense && !isPlaceholder(noun.lower) ? before : undefined;
}

// "The death toll rose to 45", "a population of 1.2 million": the noun a few words before, within the clause.
// "The death toll from the Riverton floods rose to 15": a fate word in the clause is what is counted, even past
// a nearer noun.
function nounBefore(tokens: Token[], from: number): number | undefined {
  let nearest: number | undefined;
  for (let at = from, steps = 0; at >= 0 && steps < 8; at -= 1, steps += 1) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT') break;
    // "Organisers put the figure at 2,500", "the campaign reckons nearly 3,000": the noun before a verb of saying
    // is who gives the figure, and "the figure" stands for what it counts.
    if (isEstimateVerb(token)) return nearest ?? estimatedThing(tokens, at);
    if (isPlaceholder(token.lower)) continue;
    if ((token.pos === 'NOUN' || token.pos === 'VERB') && fateOfWord(token.sense)) return at;
    if (token.pos === 'NOUN' && token.sense && nearest === undefined && steps < 4) nearest = at;
  }
  return nearest;
}

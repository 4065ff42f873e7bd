import type { Token } from './lineTokens.ts';
import { andAHalfAt } from './numberWords.ts';
import { senseFamily } from './wordFamily.ts';

// A length of time is one quantity whatever unit it is told in: "a three-month consultation" and "a 90-day
// consultation" agree, "a 45-day consultation" does not; "a 20-minute meeting" and "the meeting lasted less than
// ten minutes" disagree. Figures of time become minutes, and their unit names the thing that lasted, so they meet
// in the index whatever unit each article chose. A month counts as 30 days and a year as 365, the way people
// convert them when they write.

const minutesPer: Record<string, number> = {
  second: 1 / 60,
  minute: 1,
  min: 1,
  hour: 60,
  hr: 60,
  day: 24 * 60,
  week: 7 * 24 * 60,
  fortnight: 14 * 24 * 60,
  month: 30 * 24 * 60,
  year: 365 * 24 * 60,
};

/** Minutes in one of a unit of time written as a word ("months", "MINUTES", "hrs"), or undefined. */
export function minutesInUnit(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return minutesPer[lower] ?? minutesPer[lower.replace(/s$/u, '')];
}

const pointWords = new Set(['ago', 'later', 'earlier', 'before', 'after', 'since', 'on', 'into']);

export interface Duration {
  /** Comparison key: "duration:" and the word family of what lasted. */
  unit: string;
  minutes: number;
  /** Token indexes of the unit of time and the thing that lasted, for the fact's description. */
  first: number;
  last: number;
  /** Token index of the unit of time, which the value is shown with ("ten days", "two-week"). */
  timeAt: number;
}

/**
 * A figure of time with the thing that lasted: "three-month consultation" (the thing after the unit) or "The
 * meeting lasted less than ten minutes" (the subject of the verb the figure completes). A figure of time with no
 * such thing ("losing money for three years") is left as it was read.
 */
export function durationAt(tokens: readonly Token[], valueFirst: number, valueLast: number): Duration | undefined {
  const joined = tokens[valueLast + 1]?.text === '-' && !tokens[valueLast + 1]?.spaceBefore;
  const unitAt = joined ? valueLast + 2 : valueLast + 1;
  const perUnit = minutesInUnit(tokens[unitAt]?.text);
  if (perUnit === undefined) return undefined;
  if (joined) {
    // "a three-month consultation", "a 20-minute meeting", "a 45-day statutory consultation"
    for (let at = unitAt + 1; at <= unitAt + 3; at += 1) {
      const token = tokens[at];
      if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'ADP') return undefined;
      if ((token.pos === 'NOUN' || endsNounPhrase(tokens, at)) && token.sense && tokens[at + 1]?.pos !== 'NOUN') {
        return { unit: `duration:${token.sense}`, minutes: perUnit, first: valueLast + 1, last: at, timeAt: unitAt };
      }
    }
    return undefined;
  }
  // "after nearly three hours of debate", "two days of talks": the thing after "of" lasted that long.
  const lasted = tokens[unitAt + 1]?.lower === 'of' ? thingAfterOf(tokens, unitAt + 2) : undefined;
  if (lasted !== undefined) {
    const sense = tokens[lasted]?.sense ?? '';
    return { unit: `duration:${sense}`, minutes: perUnit, first: valueLast + 1, last: lasted, timeAt: unitAt };
  }
  // "17 months in charge", "six years in office", "a decade at the helm": how long someone held a post, which
  // "an 18-month reign" and "his tenure" tell too.
  const heldTo = holdingPhraseEnd(tokens, unitAt + 1);
  if (heldTo !== undefined) {
    return { unit: `duration:${tenure}`, minutes: perUnit, first: unitAt, last: heldTo, timeAt: unitAt };
  }
  // "a meeting of nearly six hours", "a delay of 40 minutes": the noun before "of" lasted that long.
  const before = tokens[valueFirst - 2];
  if (
    tokens[valueFirst - 1]?.lower === 'of' &&
    before?.pos === 'NOUN' &&
    before.sense &&
    !spanWords.has(before.lower)
  ) {
    return {
      unit: `duration:${before.sense}`,
      minutes: perUnit,
      first: valueFirst - 2,
      last: unitAt,
      timeAt: unitAt,
    };
  }
  // "founded 30 years ago", "reopened two hours later": a point in time, not a length.
  // "a minute and a half after lift-off" is told by the word after the half.
  const afterUnit = andAHalfAt(tokens, unitAt + 1) ? unitAt + 4 : unitAt + 1;
  if (pointWords.has(tokens[afterUnit]?.lower ?? '')) return undefined;
  const subject = subjectOfLasting(tokens, valueFirst);
  if (subject === undefined) return undefined;
  return {
    unit: `duration:${tokens[subject]?.sense ?? ''}`,
    minutes: perUnit,
    first: subject,
    last: unitAt,
    timeAt: unitAt,
  };
}

/** The sense of how long someone held a post, whichever word told it. */
export const tenure = senseFamily('tenure');
const heldPosts = new Set(['charge', 'office', 'post', 'power']);

// "in charge", "in office", "at the helm": the index of the phrase's last word.
function holdingPhraseEnd(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from]?.lower === 'in' && heldPosts.has(tokens[from + 1]?.lower ?? '')) return from + 1;
  const helm = tokens[from]?.lower === 'at' && tokens[from + 1]?.lower === 'the' && tokens[from + 2]?.lower === 'helm';
  return helm ? from + 2 : undefined;
}

// "hours of debate", "days of heavy rain": a noun after its modifiers, with no determiner ("years of the war" tells
// a part of the war) and not the last word of a compound ("hours of debate time" is time).
function thingAfterOf(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  while (tokens[at]?.pos === 'ADJ' && at - from < 2) at += 1;
  const noun = tokens[at];
  if (noun?.pos !== 'NOUN' || !noun.sense || tokens[at + 1]?.pos === 'NOUN') return undefined;
  return age.has(noun.lower) ? undefined : at;
}

// "three years of age" is how old someone is.
const age = new Set(['age']);

// "The meeting lasted", "the strike has lasted", "The hearing took": a noun, its auxiliaries and a verb, right
// before the figure (hedges such as "less than" are already inside the value).
// "The clean is expected to take 48 hours", "a deep clean expected to take": a verb of expecting may stand between.
function subjectOfLasting(tokens: readonly Token[], valueFirst: number): number | undefined {
  let at = valueFirst - 1;
  while (at >= 0 && tokens[at]?.pos === 'ADV') at -= 1;
  if (tokens[at]?.pos !== 'VERB') return undefined;
  // "a robber serving 16 years", "rescuers spent six hours": the span is what they served or spent, and lasted
  // longer than no one of them.
  if (spanAsObject.has(tokens[at]?.lemma ?? '')) return undefined;
  at -= 1;
  if (tokens[at]?.lower === 'to' && tokens[at - 1]?.pos === 'VERB' && expecting.has(tokens[at - 1]?.lemma ?? '')) {
    at -= 2;
  }
  while (at >= 0 && (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'ADV')) at -= 1;
  // "The outage began shortly after 6am and lasted about 13 hours": the subject of the verb before "and".
  if (tokens[at]?.lower === 'and') at = subjectBeforeVerb(tokens, at - 1) ?? at;
  const noun = tokens[at];
  if (!noun || !(noun.pos === 'NOUN' || endsNounPhrase(tokens, at)) || !noun.sense) return undefined;
  return headBeforeOf(tokens, at) ?? at;
}

// The noun before the nearest verb, within a clause of a few words with no punctuation in it.
function subjectBeforeVerb(tokens: readonly Token[], from: number): number | undefined {
  for (let at = from; at >= 1 && from - at < 8; at -= 1) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'CCONJ') return undefined;
    if (token.pos !== 'VERB') continue;
    let subject = at - 1;
    while (subject >= 0 && (tokens[subject]?.pos === 'AUX' || tokens[subject]?.pos === 'ADV')) subject -= 1;
    return tokens[subject]?.pos === 'NOUN' ? subject : undefined;
  }
  return undefined;
}

// "A deep clean of the stadium is expected to take": the thing that lasts is the clean, not the stadium.
function headBeforeOf(tokens: readonly Token[], noun: number): number | undefined {
  let at = noun - 1;
  while (at >= 0 && (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'ADJ')) at -= 1;
  if (tokens[at]?.lower !== 'of') return undefined;
  const head = tokens[at - 1];
  if (!head || spanWords.has(head.lower)) return undefined;
  return (head.pos === 'NOUN' || endsNounPhrase(tokens, at - 1)) && head.sense ? at - 1 : undefined;
}

// "The length of the trial" is the trial's.
const spanWords = new Set(['length', 'duration', 'period']);

const expecting = new Set(['expect', 'set', 'schedule', 'plan']);

const spanAsObject = new Set(['serve', 'spend']);

// wink tags "clean" in "a deep clean" an adjective; after an article and its modifiers, with no noun to follow, the
// last word of the phrase is the noun.
function endsNounPhrase(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'ADJ' || tokens[at + 1]?.pos === 'NOUN' || tokens[at + 1]?.pos === 'ADJ') return false;
  let before = at - 1;
  while (before >= 0 && (tokens[before]?.pos === 'ADV' || tokens[before]?.pos === 'ADJ')) before -= 1;
  const lead = tokens[before];
  return before < at - 1 && lead !== undefined && (lead.pos === 'DET' || lead.pos === 'NOUN' || lead.text === '-');
}

import type { ArticleSentence, Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';
import { readNumeral } from './numberWords.ts';
import { isCalendarWord, weekdayNames } from '../calendarWords.ts';
import { findQuotations } from './quoteMentions.ts';

// How bad something was, in the evaluative words news writers use: people hurt "slightly", "seriously" or "in a
// critical condition"; damage "minor" or "extensive" (a "gash in the hull"); the weather "calm" or "a gale". Each
// word is a step on one scale, read only beside what it describes (an injury, damage, the weather), so "a
// serious question" or "stay calm" is no step. What is described is kept as keys: the count of the people graded
// ("one of them seriously": one) or the one person the sentence names ("Lorna Fairweather ... suffered minor head
// injuries": lorna, fairweather), the damaged thing ("damage to the hull": hull), the places a weather report
// names. Only the article's own words count: a quotation is the speaker's.

export type EvaluativeScale = 'injury' | 'damage' | 'weather';

export interface EvaluativeMention {
  sentence: ArticleSentence;
  scale: EvaluativeScale;
  /** The step: "minor", "serious" or "critical"; "calm" or "rough". */
  level: string;
  /** The words as written ("seriously", "a critical condition", "howling gale"). */
  words: string;
  /** What is described, as keys: "count 1", "person lorna", "thing hull", "place ellan". */
  things: string[];
  /** What is described, in words for the finding: "one person", "the hull"; empty for the weather. */
  about: string;
  /** The weekday the sentence names, if any: weather on Sunday says nothing of weather on Tuesday. */
  weekday?: string;
}

// How badly people were hurt or how ill they are. "Badly" and "severely" are serious; "critical" is worse.
const injurySteps: Readonly<Record<string, string>> = {
  minor: 'minor',
  mild: 'minor',
  mildly: 'minor',
  slight: 'minor',
  slightly: 'minor',
  light: 'minor',
  lightly: 'minor',
  superficial: 'minor',
  serious: 'serious',
  seriously: 'serious',
  severe: 'serious',
  severely: 'serious',
  badly: 'serious',
  critical: 'critical',
  critically: 'critical',
  grave: 'critical',
  gravely: 'critical',
};
const injuryWords = new Set(['injure', 'ill', 'wound'].map((word) => senseFamily(word)));

const damageSteps: Readonly<Record<string, string>> = {
  minor: 'minor',
  slight: 'minor',
  slightly: 'minor',
  superficial: 'minor',
  superficially: 'minor',
  cosmetic: 'minor',
  limited: 'minor',
  serious: 'serious',
  seriously: 'serious',
  severe: 'serious',
  severely: 'serious',
  extensive: 'serious',
  extensively: 'serious',
  major: 'serious',
  heavy: 'serious',
  heavily: 'serious',
  badly: 'serious',
  substantial: 'serious',
  significant: 'serious',
};
// Nouns that are serious damage in themselves: "a three-metre gash in the hull", "a breach in the dam".
const seriousDamageNouns = new Set(['gash', 'gashes', 'breach', 'rupture']);
const damage = senseFamily('damage');

// Weather nouns a calm word must describe ("conditions were calm", "a calm night", "a light breeze"), and the
// words of rough weather, which need nothing beside them ("in a howling gale", "gale-force winds", "stormy seas").
const weatherNouns = new Set([
  'conditions',
  'weather',
  'sea',
  'seas',
  'wind',
  'winds',
  'breeze',
  'night',
  'day',
  'evening',
  'morning',
  'water',
  'waters',
]);
const calmWords = new Set(['calm', 'benign', 'still', 'light', 'gentle', 'settled']);
const roughNouns = new Set(['gale', 'gales', 'storm', 'storms', 'hurricane', 'tempest']);
const roughAdjectives = new Set(['stormy', 'howling', 'rough', 'heavy', 'high', 'strong', 'fierce', 'violent']);
const figurativeStorms = new Set(['storm', 'storms', 'tempest']);
const weatherContext = new Set([
  'wind',
  'winds',
  'gusts',
  'rain',
  'rainfall',
  'sea',
  'seas',
  'waves',
  'weather',
  'snow',
  'thunder',
  'lightning',
  'gale',
  'gales',
]);
const windNouns = new Set(['wind', 'winds', 'sea', 'seas', 'gale', 'gales', 'gusts']);

/** The evaluative words of one sentence with what each describes; `people` are the name words of the set's people. */
export function findEvaluativeMentions(
  sentence: ArticleSentence,
  people: ReadonlySet<string> = new Set(),
): EvaluativeMention[] {
  const tokens = sentence.tokens;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const mentions: EvaluativeMention[] = [];
  let quotes: ReturnType<typeof findQuotations> | undefined;
  const weekday = tokens.find((token) => (weekdayNames as readonly string[]).includes(token.lower))?.lower;
  tokens.forEach((_, index) => {
    const read = injuryAt(tokens, index, people) ?? damageAt(tokens, index) ?? weatherAt(tokens, index);
    if (!read) return;
    const first = tokens[read.first];
    const last = tokens[read.last];
    if (!first || !last || first.negated || last.negated) return;
    quotes ??= findQuotations(sentence.file, sentence.line, sentence.lineText);
    if (quotes.some((quote) => quote.start <= first.start && quote.end >= last.end)) return;
    mentions.push({
      sentence,
      scale: read.scale,
      level: read.level,
      words: sentence.lineText.slice(first.start, last.end),
      things: read.scale === 'weather' ? placesOf(tokens) : read.things,
      about: read.about,
      ...(weekday ? { weekday } : {}),
    });
  });
  return mentions;
}

interface Reading {
  scale: EvaluativeScale;
  level: string;
  first: number;
  last: number;
  things: string[];
  about: string;
}

// "injuring three dockworkers, one of them seriously", "one in a critical condition", "Eleven people ... with
// minor injuries": a step beside an injury word, and the count of the people it grades.
function injuryAt(tokens: readonly Token[], index: number, people: ReadonlySet<string>): Reading | undefined {
  const token = tokens[index];
  const level = token ? injurySteps[token.lower] : undefined;
  if (!token || !level) return undefined;
  const near = tokens
    .slice(Math.max(0, index - 8), index + 3)
    .some((word) => injuryWords.has(word.sense) || word.lower === 'condition');
  if (!near) return undefined;
  // "in a critical condition": the words that tell the step.
  const last = tokens[index + 1]?.lower === 'condition' ? index + 1 : index;
  const first = tokens[index - 1]?.pos === 'DET' && last > index ? index - 1 : index;
  const count = countBefore(tokens, index);
  if (count === undefined) {
    const person = onePersonNamed(tokens, people);
    if (!person) return undefined;
    return {
      scale: 'injury',
      level,
      first,
      last,
      things: person.words.map((word) => `person ${word}`),
      about: person.name,
    };
  }
  const about = count === 1 ? 'one person' : `${count} people`;
  return { scale: 'injury', level, first, last, things: [`count ${count}`], about };
}

// The one person a sentence names, as the run of name words of the set's people: "Lorna Fairweather". A sentence
// naming two people does not say whose injuries it grades.
function onePersonNamed(
  tokens: readonly Token[],
  people: ReadonlySet<string>,
): { words: string[]; name: string } | undefined {
  const runs: Token[][] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== 'PROPN' || !people.has(token.lower)) return;
    const previous = tokens[index - 1];
    const run = runs[runs.length - 1];
    if (run && previous && run[run.length - 1] === previous) run.push(token);
    else runs.push([token]);
  });
  const [run, ...others] = runs;
  if (!run || others.length > 0) return undefined;
  return { words: run.map((token) => token.lower), name: run.map((token) => token.text).join(' ') };
}

// The nearest figure before the step within its sentence part: "one of them seriously" is one person.
function countBefore(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index - 1; at >= 0 && index - at <= 12; at -= 1) {
    const token = tokens[at];
    if (!token || token.text === ';' || token.text === ':') return undefined;
    if (token.pos !== 'NUM') continue;
    // "a 65-meter crane", "6 a.m.", "April 14", "in 2024", "40%": a figure that counts no people.
    if (tokens[at + 1]?.text === '-' || /^(?:a\.?m\.?|p\.?m\.?|%|per)$/i.test(tokens[at + 1]?.text ?? '')) continue;
    if (/^(?:1[89]|20)\d\d$/.test(token.text)) continue;
    // "Lorna Fairbairn, 56, with serious head injuries": an age set off by commas after a name.
    if (tokens[at - 1]?.text === ',' && tokens[at + 1]?.text === ',' && tokens[at - 2]?.pos === 'PROPN') continue;
    if (isCalendarWord(tokens[at - 1]?.lower ?? '') || isCalendarWord(tokens[at + 1]?.lower ?? '')) continue;
    let start = at;
    while (tokens[start - 1]?.pos === 'NUM') start -= 1;
    const figure = readNumeral(tokens as Token[], start);
    return figure && figure.low === figure.high ? figure.low : undefined;
  }
  return undefined;
}

// "minor damage to the school", "described the damage to the hull as minor", "the damage was extensive", "a
// three-metre gash in the hull": a step of damage and the thing damaged.
function damageAt(tokens: readonly Token[], index: number): Reading | undefined {
  const token = tokens[index];
  if (!token || token.pos !== 'NOUN') return undefined;
  if (seriousDamageNouns.has(token.lower) && ['in', 'to'].includes(tokens[index + 1]?.lower ?? '')) {
    const thingAt = headAfter(tokens, index + 2);
    const thing = thingAt === undefined ? undefined : tokens[thingAt];
    if (!thing?.sense) return undefined;
    return {
      scale: 'damage',
      level: 'serious',
      first: index,
      last: index,
      things: [`thing ${thing.sense}`],
      about: thing.lower,
    };
  }
  if (token.sense !== damage || tokens[index + 1]?.lower !== 'to') return undefined;
  const thingAt = headAfter(tokens, index + 2);
  const thing = thingAt === undefined ? undefined : tokens[thingAt]?.sense;
  if (thingAt === undefined || !thing) return undefined;
  const about = tokens[thingAt]?.lower ?? thing;
  const before = tokens[index - 1];
  const beforeLevel = before && before.pos === 'ADJ' ? damageSteps[before.lower] : undefined;
  if (beforeLevel) {
    return { scale: 'damage', level: beforeLevel, first: index - 1, last: index, things: [`thing ${thing}`], about };
  }
  // "... as minor", "... was minor", "... was described as minor".
  for (let at = thingAt + 1; at <= thingAt + 4; at += 1) {
    const word = tokens[at];
    if (!word) break;
    const level = damageSteps[word.lower];
    // "was limited to the bow" says where, not how bad.
    const where = word.lower === 'limited' && tokens[at + 1]?.lower === 'to';
    if (
      level &&
      !where &&
      word.pos === 'ADJ' &&
      ['as', 'was', 'were', 'is', 'be'].includes(tokens[at - 1]?.lower ?? '')
    ) {
      return { scale: 'damage', level, first: at, last: at, things: [`thing ${thing}`], about };
    }
    if (!['as', 'was', 'were', 'is', 'be', 'been', 'described'].includes(word.lower)) break;
  }
  return undefined;
}

function headAfter(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  while (['DET', 'ADJ', 'PRON'].includes(tokens[at]?.pos ?? '') || /^['’]s$/.test(tokens[at]?.text ?? '')) at += 1;
  // wink tags "the hull below the waterline" a verb: after a determiner, a word that ends its phrase is a noun.
  const misread =
    tokens[at]?.pos === 'VERB' &&
    tokens[at - 1]?.pos === 'DET' &&
    ['ADP', 'ADV', 'PUNCT'].includes(tokens[at + 1]?.pos ?? 'PUNCT');
  if (tokens[at]?.pos !== 'NOUN' && !misread) return undefined;
  while (tokens[at + 1]?.pos === 'NOUN') at += 1;
  return at;
}

// "Conditions were calm", "calm and clear", "a light breeze" against "in a howling gale", "gale-force winds".
function weatherAt(tokens: readonly Token[], index: number): Reading | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // "storm pins", "storm drains": a storm noun before another noun names a kind of thing. "A storm of protest",
  // "a political storm", "weathered the storm": a storm said of something else, so a storm must come with the
  // wind, the sea or the rain.
  if (roughNouns.has(token.lower) && token.pos === 'NOUN' && tokens[index + 1]?.pos !== 'NOUN') {
    if (figurativeStorms.has(token.lower) && !tokens.some((word) => weatherContext.has(word.lower))) return undefined;
    const first = roughAdjectives.has(tokens[index - 1]?.lower ?? '') ? index - 1 : index;
    return { scale: 'weather', level: 'rough', first, last: index, things: [], about: '' };
  }
  if (roughAdjectives.has(token.lower) && windNouns.has(tokens[index + 1]?.lower ?? '')) {
    // "howling gale" is read at its noun; "high winds", "rough seas" here.
    if (roughNouns.has(tokens[index + 1]?.lower ?? '')) return undefined;
    return { scale: 'weather', level: 'rough', first: index, last: index + 1, things: [], about: '' };
  }
  if (!calmWords.has(token.lower) || token.pos !== 'ADJ') return undefined;
  // "a calm night", "a light breeze", "light winds".
  if (weatherNouns.has(tokens[index + 1]?.lower ?? '')) {
    if (token.lower === 'light' && !['breeze', 'wind', 'winds'].includes(tokens[index + 1]?.lower ?? '')) {
      return undefined;
    }
    return { scale: 'weather', level: 'calm', first: index, last: index + 1, things: [], about: '' };
  }
  // "Conditions at the time were calm": a form of "be" before, a weather noun as the subject.
  if (token.lower === 'light' || tokens[index - 1]?.lemma !== 'be') return undefined;
  const subject = tokens.slice(Math.max(0, index - 6), index - 1).some((word) => weatherNouns.has(word.lower));
  return subject ? { scale: 'weather', level: 'calm', first: index, last: index, things: [], about: '' } : undefined;
}

// The places a weather report names: capitalised names, weekdays and months left out.
function placesOf(tokens: readonly Token[]): string[] {
  const places = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.pos !== 'PROPN' || !token.sense || index === 0 || isCalendarWord(token.lower)) return;
    places.add(`place ${token.sense}`);
  });
  return [...places];
}

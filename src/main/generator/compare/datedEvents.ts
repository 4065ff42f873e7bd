import type { ArticleSentence, Token } from './lineTokens.ts';
import { startsMeasure } from './measureUnits.ts';
import { findQuotations } from './quoteMentions.ts';
import { findDateMentions, type DateMention, type DateReferences } from './dateMentions.ts';
import { isClauseBreak, objectOf, subjectOf, verbBefore } from './eventSubject.ts';
import { attributes, attributionSpans, citedDocumentSpan, onlyAttributes } from './attribution.ts';
import { reportsSpeech } from './reportingVerbs.ts';
import { namesIn } from './senseWeights.ts';
import { peopleOfSet } from './peopleNames.ts';
import { senseFamily } from './wordFamily.ts';
import { directedAction } from './directives.ts';
import { outsideItsClause, participleClauses } from './participleClauses.ts';

// A date as the date of something: the words it owns in its sentence (the nearest date takes each word; words
// that only attribute the sentence, or lie past "two days after", belong to no date), what happened (verbs and
// nouns, people left out), the verb it belongs to with its doer and the thing done to, and what kind of date it
// is: a figure's ("rose to 15 on Thursday"), a statement's ("said on Sunday"), a beginning's.

export interface DatedEvent extends DateMention {
  file: string;
  order: number;
  first: number;
  last: number;
  context: Set<string>;
  /** Families of the verbs and common nouns: what happened, as opposed to who was there. */
  actions: Set<string>;
  /** "The toll rose to 15 on Thursday": the date a figure was reached, not the date of the event. */
  datesAFigure: boolean;
  /** Proper nouns around the date, and the word families within six words of it. */
  names: Set<string>;
  /** Those of the proper nouns that name the set's people ("Achterberg"). */
  people: Set<string>;
  nearby: Set<string>;
  /** The common noun that did what the date is about ("library" in "the library will reopen on Thursday"). */
  doer?: string;
  doerText?: string;
  /** What it was done to ("road" in "officials closed the road on Sunday"). */
  thing?: string;
  thingText?: string;
  /** The verb the date belongs to ("issued" in "the order was issued on Saturday"). */
  verb?: string;
  verbText?: string;
  /** The verb the date belongs to and its subject, as word families: what the date is the date of. */
  dated: Set<string>;
  /** "have been evacuated since Sunday": a state that began then, comparable with the day it began. */
  stateSince: boolean;
  /** "The evacuation began on Saturday night": the date something started. */
  began: boolean;
  /** "officials said on Sunday": the date of a statement, not of what it reports. */
  ofSaying: boolean;
  /**
   * "..., fire officials said on Monday", "Aegeas said on Saturday that ...": the date of saying, not of what was
   * said.
   */
  ofAttribution: boolean;
  /** "will stay closed until Friday": the date a closure ends, told like a reopening ("reopens on Friday"). */
  closedUntil: boolean;
  /** "is due to reopen on Monday", "sailings resume on Monday". */
  reopening: boolean;
}

/** Every date of the set, read as the date of an event. */
export function readDatedEvents(
  sentences: readonly ArticleSentence[],
  referencesOf: (file: string) => DateReferences,
): DatedEvent[] {
  const events: DatedEvent[] = [];
  const named = peopleOfSet(sentences);
  for (const sentence of sentences) {
    // A date inside a quotation is the speaker's word ("today's market"), as a figure there is (numberMentions.ts).
    const found = findDateMentions(sentence, referencesOf(sentence.file));
    const quotes = found.length > 0 ? findQuotations(sentence.file, sentence.line, sentence.lineText) : [];
    const mentions = found.filter(
      (mention) => !quotes.some((quote) => quote.start <= mention.start && quote.end >= mention.end),
    );
    const spans = mentions.map((mention) => tokenSpan(sentence, mention));
    const owners = nearestDate(sentence, spans);
    const statedAfter = statementEnds(sentence, spans);
    const attribution = attributionSpans(sentence);
    const clauses = mentions.length > 0 ? participleClauses(sentence.tokens) : [];
    mentions.forEach((mention, which) => {
      const { first, last } = spans[which] as { first: number; last: number };
      // "on Monday, two days after an evacuation order was issued": the order has a time of its own. And words
      // that only say who said it tell nothing about the event ("according to the state's department").
      const shifted = shiftedInTime(sentence, first, last);
      const otherClause = outsideItsClause(clauses, first, last);
      const elsewhen = (index: number): boolean => shifted(index) || otherClause(index);
      // What the statement was about tells which statement it was by the things it names ("the factory"), not by
      // its verbs: "said on Sunday that the flow had slowed" and "said on Monday that repairs would begin" are two.
      const stated = (index: number): boolean =>
        index > (statedAfter[which] ?? Infinity) && sentence.tokens[index]?.pos === 'NOUN';
      const own = (index: number): boolean =>
        (owners[index] === which || stated(index)) &&
        (index < first || index > last) &&
        !elsewhen(index) &&
        !onlyAttributes(attribution, index, first);
      const cited = citedDocumentSpan(sentence, attribution, first);
      const attributesOnly = (index: number): boolean =>
        attributes(attribution, index) && !(cited && index >= cited.first && index <= cited.last);
      const context = new Set<string>();
      const actions = new Set<string>();
      const nearby = new Set<string>();
      sentence.tokens.forEach((token, index) => {
        if (!own(index) || !token.sense || token.pos === 'NUM') return;
        context.add(token.sense);
        // People ("residents", "officials") take part in many events of a story; they are not what happened.
        if (
          (token.pos === 'VERB' || token.pos === 'NOUN') &&
          !interchangeableDoers.has(token.sense) &&
          !attributesOnly(index) &&
          !namesQuantity(sentence.tokens, index)
        ) {
          actions.add(token.sense);
        }
        if (index >= first - 6 && index <= last + 6) nearby.add(token.sense);
      });
      if (takesOffice(sentence.tokens, own)) {
        actions.add(swearSense);
        context.add(swearSense);
      }
      const frame = frameOf(sentence, first, actions, (index) => attributes(attribution, index));
      // "closed until Friday" and "reopen on Monday" are two tellings of when the closure ends.
      const closedUntil = mention.relation === 'until' && frame.verb !== undefined && closures.has(frame.verb.sense);
      if (closedUntil) {
        actions.add(reopenSense);
        frame.dated.add(reopenSense);
      }
      // "has been owned since 2019 by Castlegate", "the firm, owned since 2019 by Castlegate", and "Castlegate bought it
      // in 2018" tell when the owner took over.
      const ownedSince = mention.relation === 'since' && frame.verb !== undefined && frame.verb.sense === ownSense;
      if (ownedSince) {
        actions.add(buySense);
        frame.dated.add(buySense);
      }
      const reopening = mention.relation === 'on' && frame.verb !== undefined && reopenings.has(frame.verb.sense);
      events.push({
        ...mention,
        file: sentence.file,
        order: sentence.order * 1000 + first,
        first,
        last,
        context,
        actions,
        datesAFigure: datesAFigure(sentence, first),
        names: namesIn(sentence, (index) => !own(index)),
        people: namesIn(sentence, (index) => !own(index) || !named.has(sentence.tokens[index]?.lower ?? '')),
        nearby,
        ...(frame.doer ? { doer: frame.doer.sense, doerText: frame.doer.text } : {}),
        ...(frame.thing ? { thing: frame.thing.sense, thingText: frame.thing.text } : {}),
        ...(frame.verb ? { verb: frame.verb.sense, verbText: frame.verb.text } : {}),
        dated: frame.dated,
        stateSince: ownedSince || (mention.relation === 'since' && perfectBefore(sentence, first)),
        began: [...actions].some((sense) => beginnings.has(sense)),
        ofSaying: attributesOnly(first) || saidRightBefore(sentence, first),
        // Not "according to results presented ... on Saturday": there the date is of what was presented.
        // "Aegeas said on Saturday that ...": the day of saying, whatever the clause after it tells.
        ofAttribution:
          (attributes(attribution, first) && saidRightBefore(sentence, first)) || saidThat(sentence, first, last),
        closedUntil,
        reopening,
      });
    });
  }
  return events;
}

// "Karen Wilde said on Monday that ...": the date follows the verb of saying.
function saidRightBefore(sentence: ArticleSentence, first: number): boolean {
  for (let at = first - 1; at >= Math.max(0, first - 3); at -= 1) {
    const token = sentence.tokens[at];
    if (token && reportsSpeech(token)) return true;
  }
  return false;
}

// "Aegeas said on Saturday that its tanker lost power before grounding": the day of saying, with what was said
// after it.
function saidThat(sentence: ArticleSentence, first: number, last: number): boolean {
  return sentence.tokens[last + 1]?.lower === 'that' && saidRightBefore(sentence, first);
}

const durations = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|nights?)$/;

/**
 * Tokens on the far side of "two days after", "hours before", "a week later" from a date: they tell what happened
 * at another time, so they say nothing about the dated event.
 */
function shiftedInTime(sentence: ArticleSentence, first: number, last: number): (index: number) => boolean {
  const tokens = sentence.tokens;
  let before = -1;
  let after = tokens.length;
  tokens.forEach((token, index) => {
    if (!/^(after|before|later|earlier)$/.test(token.lower) || !durations.test(tokens[index - 1]?.lower ?? '')) return;
    const phraseStart = index - 1;
    if (phraseStart > last && phraseStart < after) after = phraseStart;
    if (index < first && index > before) before = index;
  });
  return (index) => index >= after || index <= before;
}

// A place or service out of use until a day, and its return to use.
const closures = new Set(['close', 'shut', 'suspend', 'halt', 'cancel'].map((word) => senseFamily(word)));
const reopenings = new Set(['reopen', 'resume', 'restart', 'restore'].map((word) => senseFamily(word)));
const reopenSense = senseFamily('reopen');
const ownSense = senseFamily('own');
const buySense = senseFamily('buy');

const beginnings = new Set(['begin', 'start'].map((word) => senseFamily(word)));

// Nouns for people that news writers use for one another ("residents", "people", "crews", "officials"): two of
// them as doers say nothing about two different events.
export const interchangeableDoers = new Set(
  [
    'people',
    'resident',
    'civilian',
    'citizen',
    'inhabitant',
    'local',
    'family',
    'household',
    'worker',
    'crew',
    'firefighter',
    'rescuer',
    'official',
    'officer',
    'authority',
    'police',
    'team',
    'staff',
    'government',
    'troop',
    'force',
  ].map((word) => senseFamily(word)),
);

// "a margin of 0.25 percentage points", "less than half a percentage point apart", "20 per cent", "12 kilometres":
// a unit of measure says how much, never what happened, so two dates near such units are not one event for it.
const quantityWords = new Set(['percent', 'percentage', 'pct', 'cent']);
function namesQuantity(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (quantityWords.has(token.lower) || startsMeasure(tokens, index)) return true;
  // "percentage points", "basis points"
  return /^points?$/.test(token.lower) && /^(percentage|basis)$/.test(tokens[index - 1]?.lower ?? '');
}

// Taking up an office is told many ways: "sworn in", "swearing-in", "takes office", "takes over as mayor", "was
// inaugurated". All are the swearing-in, so "will be sworn in on 1 June" meets "takes over as mayor 08.06.2026".
const swearSense = senseFamily('swear');
const inaugurate = senseFamily('inaugurate');
function takesOffice(tokens: readonly Token[], own: (index: number) => boolean): boolean {
  return tokens.some((token, index) => {
    if (!own(index)) return false;
    if (token.sense === inaugurate) return true;
    if (token.lemma !== 'take') return false;
    const next = tokens[index + 1]?.lower;
    return next === 'office' || (next === 'over' && tokens[index + 2]?.lower === 'as');
  });
}

// "have been evacuated since", "has stayed closed since": the perfect says the state still holds.
function perfectBefore(sentence: ArticleSentence, first: number): boolean {
  for (let at = first - 1; at >= Math.max(0, first - 7); at -= 1) {
    const token = sentence.tokens[at];
    if (!token || isClauseBreak(token.text)) return false;
    if (token.pos === 'AUX' && token.lemma === 'have') return true;
  }
  return false;
}

/**
 * The verb a date belongs to, who did it and what to, when the sentence shows them plainly: "The town library,
 * which has been used as a shelter, will reopen on Thursday" gives "reopen" done by "library".
 */
function frameOf(
  sentence: ArticleSentence,
  first: number,
  actions: Set<string>,
  attributes: (index: number) => boolean,
): {
  doer?: { sense: string; text: string };
  thing?: { sense: string; text: string };
  verb?: { sense: string; text: string };
  dated: Set<string>;
} {
  const dated = new Set<string>();
  // "an unannounced inspection in early August", "the closure on Sunday": a noun made from a verb, right before the
  // date's preposition, is what happened then ("the back of the building at 1.30am" names a place).
  const nounBefore = sentence.tokens[first - 2];
  if (
    sentence.tokens[first - 1]?.pos === 'ADP' &&
    nounBefore?.pos === 'NOUN' &&
    actions.has(nounBefore.sense) &&
    happeningNoun.test(nounBefore.lower)
  ) {
    dated.add(nounBefore.sense);
  }
  const verb = verbBefore(sentence.tokens, first);
  if (verb === undefined || attributes(verb)) return { dated };
  const verbToken = sentence.tokens[verb];
  if (verbToken?.sense && actions.has(verbToken.sense)) dated.add(verbToken.sense);
  // "were ordered out of their homes on Sunday": the date is when they left, told by "fled" in another article.
  const directed = directedAction(sentence.tokens, verb);
  if (directed) {
    dated.add(directed.sense);
    actions.add(directed.sense);
  }
  const happening =
    directed ??
    (verbToken?.pos === 'VERB' && verbToken.sense && !aspectVerbs.has(verbToken.sense)
      ? { sense: verbToken.sense, text: verbToken.text }
      : undefined);
  const nounAt = (index: number | undefined): { sense: string; text: string } | undefined => {
    const token = index === undefined ? undefined : sentence.tokens[index];
    return token?.pos === 'NOUN' && token.sense ? { sense: token.sense, text: token.text } : undefined;
  };
  const doer = nounAt(subjectOf(sentence.tokens, verb, false));
  const thing = nounAt(objectOf(sentence.tokens, verb));
  if (doer && !interchangeableDoers.has(doer.sense)) dated.add(doer.sense);
  return { ...(doer ? { doer } : {}), ...(thing ? { thing } : {}), ...(happening ? { verb: happening } : {}), dated };
}

// Nouns made from verbs: "inspection", "explosion", "announcement", "closure", "arrival", "clearance".
const happeningNoun = /(?:tion|sion|ment|ure|al|ance|ence)s?$/;

// "began", "continued", "stopped": when the doer's real action did something; the doer tells what.
const aspectVerbs = new Set(['begin', 'continue', 'stop', 'end', 'finish', 'resume'].map((word) => senseFamily(word)));

const changeVerbs = new Set(
  ['rise', 'fall', 'reach', 'hit', 'climb', 'jump', 'double', 'stand'].map((word) => senseFamily(word)),
);

// "rose to 15 on Thursday", "reached 1,000 on Monday": a change verb, then a figure, then the date.
function datesAFigure(sentence: ArticleSentence, first: number): boolean {
  let figure = false;
  for (let at = first - 1; at >= Math.max(0, first - 6); at -= 1) {
    const token = sentence.tokens[at];
    if (!token || isClauseBreak(token.text)) return false;
    if (token.pos === 'NUM') figure = true;
    else if (figure && token.pos === 'VERB' && changeVerbs.has(token.sense)) return true;
  }
  return false;
}

function tokenSpan(sentence: ArticleSentence, mention: DateMention): { first: number; last: number } {
  const first = sentence.tokens.findIndex((token) => token.end > mention.start);
  const after = sentence.tokens.findIndex((token) => token.start >= mention.end);
  return { first, last: after < 0 ? sentence.tokens.length - 1 : after - 1 };
}

// "Fifteen people were killed in floods that struck on Monday night, the governor said on Thursday": each word
// belongs to the nearest date, and a comma between them counts as distance, so each date gets its own event.
// "announced on Monday 5 June that it will close its factory ... until the end of 2024": what was stated belongs
// to the dates inside it ("the end of 2024" is when the factory closes), and also tells which statement the day
// of the statement is the day of (the closure was announced on Monday). Per date, the last token before what it
// only shares; Infinity where the date is no statement's.
function statementEnds(sentence: ArticleSentence, spans: readonly { first: number; last: number }[]): number[] {
  if (spans.length < 2) return spans.map(() => Infinity);
  return spans.map((span) =>
    sentence.tokens[span.last + 1]?.lower === 'that' && saidRightBefore(sentence, span.first)
      ? span.last + 1
      : Infinity,
  );
}

// "... lost €38.4 million when Corvane, founded in 2019, filed for insolvency in March 2025": a date in an aside
// set off by commas and opened by a participle or "which" / "who" ("founded in 2019", "which opened in 1962") is the
// date of the aside alone, with the noun it describes; the rest of the sentence belongs to the other dates.
function asideAround(
  tokens: readonly Token[],
  span: { first: number; last: number },
): { first: number; last: number } | undefined {
  let open = span.first - 1;
  while (open >= 0 && !isClauseBreak(tokens[open]?.text)) open -= 1;
  let close = span.last + 1;
  while (close < tokens.length && !isClauseBreak(tokens[close]?.text)) close += 1;
  if (tokens[open]?.text !== ',' || tokens[close]?.text !== ',') return undefined;
  const opener = tokens[open + 1];
  const opens =
    opener !== undefined && ((opener.pos === 'VERB' && /ed$/.test(opener.lower)) || /^(which|who)$/.test(opener.lower));
  // The noun the aside describes stands right before its comma.
  return opens ? { first: open - 1, last: close - 1 } : undefined;
}

function nearestDate(sentence: ArticleSentence, spans: readonly { first: number; last: number }[]): number[] {
  const tokens = sentence.tokens;
  const breaksBefore: number[] = [];
  let breaks = 0;
  tokens.forEach((token, index) => {
    if (isClauseBreak(token.text)) breaks += 1;
    breaksBefore[index] = breaks;
  });
  const saidUpTo = statementEnds(sentence, spans);
  const asides = spans.map((span) => asideAround(tokens, span));
  const outsideAsides = asides.some((aside) => aside === undefined);
  return tokens.map((_, index) => {
    let owner = 0;
    let best = Infinity;
    spans.forEach((span, which) => {
      if (index > (saidUpTo[which] ?? Infinity)) return;
      const aside = asides[which];
      if (aside && outsideAsides && (index < aside.first || index > aside.last)) return;
      const anchor = index < span.first ? span.first : index > span.last ? span.last : index;
      const distance =
        Math.abs(index - anchor) + 4 * Math.abs((breaksBefore[index] ?? 0) - (breaksBefore[anchor] ?? 0));
      if (distance < best) {
        best = distance;
        owner = which;
      }
    });
    return owner;
  });
}

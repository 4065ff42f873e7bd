import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { isRecordSince, recordSuperlative, type DateMention, type DateReferences } from './dateMentions.ts';
import { compareDates, trueWeekdayOf } from './compareDates.ts';
import { weekdayNames } from '../calendarWords.ts';
import { interchangeableDoers, readDatedEvents, type DatedEvent } from './datedEvents.ts';
import { describeEvent } from './eventDescription.ts';
import { groupMentions } from './factGroups.ts';
import { findWeekdayDates } from './weekdayDates.ts';
import { findEventHours } from './eventHours.ts';
import { isReportingVerb } from './reportingVerbs.ts';
import { tellsABeginning, thingNamedByYear } from './yearNamingAThing.ts';
import { findingsFor } from './factFindings.ts';
import { cachedPairScore, pairReasons, type PairRule, type RuleVerdict } from './pairRules.ts';
import { disjointNames, sharedTotal, sharedWeight, type SenseWeight } from './senseWeights.ts';

// When the same event happened, across articles: the event is recognised by the words around the date (who
// did what), the date is compared on what both articles state.

const sameEventThreshold = 1.5;
/** Points for two dates that belong to the same verb or its subject. */
const datedActionBonus = 0.75;
/** Context a date must share with the other members of a group it joins through a stronger pair. */
const fitContext = 0.3;
/** Weight of the words beside two bare years they must share: more than one common word such as "emissions". */
const nearbyNeeded = 0.5;

function dateRules(weight: SenseWeight): PairRule<DatedEvent>[] {
  return [...dateVetoes(weight), ...dateEvidence(weight)];
}

// Rules that rule a pair out, whatever else it shares; they also keep a date out of a group it joins indirectly.
function dateVetoes(weight: SenseWeight): PairRule<DatedEvent>[] {
  return [sameNamedThings, ...kindVetoes(weight)];
}

// A person and a place are no two named things: "Returning officer Anna Lindqvist declared the figures on Tuesday"
// / "The result was declared on Wednesday at the Harbour Exchange" may tell one declaration.
function sameNamedThings(a: DatedEvent, b: DatedEvent): RuleVerdict | undefined {
  if (!disjointNames(a.names, b.names)) return undefined;
  const onlyPeople = (event: DatedEvent): boolean => event.people.size === event.names.size;
  if ((onlyPeople(a) && b.people.size === 0) || (onlyPeople(b) && a.people.size === 0)) return undefined;
  return { score: -Infinity, because: () => 'the sentences name nothing in common' };
}

function kindVetoes(weight: SenseWeight): PairRule<DatedEvent>[] {
  return [
    function sameKindOfDate(a, b) {
      if (a.relation === b.relation || startOfState(a, b) || startOfState(b, a)) return undefined;
      if ((a.closedUntil && b.reopening) || (b.closedUntil && a.reopening)) return undefined;
      if (promisedDay(a, b) || promisedDay(b, a)) return undefined;
      return { score: -Infinity, because: () => `"${a.relation}" and "${b.relation}" dates are different facts` };
    },
    // "The library will reopen on Thursday" and "Schools will reopen on Wednesday" are two events, one action.
    function sameDoer(a, b) {
      if (!a.doer || !b.doer || a.doer === b.doer || a.context.has(b.doer) || b.context.has(a.doer)) return undefined;
      if (interchangeableDoers.has(a.doer) || interchangeableDoers.has(b.doer)) return undefined;
      // "Farmers lost crops after the wettest season for 30 years" / "The region has had its wettest autumn since
      // 1976": a record belongs to its superlative, not to the sentence's subject.
      if (sameSuperlative(a, b)) return undefined;
      return { score: -Infinity, because: () => `done by different things (${a.doerText} / ${b.doerText})` };
    },
    // "The order was issued on Saturday" and "the order was lifted on Tuesday": one thing, two happenings.
    function sameHappening(a, b) {
      if (!a.verb || !b.verb || a.verb === b.verb || a.actions.has(b.verb) || b.actions.has(a.verb)) return undefined;
      if (oneHappening(a, b)) return undefined;
      // "whose family has run the business since 1931" / "The business was founded in 1928": what has gone on since
      // a year began when the thing did.
      const since = (x: DatedEvent, y: DatedEvent): boolean => x.relation === 'since' && tellsABeginning(y.verb);
      if (since(a, b) || since(b, a)) return undefined;
      const sameDoer =
        a.doer !== undefined &&
        (a.doer === b.doer || (interchangeableDoers.has(a.doer) && interchangeableDoers.has(b.doer ?? '')));
      const sameThing = a.thing !== undefined && a.thing === b.thing;
      // "The plant opened in 1962" / "Solvang acquired the plant in 2014": what one did the other had done to it.
      const crossed = (a.doer !== undefined && a.doer === b.thing) || (a.thing !== undefined && a.thing === b.doer);
      if (!sameDoer && !sameThing && !crossed) return undefined;
      return { score: -Infinity, because: () => `different happenings (${a.verbText} / ${b.verbText})` };
    },
    // "closed the road on Sunday" and "closed the bridge on Monday" are two closures.
    function sameThingDoneTo(a, b) {
      if (!a.thing || !b.thing || a.thing === b.thing || a.context.has(b.thing) || b.context.has(a.thing)) {
        return undefined;
      }
      return { score: -Infinity, because: () => `done to different things (${a.thingText} / ${b.thingText})` };
    },
    // "... forced nearly 4,000 people to evacuate, fire officials said on Monday": the day of the telling, which says
    // nothing of when they were told to leave ("the evacuation order was issued Friday morning"). A statement's day
    // meets only another statement's.
    function statementOrEvent(a, b) {
      const [told, other] = a.ofAttribution ? [a, b] : [b, a];
      if (!told.ofAttribution || other.ofSaying) return undefined;
      // "made the announcement shortly before 6pm on Monday": a statement told by its noun.
      if ([...other.actions].some((sense) => isReportingVerb(sense))) return undefined;
      return { score: -Infinity, because: () => `"${told.text}" is the day it was said, not of the event` };
    },
    function bothOrNeitherDateAFigure(a, b) {
      if (a.datesAFigure === b.datesAFigure) return undefined;
      return { score: -Infinity, because: () => 'the date a figure was reached is not the date of the event' };
    },
    // "by 2030" and "by 2050" may be two targets of one plan: a bare year needs the words beside it to meet.
    function yearsSaidAlike(a, b) {
      const bareYear = (event: DatedEvent): boolean =>
        event.year !== undefined && event.month === undefined && event.weekday === undefined;
      if (!bareYear(a) || !bareYear(b) || sharedTotal(a.nearby, b.nearby, weight) >= nearbyNeeded) return undefined;
      // Two records ("the largest since 2013", "the worst in more than 20 years") share their superlative.
      if (isRecordSince(a) && isRecordSince(b) && sharedTotal(a.nearby, b.nearby, weight) > 0) return undefined;
      if (sameSuperlative(a, b)) return undefined;
      // "owned since 2019" / "bought it in 2018": a state and the happening that began it, far apart in words.
      if ((a.relation === 'since' || b.relation === 'since') && [...a.dated].some((sense) => b.dated.has(sense))) {
        return undefined;
      }
      if (stateAndItsBeginning(a, b)) return undefined;
      return { score: -Infinity, because: () => 'no word beside the two years in common' };
    },
  ];
}

// Verbs that name no happening of their own, or one happening in other words. "A clinic is planned for Saturday"
// dates the clinic, as "the clinic will run on Saturday" does; a case "confirmed", "reported", "identified" or
// "picked up" on a day is one case coming to light, whichever word the outlet chose.
const arranging = new Set(['plan', 'schedu', 'slate', 'arrang']);
const comingToLight = new Set(['confir', 'report', 'identi', 'detect', 'diagno', 'record', 'pick', 'spot', 'discov']);

// Only a first one: a death "reported" on Sunday and "confirmed" on Monday may be two steps, but the first case
// has one day it came to light.
function oneHappening(a: DatedEvent, b: DatedEvent): boolean {
  const x = a.verb ?? '';
  const y = b.verb ?? '';
  if (arranges(a, x) || arranges(b, y)) return true;
  return comingToLight.has(x) && comingToLight.has(y) && tellsOfAFirst(a) && tellsOfAFirst(b);
}

// "Set" arranges only as "set for Monday" or "set to begin on Monday", never as "set fire to" or "set up".
function arranges(event: DatedEvent, verb: string): boolean {
  if (arranging.has(verb)) return true;
  return (
    verb === 'set' &&
    /\bset\s+(?:for|to)\b/i.test(event.sentence.lineText.slice(event.sentence.start, event.sentence.end))
  );
}

// "has had a protection order since 2022" / "introduced rules in 2023", "in place since 2021" / "installed in 2019":
// a state told from a year, and a thing brought in in a year, share no word of action but tell when it began, when
// both sentences name the same thing. Years only: "since Monday" and "opened on Tuesday" in one story tell of many
// things.
function sinceOrBeginning(event: DatedEvent): boolean {
  const yearOnly = event.year !== undefined && event.month === undefined && event.weekday === undefined;
  return yearOnly && (event.relation === 'since' || (event.relation === 'on' && tellsABeginning(event.verb)));
}

function stateAndItsBeginning(a: DatedEvent, b: DatedEvent): boolean {
  if (!sinceOrBeginning(a) || !sinceOrBeginning(b) || (a.relation === 'since') === (b.relation === 'since')) {
    return false;
  }
  // The thing both sentences name ("Tallisent Software", "Mallow Park") says which state began.
  return [...a.names].some((name) => b.names.has(name));
}

// Two records of one superlative in one event's coverage are one record, whatever each calls the period.
function sameSuperlative(a: DatedEvent, b: DatedEvent): boolean {
  const superlative = recordSuperlative(a);
  return superlative !== undefined && superlative === recordSuperlative(b);
}

function tellsOfAFirst(event: DatedEvent): boolean {
  return /\bfirst\b/i.test(event.sentence.lineText.slice(event.sentence.start, event.sentence.end));
}

function dateEvidence(weight: SenseWeight): PairRule<DatedEvent>[] {
  return [
    // "1961" and "around 2am" state nothing the other states: as a pair there is nothing to agree or disagree on,
    // though each may join a group through a date it can be compared with.
    function somethingToCompare(a, b) {
      if (sharedParts(a, b)) return undefined;
      return { score: -Infinity, because: () => `"${a.text}" and "${b.text}" state different parts of a date` };
    },
    function sharedAction(a, b) {
      const total = sharedTotal(a.actions, b.actions, weight);
      if (total === 0 && sameSuperlative(a, b)) return undefined;
      if (total === 0 && stateAndItsBeginning(a, b)) {
        return { score: datedActionBonus, because: () => `"${a.text}" and "${b.text}": a state and its beginning` };
      }
      if (total === 0) return { score: -Infinity, because: () => 'no shared action around the dates' };
      return {
        score: total,
        because: () => `same action: ${sharedWeight(a.actions, b.actions, weight).shared.join(', ')}`,
      };
    },
    // "The evacuation began on Saturday night" / "residents were moved out early on Sunday": the dated verb or its
    // subject is the same action, so the dates are of one event even when little else is shared.
    function sameDatedAction(a, b) {
      for (const sense of a.dated) {
        if (b.dated.has(sense)) return { score: datedActionBonus, because: () => `both dates belong to "${sense}"` };
      }
      return undefined;
    },
    // "the largest outbreak in the region since 2013" / "the worst outbreak in more than 20 years": two records of
    // one thing (the shared action) are one fact, however the superlative is worded.
    function sameRecord(a, b) {
      if (!isRecordSince(a) || !isRecordSince(b)) return undefined;
      // Worded with one superlative ("driest"), they are one record even told of other periods ("spell", "summer").
      if (sameSuperlative(a, b)) {
        return {
          score: 2 * datedActionBonus,
          because: () => `both say since when something is the ${recordSuperlative(a) ?? ''}`,
        };
      }
      return { score: datedActionBonus, because: () => 'both say since when something is a record' };
    },
    // "The 1972 car park" / "The car park opened in 1969": the year a thing is named by is when it began.
    function yearThatNamesTheThing(a, b) {
      const [named, other] = thingNamedByYear(a) ? [a, b] : [b, a];
      const thing = thingNamedByYear(named);
      if (!thing || !tellsABeginning(other.verb) || !other.context.has(thing)) return undefined;
      return { score: datedActionBonus, because: () => `"${named.text}" names the ${thing} that ${other.verbText}` };
    },
    function sharedSentenceWords(a, b) {
      const total = sharedTotal(a.context, b.context, weight);
      if (total === 0) return undefined;
      return {
        score: total,
        because: () => `sentences share ${sharedWeight(a.context, b.context, weight).shared.join(', ')}`,
      };
    },
  ];
}

/** Dates of the same event that disagree across articles, and dates that agree. */
export function findDateFacts(
  sentences: readonly ArticleSentence[],
  weight: SenseWeight,
  referencesOf: (file: string) => DateReferences,
): FactFinding[] {
  const events = readDatedEvents(sentences, referencesOf);
  const rules = dateRules(weight);
  const score = cachedPairScore(rules);
  const vetoed = cachedPairScore(kindVetoes(weight));
  const vetoedFully = cachedPairScore(dateVetoes(weight));
  // Two dates of one event share at least one action word (the sharedAction rule demands it), so actions are keys.
  const groups = groupMentions(events, {
    // Records meet by their superlative: "the driest spell since 1976" / "the driest summer for 30 years".
    keys: (event) => {
      const superlative = recordSuperlative(event);
      const keys = superlative ? [...event.actions, `record:${superlative}`] : [...event.actions];
      // Filed under the names it shares with its beginning, which `stateAndItsBeginning` asks for.
      return sinceOrBeginning(event) ? [...keys, ...[...event.names].map((name) => `beginning:${name}`)] : keys;
    },
    relate: (a, b) => {
      const points = score(a, b);
      return points >= sameEventThreshold ? points : 0;
    },
    exclusive: true,
    // Beside a member it was not paired with, a date needs the same kind, not an action.
    fits: (a, b) => vetoed(a, b) !== -Infinity,
    // One member may name only the river, another only the town; together they must name something it names.
    // And it must share some context with most of them (more than half): "fled their homes late Saturday" shares nothing with
    // "the order went out on Sunday morning", but much with the others that tell of the evacuation.
    fitsGroup: (members, other) =>
      !disjointNames(new Set(members.flatMap((member) => [...member.names])), other.names) &&
      members.filter((member) => sharedTotal(member.context, other.context, weight) >= fitContext).length * 2 >
        members.length,
  });

  // An article that gives both dates, in any role ("by 2035, up from ... for 2030"), disagrees with neither.
  const byFile = new Map<string, DatedEvent[]>();
  for (const event of events) {
    const list = byFile.get(event.file);
    if (list) list.push(event);
    else byFile.set(event.file, [event]);
  }
  // Which event a date belongs to is not always clear, so any date of the article counts unless it plainly
  // belongs to something else: a date of saying ("officials said on Sunday"), or one that names other people or
  // places, or another doer.
  // The other date must be stated in the part the two disagree on: a story's "Sunday" for a tour says nothing
  // about whether the wall gave way at 2am or 4am.
  const statesToo = (event: DatedEvent, other: DatedEvent): boolean => {
    const disputed = [...partsOf(event)].filter((part) => partsOf(other).has(part));
    return (byFile.get(event.file) ?? []).some(
      (own) =>
        !own.ofSaying &&
        disputed.every((part) => partsOf(own).has(part)) &&
        // "2.15am on Tuesday local time (1915 GMT Monday)" states Monday too, by another clock.
        compareDates(own, other, true) === 'same' &&
        vetoedFully(own, other) !== -Infinity,
    );
  };
  const compare = (a: DatedEvent, b: DatedEvent): ReturnType<typeof compareDates> => {
    const match = promisedDay(a, b)
      ? deadlineAndDay(a, b)
      : promisedDay(b, a)
        ? deadlineAndDay(b, a)
        : a.closedUntil && b.reopening
          ? closureAndReopening(a, b)
          : b.closedUntil && a.reopening
            ? closureAndReopening(b, a)
            : compareDates(a, b);
    return match === 'different' && (statesToo(a, b) || statesToo(b, a)) ? 'compatible' : match;
  };

  const ofEvents = groups.flatMap((group) =>
    findingsFor(group, {
      kind: 'date',
      fact: describeEvent(group),
      compare,
      refOf,
      reasonsFor: (a, b) => [...pairReasons(rules, a, b), ...weekdayMismatches(group)],
    }),
  );
  // "Sunday, May 11" / "Sunday, May 10" for one leak is already the leak's date: told once, as the event's.
  const told = new Set(ofEvents.flatMap((finding) => finding.fact.values.map((value) => valueKey(finding, value))));
  const notTold = (finding: FactFinding): boolean =>
    !finding.fact.values.every((value) => told.has(valueKey(finding, value)));
  // A first hour already compared as its event's date is told once, as the event's.
  return [...ofEvents, ...findWeekdayDates(events).filter(notTold), ...findEventHours(events).filter(notTold)];
}

/**
 * "Closed until Friday" against "reopens on Saturday" (or on Friday itself) agree; "closed until at least Friday 24
 * April" leaves room for a later reopening, not for "reopen on Monday 20 April".
 */
function closureAndReopening(closed: DatedEvent, reopened: DatedEvent): ReturnType<typeof compareDates> {
  const match = compareDates(closed, reopened);
  if (match !== 'different') return match;
  const apart = daysLater(closed, reopened);
  if (apart === undefined) return match;
  if (apart === 0 || apart === 1 || (closed.lowerBound === true && apart > 0)) return 'compatible';
  return 'different';
}

// "Corrected results will be issued by Friday 21 August" / "corrected grades will land next Monday": a promise
// told by its deadline in one article and by its day in another. Both must look ahead; a deadline met late ("must
// reply by Friday" / "replied on Monday") is no contradiction of the reports.
const ahead = /\b(?:will|shall|['’]ll|would|due|expected|promised|set to|going to|plans? to|scheduled)\b/i;

function promisedDay(by: DatedEvent, on: DatedEvent): boolean {
  return (
    by.deadline === true &&
    on.relation === 'on' &&
    !on.deadline &&
    ahead.test(by.sentence.lineText.slice(by.sentence.start, by.sentence.end)) &&
    ahead.test(on.sentence.lineText.slice(on.sentence.start, on.sentence.end))
  );
}

/** A day on or before the deadline keeps the promise; a day after it does not. */
function deadlineAndDay(by: DatedEvent, on: DatedEvent): ReturnType<typeof compareDates> {
  const match = compareDates(by, on);
  const deadline = calendarDay(by) ?? by.dayAhead;
  const day = calendarDay(on) ?? on.dayAhead;
  if (deadline !== undefined && day !== undefined) return day > deadline ? 'different' : 'compatible';
  return match === 'same' ? 'same' : 'compatible';
}

function calendarDay(date: DatedEvent): number | undefined {
  const year = date.year ?? date.impliedYear;
  if (year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return Date.UTC(year, date.month - 1, date.day) / 864e5;
}

// How many days after the first date the second falls: by calendar date where both give one, else by weekday
// within the week ahead.
function daysLater(first: DatedEvent, second: DatedEvent): number | undefined {
  const dayNumber = (date: DatedEvent): number | undefined => {
    const year = date.year ?? date.impliedYear;
    if (year === undefined || date.month === undefined || date.day === undefined) return undefined;
    return Date.UTC(year, date.month - 1, date.day) / 864e5;
  };
  const x = dayNumber(first);
  const y = dayNumber(second);
  if (x !== undefined && y !== undefined) return y - x;
  if (first.weekday !== undefined && second.weekday !== undefined) return (second.weekday - first.weekday + 7) % 7;
  return undefined;
}

function valueKey(finding: FactFinding, value: LineRef): string {
  return `${finding.verdict}\u0000${value.file}\u0000${value.line}\u0000${value.text}`;
}

// "Sunday, May 10" in a 2025 story: the article contradicts itself, which a teacher will want to point out.
function weekdayMismatches(group: readonly DatedEvent[]): string[] {
  return group.flatMap((event) => {
    const actual = trueWeekdayOf(event);
    if (actual === undefined) return [];
    return [`${event.file} writes "${event.text}", but that date was a ${capitalised(weekdayNames[actual] ?? '')}`];
  });
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const statedParts = new WeakMap<DateMention, Set<string>>();

/** The parts of a date it states: year, month, weekday (written, or known from a full date), time of day. */
function partsOf(date: DateMention): Set<string> {
  const known = statedParts.get(date);
  if (known) return known;
  const found = new Set<string>();
  statedParts.set(date, found);
  if (date.year !== undefined) found.add('year');
  if (date.month !== undefined) found.add('month');
  if (date.time) found.add('time');
  const year = date.year ?? date.impliedYear;
  if (date.weekday !== undefined || (year !== undefined && date.month !== undefined && date.day !== undefined)) {
    found.add('weekday');
  }
  return found;
}

function sharedParts(a: DateMention, b: DateMention): boolean {
  const own = partsOf(a);
  for (const part of partsOf(b)) if (own.has(part)) return true;
  return false;
}

/** "since Sunday" and "on Sunday" tell one date when the first is a state that began then. */
function startOfState(since: DatedEvent, on: DatedEvent): boolean {
  if (since.relation !== 'since' || on.relation !== 'on') return false;
  return since.stateSince || on.began || stateAndItsBeginning(since, on);
}

function refOf(event: DatedEvent): LineRef {
  return { file: event.file, line: event.sentence.line, text: event.text };
}

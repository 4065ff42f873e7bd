import type { ArticleSentence, Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';
import { subjectOf } from './eventSubject.ts';
import { isReportingVerb } from './reportingVerbs.ts';
import { phrasalMeaning } from './phrasalVerbs.ts';
import { quotationsOfLine } from './quoteMentions.ts';
import { contrariesOf, contraryHead, isContraryEvent, isContraryState } from './contraries.ts';
import { readNumeral } from './numberWords.ts';
import { departureAt } from './departures.ts';
import { counterfactualAt } from './counterfactuals.ts';
import { forGood, permanenceAt } from './permanence.ts';
import { reactionAt } from './reactions.ts';
import { custodyAt, type CustodyState } from './custody.ts';
import { suspensionAt, type Suspension } from './suspensions.ts';
import { pleaAt, type Plea } from './pleas.ts';
import { attendanceAt, type Attendance } from './attendance.ts';
import { findTitledNames } from './nameMentions.ts';
import { entered, entryAt } from './entries.ts';
import { gathering, isGathering, violentLabelAt } from './gatherings.ts';
import { onDuty, presenceAt } from './presence.ts';
import { keptWorking, runningThing, serviceStateAt } from './servicesWorking.ts';
import { openStateAt } from './openStates.ts';

// A thing said to have happened to something, stated or denied: "the tank ruptured", "the tank itself did not
// rupture", "the water treatment plant had been damaged", "the plant was not damaged". A claim is the thing (the
// head noun of what underwent it, with the words that narrow it down: "road bridge", "water treatment plant"),
// the verb, and whether the article denies it. Only plain statements count: "could collapse", "if it is
// breached", "whether it was breached", "has not yet been breached", "not only damaged but" state nothing to deny.

export interface PredicateClaim {
  sentence: ArticleSentence;
  /** Word family of the thing's head noun ("plant"), and the families that narrow it ("water", "treatment"). */
  theme: string;
  themeText: string;
  narrowers: Set<string>;
  /** The thing as written, without its determiner ("water treatment plant"). */
  phraseText: string;
  /** Word family of the verb, and its place on a scale of severity when it has one. */
  verb: string;
  verbText: string;
  scale?: { name: string; level: number };
  passive: boolean;
  /** Told by a noun ("a breach in the dam"), not a verb. */
  nominal?: boolean;
  denied: boolean;
  /** Inside quotation marks: what a speaker says, which the article reports without making it its own. */
  quoted?: boolean;
  /** Denied by a verb of the opposite sense ("the dam held"), so `verbText` is not a form of `verb`. */
  withstood?: boolean;
  /** A state ("peaceful", "accidental"), not a happening: worded "was peaceful". */
  state?: boolean;
  /** Said of some of the things ("most passengers", "two of the workers"): true of a part, it denies nothing. */
  partial?: boolean;
  /** How many of the thing ("Eight patients", "some 150 nurses"): a count names one group of them. */
  count?: number;
  /** Denied because the article states a contrary ("transferred" denies "evacuated"; contraries.ts). */
  contrary?: boolean;
  /**
   * Said of a person by "he" or "she" ("He was taken into custody"): the person is the one the article's last
   * claim about a person named (predicateFacts.ts). Only the states of a person (reactions.ts, custody.ts).
   */
  pronoun?: boolean;
  /** A state of a person (reactions.ts, custody.ts), whose theme a later "he" or "she" may stand for. */
  personState?: boolean;
  /** What went into the place, for an entry (entries.ts): "the fire" in "the fire swept through the town". */
  doerText?: string;
}

// Some verbs say more than others about one thing: a dam that burst was breached, and one that was breached was
// damaged; the reverse does not hold. Asserting a stronger verb contradicts denying a weaker one of its scale.
const severityScales: Readonly<Record<string, readonly (readonly string[])[]>> = {
  failure: [['damage'], ['breach', 'rupture', 'puncture'], ['burst', 'collapse']],
  ruin: [['damage'], ['destroy']],
  harm: [['injure', 'hurt', 'wound'], ['kill']],
};
const scaleOf = new Map<string, { name: string; level: number }[]>();
for (const [name, levels] of Object.entries(severityScales)) {
  levels.forEach((verbs, level) => {
    for (const verb of verbs) {
      const family = senseFamily(verb);
      scaleOf.set(family, [...(scaleOf.get(family) ?? []), { name, level }]);
    }
  });
}

// Verbs that tell nothing happening to a thing, besides those that report it (reportingVerbs.ts).
const notHappenings = new Set(
  [
    'be',
    'have',
    'do',
    'make',
    'take',
    'give',
    'get',
    'go',
    'come',
    'see',
    'hear',
    'find',
    'show',
    'use',
    'include',
    'become',
    'remain',
    'continue',
    'identify',
    'release',
    'name',
    'allow',
    'let',
    'mean',
    'rule',
    'like',
  ].map((word) => senseFamily(word)),
);

const negators = new Set(['not', "n't", 'never']);
const modals = new Set(['could', 'would', 'might', 'may', 'can', 'should', 'must', 'will', 'shall', "'ll", 'ca', 'wo']);
// Words that put a clause in doubt or in the future: "if it is breached", "whether it was breached", "fears it
// will burst", "at risk of being breached".
// "appeared to show", "reportedly": a claim the article does not make its own.
const doubtWords = new Set([
  'if',
  'whether',
  'unless',
  'lest',
  'fear',
  'risk',
  'threat',
  'danger',
  'possibility',
  'appear',
  'seem',
  'reportedly',
  'apparently',
  'allegedly',
]);
const denyingVerbs = new Set(['deny', 'dismiss', 'reject'].map((word) => senseFamily(word)));
const restrictors = new Set(['only', 'just', 'merely', 'simply']);

// Words that deny a failure without a "not": a dam that "held" was not breached, a case "intact" not even damaged
// (nor, on the scale, breached), a building "undamaged" or "spared" was not damaged, workers "unharmed" were not
// hurt, those who "survived" were not killed.
const outlasting = new Set(['survive', 'withstand'].map((word) => senseFamily(word)));
const withstood = new Map([
  [senseFamily('hold'), senseFamily('breach')],
  [senseFamily('intact'), senseFamily('damage')],
  [senseFamily('withstand'), senseFamily('breach')],
  [senseFamily('undamaged'), senseFamily('damage')],
  [senseFamily('unharmed'), senseFamily('injure')],
  [senseFamily('unhurt'), senseFamily('injure')],
  [senseFamily('uninjured'), senseFamily('injure')],
  [senseFamily('unscathed'), senseFamily('injure')],
  [senseFamily('survive'), senseFamily('kill')],
]);

const damage = senseFamily('damage');
const worseThanDamage = ['destroy', 'collapse'].map((word) => senseFamily(word));
const minimisers = new Set(['slightly', 'lightly', 'partly', 'partially', 'superficially', 'minor', 'slight', 'light']);

// "was slightly damaged", "suffered minor damage": a word that keeps the damage small, right before it.
function minimised(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.lower ?? '';
  const further = tokens[index - 2]?.lower ?? '';
  return minimisers.has(before) || (tokens[index - 1]?.pos === 'ADV' && minimisers.has(further));
}

/** Claims of something happening to a thing, stated or denied, in one sentence. */
export function findPredicateClaims(sentence: ArticleSentence): PredicateClaim[] {
  const tokens = sentence.tokens;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const claims: PredicateClaim[] = [];
  const push = (claim: PredicateClaim, index: number): void => {
    const at = tokens[index]?.start ?? -1;
    const quoted = quotationsOfLine(sentence).some((quote) => quote.start <= at && at < quote.end);
    const found = quoted ? { ...claim, quoted: true } : claim;
    // "Most passengers survived" does not deny that three were killed.
    if (found.denied && found.partial) return;
    claims.push(found);
    // "Lind resigned" says she was not fired; "the protest was peaceful" that it was not violent. Of a part, only
    // of a counted one: "eight patients were transferred" says those eight were not evacuated.
    if (found.denied || (found.partial && found.count === undefined)) return;
    const { scale: _scale, ...rest } = found;
    for (const other of contrariesOf(found.verb)) {
      claims.push({ ...rest, verb: other, denied: true, withstood: true, contrary: true });
    }
    if (found.partial) return;
    // "slightly damaged", "minor damage to the school": not destroyed, not collapsed.
    if (found.verb === damage && minimised(tokens, index)) {
      for (const worse of worseThanDamage) claims.push({ ...rest, verb: worse, denied: true, withstood: true });
    }
  };
  tokens.forEach((token, index) => {
    const named = nominalClaim(sentence, index) ?? attributiveClaim(sentence, index) ?? stateClaim(sentence, index);
    if (named) {
      push(named, index);
      return;
    }
    const held = eventClaim(sentence, index);
    if (held) push(held, held.eventIndex);
    // "No school has been closed" tells of a closing as well as of the state it left.
    const openOrShut = openStateClaim(sentence, index);
    if (openOrShut) push(openOrShut, index);
    const told = claimReaders.reduce<PredicateClaim | undefined>(
      (found, read) => found ?? read(sentence, index),
      undefined,
    );
    if (told) {
      push(told, index);
      return;
    }
    const opposite = withstoodVerb(tokens, index);
    const kept = stayedPut(tokens, index);
    const sent = summoned(tokens, index);
    // "was seen as a victory", "was found to be safe": a judgement, not a thing being there.
    const observing =
      token.pos === 'VERB' && observingVerbs.has(token.lemma) && !['as', 'to'].includes(tokens[index + 1]?.lower ?? '');
    if (!opposite && !kept && !sent && !observing && !isHappening(tokens, index)) return;
    const chain = auxiliaryChain(tokens, index);
    const seen = observing && chain.passive;
    if (observing && !seen && !isHappening(tokens, index)) return;
    if (chain.restricted || (chain.yet && !recordedOnce.has(token.sense))) return;
    const nobody = nobodyBefore(tokens, chain.first);
    const theme =
      nobody ?? themeOf(tokens, index, chain, opposite !== undefined || kept || outlasting.has(token.sense));
    if (!theme) return;
    const didNotHappen = chain.modal && counterfactualAt(tokens, index, theme.phraseText);
    if (chain.modal && !didNotHappen) return;
    if (inDoubt(tokens, theme.phraseStart)) return;
    const verb =
      opposite ?? (kept ? stayingPut : sent ? calledOut : seen ? observed : (contraryHead(token.sense) ?? token.sense));
    const denied =
      (((chain.negated !== deniedByVerb(tokens, theme.phraseStart)) !== (opposite !== undefined)) !==
        (nobody !== undefined || noneOfThem(tokens, theme.phraseStart))) !==
      didNotHappen;
    const scale = scaleOf.get(verb);
    push(
      {
        sentence,
        ...themeFields(theme),
        verb,
        verbText: kept
          ? lineWords(tokens, index, index + (tokens[index + 1]?.lower === 'on' ? 2 : 1))
          : withParticle(tokens, index),
        ...(scale?.[0] ? { scale: scale[0] } : {}),
        passive: chain.passive || theme.passive === true,
        denied,
        ...(opposite ? { withstood: true } : {}),
        ...partOfThem(tokens, theme.phraseStart),
      },
      index,
    );
  });
  return claims;
}

// Things done once and for the record: results published, a treaty signed or ratified, a drug approved. "Not yet
// published" says what the record shows when the article was written, and the articles of one set are written
// together, so it denies "the results were published"; a dam "not yet breached" may give way by the next report.
const recordedOnce = new Set(
  ['publish', 'approve', 'ratify', 'sign', 'certify', 'license'].map((word) => senseFamily(word)),
);

// "Passengers remained on board", "were kept aboard", "residents stayed put": not moved, which denies that they
// were evacuated, transferred or sent home (contraries.ts). A bare "stayed" ("prices stayed high") is no such thing.
const stayingVerbs = new Set(['remain', 'stay', 'keep']);
const stayingPlaces = new Set(['aboard', 'put', 'inside', 'indoors', 'behind']);
/** The verb of "remained on board", "stayed put": not moved (contraries.ts). */
export const stayingPut = senseFamily('stayput');

function stayedPut(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.pos !== 'VERB' || !stayingVerbs.has(token.lemma)) return false;
  const next = tokens[index + 1]?.lower ?? '';
  return stayingPlaces.has(next) || (next === 'on' && tokens[index + 2]?.lower === 'board');
}

// "Police were called as tempers flared" / "police were not called to the meeting at any point": people called out,
// which "call" as a verb of saying hides. Only the passive with nothing after it that names or asks ("was called a
// liar", "were called on to resign", "called for calm", "called off" are other verbs).
const calledOut = senseFamily('summon');
const afterCalledOut = new Set(['to', 'in', 'out', 'at', 'after', 'as', 'when', 'because', 'shortly', 'just', 'and']);

function summoned(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.pos !== 'VERB' || token.lemma !== 'call' || !auxiliaryChain(tokens, index).passive) return false;
  const next = tokens[index + 1];
  if (!next || next.pos === 'PUNCT') return next?.text !== '"';
  if (next.lower === 'in' && tokens[index + 2]?.lower === 'to') return true;
  return afterCalledOut.has(next.lower) && !(next.lower === 'to' && tokens[index + 2]?.pos === 'VERB');
}

// "No pollution had been detected", "a thin diesel sheen was seen", "no cracks were found": a thing said to be
// there or not. Only the passive: "I saw handshakes" tells of the one who saw.
const observingVerbs = new Set(['see', 'detect', 'find', 'spot', 'observe']);
const observed = senseFamily('detect');

// A kind of thing against the thing it is a kind of: a "diesel sheen" or an "oil slick" seen is pollution seen, so
// it contradicts "no pollution was detected"; "no sheen was seen" says nothing of other pollution.
const broaderThings = new Map(
  [
    ['sheen', 'pollution'],
    ['slick', 'pollution'],
    ['spill', 'pollution'],
  ].map(([kind, thing]) => [senseFamily(kind ?? ''), senseFamily(thing ?? '')]),
);

// People who "held", "staged" or "joined" a happening with contraries (contraries.ts): "150 nurses staged a
// protest", "nurses gathered outside the main entrance for a candlelit vigil". The people are the thing; the
// happening, the verb.
// As written: wink's lemma for "staged" is "stag".
const holdingVerbs =
  /^(?:hold|holds|holding|held|stag(?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|mount(?:s|ed|ing)?|join(?:s|ed|ing)?|attend(?:s|ed|ing)?|gather(?:s|ed|ing)?|lead|leads|leading|led)$/;
const clauseEnds = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON']);

function eventClaim(sentence: ArticleSentence, index: number): (PredicateClaim & { eventIndex: number }) | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (token?.pos !== 'VERB' || !holdingVerbs.test(token.lower)) return undefined;
  let event: number | undefined;
  for (let at = index + 1; at < tokens.length && at - index <= 9; at += 1) {
    const word = tokens[at];
    if (!word || clauseEnds.has(word.pos) || (word.pos === 'PUNCT' && word.text !== '-')) break;
    if (word.pos === 'NOUN' && isContraryEvent(word.sense) && tokens[at + 1]?.pos !== 'NOUN') {
      event = at;
      break;
    }
  }
  const eventToken = event === undefined ? undefined : tokens[event];
  if (event === undefined || !eventToken) return undefined;
  const chain = auxiliaryChain(tokens, index);
  if (!toldAsFact(chain)) return undefined;
  const theme = subjectTheme(tokens, index);
  if (!theme) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    verb: contraryHead(eventToken.sense) ?? eventToken.sense,
    verbText: eventToken.text,
    passive: false,
    nominal: true,
    denied: chain.negated,
    ...partOfThem(tokens, theme.phraseStart),
    eventIndex: event,
  };
}

// "Four branch libraries will be mothballed" / "Five branches are being shut for good": closed for a while or for
// good, said of the thing closed (permanence.ts). A plan ("will be mothballed") is the article's account; "could"
// and "may" are not.
const plainFuture = new Set(['will', "'ll", 'shall']);

// Readers of one kind of claim each at a word, tried in this order; the first that reads one ends the word's turn.
const claimReaders: readonly ((sentence: ArticleSentence, index: number) => PredicateClaim | undefined)[] = [
  violentLabelClaim,
  noHarmReported,
  // Before permanence: a person "suspended" is off duty, a service suspended is stopped for a while.
  personStateClaim,
  permanenceClaim,
  entryClaim,
  departureClaim,
  presenceClaim,
  serviceClaim,
];

// "UNI RIOT", "stormed a university headquarters in a wild night of chaos": the gathering called violent by what
// it is called (gatherings.ts). "It's not a riot" denies it.
const violent = contraryHead(senseFamily('violent')) ?? senseFamily('violent');

function violentLabelClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || !violentLabelAt(tokens, index)) return undefined;
  const before = tokens.slice(Math.max(0, index - 3), index);
  if (before.some((word) => modals.has(word.lower) || doubtWords.has(word.lemma))) return undefined;
  return {
    sentence,
    theme: gathering,
    themeText: token.text,
    narrowers: new Set(),
    phraseText: token.text,
    verb: violent,
    verbText: token.text,
    passive: true,
    state: true,
    denied: before.some((word) => negators.has(word.lower) || word.lower === 'no'),
  };
}

function permanenceClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const side = permanenceAt(tokens, index);
  if (!side) return undefined;
  const chain = auxiliaryChain(tokens, index);
  const modalWords = tokens.slice(chain.first, index).filter((word) => modals.has(word.lower));
  if (modalWords.some((word) => !plainFuture.has(word.lower)) || chain.restricted) return undefined;
  const theme = themeOf(tokens, index, chain, false) ?? describedByAside(tokens, chain.first);
  if (!theme || inDoubt(tokens, theme.phraseStart)) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    verb: side,
    verbText: closingWording(tokens[index], side),
    passive: true,
    denied: chain.negated,
    ...partOfThem(tokens, theme.phraseStart),
  };
}

// A place closed or mothballed is "closed for a while" or "for good"; a search or a strike suspended or called off
// is told by its own word ("Whether the rail strike was suspended").
const closingLemmas = new Set(['close', 'shut', 'shutter']);
function closingWording(token: Token | undefined, side: string): string {
  if (token && !closingLemmas.has(token.lemma) && !/^mothball/.test(token.lower)) return token.text;
  return side === forGood ? 'closed for good' : 'closed for a while';
}

// "the birth centre, temporarily closed in June, would reopen": a participle set off after a noun tells of it.
function describedByAside(tokens: readonly Token[], first: number): Theme | undefined {
  const noun = tokens[first - 2];
  if (tokens[first - 1]?.text !== ',' || (noun?.pos !== 'NOUN' && noun?.pos !== 'PROPN')) return undefined;
  return phraseAround(tokens, first - 2);
}

// "No injuries were reported", "no deaths have been recorded": nobody was hurt or killed, as "no one was hurt" says;
// "two workers were injured" contradicts it. Only harm to people: "no damage was reported" names no thing damaged.
const recordingVerbs = new Set(['report', 'record', 'confirm']);

function noHarmReported(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (token?.pos !== 'VERB' || !recordingVerbs.has(token.lemma)) return undefined;
  const chain = auxiliaryChain(tokens, index);
  if (!chain.passive || chain.negated || !toldAsFact(chain)) return undefined;
  const head = tokens[chain.first - 1];
  if (head?.pos !== 'NOUN' || !(scaleOf.get(head.sense) ?? []).some((scale) => scale.name === 'harm')) {
    return undefined;
  }
  let start = chain.first - 2;
  while (tokens[start]?.pos === 'ADJ' || tokens[start]?.pos === 'ADV') start -= 1;
  if (tokens[start]?.lower !== 'no') return undefined;
  const narrowers = new Set(
    tokens
      .slice(start + 1, chain.first - 1)
      .filter((word) => word.pos === 'ADJ')
      .map((word) => word.sense),
  );
  return {
    sentence,
    theme: anyone,
    themeText: anyone,
    narrowers,
    phraseText: lineWords(tokens, start, chain.first - 1),
    verb: head.sense,
    // The fact reads "Whether anyone was injured", not "was injuries".
    verbText: (scaleOf.get(head.sense)?.[0]?.level ?? 0) > 0 ? 'killed' : 'injured',
    ...(scaleOf.get(head.sense)?.[0] ? { scale: scaleOf.get(head.sense)?.[0] } : {}),
    passive: true,
    denied: true,
  };
}

// "No guard was on duty overnight" / "A security guard was on site at the time" (presence.ts): who was there is
// the thing.
function presenceClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const presence = presenceAt(tokens, index);
  if (!presence) return undefined;
  const chain = auxiliaryChain(tokens, presence.first);
  if (!toldAsFact(chain)) return undefined;
  const theme = phraseAround(tokens, presence.head);
  if (!theme || inDoubt(tokens, theme.phraseStart)) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    verb: onDuty,
    verbText: lineWords(tokens, index, presence.last),
    passive: false,
    state: true,
    denied: presence.negated !== noneOfThem(tokens, theme.phraseStart),
    ...partOfThem(tokens, theme.phraseStart),
  };
}

// "Cash machines continued to work throughout" / "Even cash machines were down" (servicesWorking.ts): the thing
// that runs is the thing; being out of service denies that it kept working.
function serviceClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const state = serviceStateAt(tokens, index);
  if (!state) return undefined;
  const chain = auxiliaryChain(tokens, state.verb);
  if (!toldAsFact(chain)) return undefined;
  const subject = subjectOf(tokens, state.verb);
  const thing = subject === undefined ? undefined : runningThing(tokens[subject] as Token);
  const theme = thing && subject !== undefined ? phraseAround(tokens, subject) : undefined;
  if (!theme || !thing || inDoubt(tokens, theme.phraseStart)) return undefined;
  const narrowers = thing.narrower ? new Set([thing.narrower]) : theme.narrowers;
  return {
    sentence,
    ...themeFields({ ...theme, sense: thing.sense, narrowers }),
    verb: keptWorking,
    verbText: lineWords(tokens, state.first, state.last),
    passive: false,
    state: true,
    denied: chain.negated !== state.down,
    ...partOfThem(tokens, theme.phraseStart),
  };
}

// "The emergency department remains open" / "the A&E department has been closed since Friday" (openStates.ts): the
// place is the thing, said open or closed now; "No school has been closed" says none is.
function openStateClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const state = openStateAt(tokens, index);
  if (!state) return undefined;
  const chain = auxiliaryChain(tokens, state.verb);
  // "will stay open until 8pm" tells the state the day holds, as "is open" does.
  const modalWords = tokens.slice(chain.first, state.verb).filter((word) => modals.has(word.lower));
  if (modalWords.some((word) => !plainFuture.has(word.lower)) || chain.restricted || chain.yet) return undefined;
  const nobody = nobodyBefore(tokens, chain.first);
  const theme = nobody ?? subjectTheme(tokens, state.verb);
  if (!theme) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    verb: state.side,
    verbText: tokens[index]?.text ?? '',
    passive: true,
    state: true,
    denied: chain.negated !== (nobody !== undefined || noneOfThem(tokens, theme.phraseStart)),
    ...partOfThem(tokens, theme.phraseStart),
  };
}

// "Councillor Athwal walked out of the chamber" / "Athwall was told to leave by the chair": the one who left is the
// thing, how they left the verb (departures.ts). A put-out verb said actively ("the chair ordered her out") tells
// of the chair, so it needs the passive.
function departureClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const departure = departureAt(tokens, index);
  if (!departure) return undefined;
  const chain = auxiliaryChain(tokens, index);
  if (!toldAsFact(chain) || departure.needsPassive !== chain.passive) return undefined;
  const theme = subjectTheme(tokens, index);
  if (!theme) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    verb: departure.side,
    verbText: lineWords(tokens, index, departure.last),
    passive: chain.passive,
    denied: chain.negated,
    ...partOfThem(tokens, theme.phraseStart),
  };
}

// "Halvik showed no visible reaction", "Halvik wept", "He was taken into custody", "the judge allowed Halvik to
// remain on bail", "Marsh has been suspended": a person's state, said of the subject, of the person written between
// the verb and the phrase, or of the one before "to".
const personalPronouns = new Set(['he', 'she']);

/** A person's state read at a verb: its side and last word, and the reading itself where a check needs its kind. */
interface PersonState {
  state: { side: string; last: number };
  custody?: CustodyState;
  suspension?: Suspension;
  plea?: Plea;
  attendance?: Attendance;
}

/** The first reader, in this order, that reads a person's state at the verb `index`. */
function personStateAt(tokens: readonly Token[], index: number): PersonState | undefined {
  const reaction = reactionAt(tokens, index);
  if (reaction) return { state: reaction };
  const custody = custodyAt(tokens, index);
  if (custody) return { state: custody, custody };
  const suspension = suspensionAt(tokens, index);
  if (suspension) return { state: suspension, suspension };
  const plea = pleaAt(tokens, index);
  if (plea) return { state: plea, plea };
  const attendance = attendanceAt(tokens, index);
  return attendance ? { state: attendance, attendance } : undefined;
}

function personStateClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const read = personStateAt(tokens, index);
  if (!read) return undefined;
  const { state, custody, suspension, plea, attendance } = read;
  const chain = auxiliaryChain(tokens, index);
  if (!toldAsFact(chain) || (suspension && !chain.passive)) return undefined;
  if (plea && plea.needsPassive !== chain.passive) return undefined;
  const beforeTo = tokens[index - 1]?.lower === 'to' ? index - 2 : undefined;
  const subject = subjectOf(tokens, index);
  // "Raymond Castell, 61, of Ashwell Green, pleaded guilty": the place he is from is set off, not the subject.
  const fromPlace = subject !== undefined && setOffPlace(tokens, subject);
  const person = namedAfter(
    tokens,
    custody?.person ?? attendance?.person ?? beforeTo ?? (fromPlace ? undefined : subject) ?? openingPerson(tokens),
  );
  // "They have since been released on bail" / "Two men arrested after the raid remain in custody": the people held
  // after one event, whom articles name as a group.
  const group = custody ? (heldGroupAt(tokens, person) ?? openingHeldGroup(tokens, index)) : undefined;
  if (group !== undefined) {
    return {
      sentence,
      theme: heldGroup,
      themeText: tokens[group]?.text ?? '',
      narrowers: new Set(),
      phraseText: tokens[group]?.text ?? '',
      verb: state.side,
      verbText: lineWords(tokens, index, state.last),
      passive: chain.passive,
      denied: chain.negated,
      personState: true,
    };
  }
  const word = person === undefined ? undefined : tokens[person];
  if (!word || person === undefined) return undefined;
  // "Sailings between Ardmhor and Brannoch have been suspended": a place stopped for a while, not a person off duty.
  if (suspension && word.pos === 'PROPN' && !titledPerson(sentence, word)) return undefined;
  const common = {
    sentence,
    verb: state.side,
    verbText: lineWords(tokens, index, state.last),
    passive: chain.passive,
    denied: chain.negated !== (plea?.denied === true),
    personState: true,
  };
  if (word.pos === 'PRON') {
    if (!personalPronouns.has(word.lower)) return undefined;
    const narrowers = new Set<string>();
    return { ...common, theme: word.lower, themeText: word.text, narrowers, phraseText: word.text, pronoun: true };
  }
  if (word.pos !== 'PROPN') return undefined;
  const theme = phraseAround(tokens, person);
  if (!theme || inDoubt(tokens, theme.phraseStart)) return undefined;
  return {
    ...common,
    ...themeFields(theme),
  };
}

// The theme of a claim about the people held after the event, however an article names them.
export const heldGroup = 'held group';
const groupNouns = new Set(['men', 'women', 'suspects', 'people', 'teenagers', 'boys', 'girls', 'youths', 'pair']);

function heldGroupAt(tokens: readonly Token[], at: number | undefined): number | undefined {
  const word = at === undefined ? undefined : tokens[at];
  if (!word) return undefined;
  return word.lower === 'they' || (word.pos === 'NOUN' && groupNouns.has(word.lower)) ? at : undefined;
}

// "Two men arrested after Monday's raid on the museum remain in custody": the sentence opens with them, and the
// verb's nearest noun is in the aside. "They have since been released": "since" hides the subject; in "They said
// Halvik was remanded in custody" the person is named.
function openingHeldGroup(tokens: readonly Token[], verb: number): number | undefined {
  const named = tokens.slice(1, verb).some((word) => word.pos === 'PROPN' || personalPronouns.has(word.lower));
  if (tokens[0]?.lower === 'they') return named ? undefined : 0;
  let at = tokens[0]?.pos === 'DET' ? 1 : 0;
  if (tokens[at]?.pos === 'NUM') at += 1;
  return heldGroupAt(tokens, at) !== undefined && tokens[at + 1]?.lemma === 'arrest' ? at : undefined;
}

// ", of Ashwell Green," after a name: where the person is from, set off by commas.
function setOffPlace(tokens: readonly Token[], subject: number): boolean {
  let at = subject;
  while (tokens[at - 1]?.pos === 'PROPN') at -= 1;
  return tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.text === ',' && tokens[subject + 1]?.text === ',';
}

// A name the sentence gives a title ("chief of staff, Leon Marsh", "Ms Quarmby"): a person, whatever else is
// capitalised near the verb.
function titledPerson(sentence: ArticleSentence, word: Token): boolean {
  return findTitledNames(sentence).some((name) => name.nameWords.includes(word.lower));
}

// "The fire swept through the town's streets" / "the fire has not entered the town": the place entered is the
// thing, and what entered it is part of the verb, so a fire and a flood entering one town are two claims.
function entryClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const entry = entryAt(tokens, index);
  if (!entry) return undefined;
  const chain = auxiliaryChain(tokens, index);
  if (!toldAsFact(chain)) return undefined;
  const doerIndex = subjectOf(tokens, index);
  const doer = doerIndex === undefined ? undefined : tokens[doerIndex];
  if (!doer?.sense || (doer.pos !== 'NOUN' && doer.pos !== 'PROPN')) return undefined;
  const place = phraseAround(tokens, entry.place);
  if (!place || inDoubt(tokens, place.phraseStart)) return undefined;
  return {
    sentence,
    theme: place.sense,
    themeText: place.text,
    narrowers: new Set(),
    phraseText: place.phraseText,
    verb: `${entered}:${doer.sense}`,
    verbText: lineWords(tokens, index, entry.last),
    passive: false,
    denied: chain.negated,
    doerText: `the ${doer.lower}`,
  };
}

// "The defeated captain, Ola Berg, stood stony-faced": the name set off after the noun is the person.
function namedAfter(tokens: readonly Token[], at: number | undefined): number | undefined {
  if (at === undefined || tokens[at]?.pos !== 'NOUN' || tokens[at + 1]?.text !== ',') return at;
  let last = at + 2;
  if (tokens[last]?.pos !== 'PROPN') return at;
  while (tokens[last + 1]?.pos === 'PROPN') last += 1;
  return last;
}

// "Halvik, in a dark suit, showed no reaction", "He was led away and taken into custody": where no subject is
// found next to the verb, the person the sentence opens with.
function openingPerson(tokens: readonly Token[]): number | undefined {
  if (personalPronouns.has(tokens[0]?.lower ?? '')) return 0;
  // "The defeated captain, Ola Berg, ...": the noun, whose name follows (namedAfter).
  let opening = tokens[0]?.pos === 'DET' ? 1 : 0;
  while (tokens[opening]?.pos === 'ADJ') opening += 1;
  if (opening > 0 && tokens[opening]?.pos === 'NOUN' && tokens[opening + 1]?.text === ',') return opening;
  let at = 0;
  while (tokens[at]?.pos === 'PROPN' && tokens[at + 1]?.pos === 'PROPN') at += 1;
  return tokens[at]?.pos === 'PROPN' ? at : undefined;
}

// "water poured through a breach in the dam", "there was no breach of the dam", "without a collapse of the wall":
// a severity noun with the thing after it. "a possible breach", "the risk of a breach" state nothing.
function nominalClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || token.pos !== 'NOUN' || !scaleOf.has(token.sense)) return undefined;
  const after = ['in', 'of', 'at', 'to'].includes(tokens[index + 1]?.lower ?? '');
  // "Dam breach forces hundreds from homes", "the bridge collapse": the thing written before the noun. Not for
  // the lowest level, where the noun before is as often the cause ("flood damage", "storm damage").
  const before = !after && compoundThing(tokens, index);
  if (!after && !before) return undefined;
  let denied = false;
  for (let at = index - 1; at >= Math.max(0, index - 3); at -= 1) {
    const word = tokens[at];
    if (!word) break;
    if (word.lower === 'no' || word.lower === 'without') denied = true;
    else if (doubtWords.has(word.lower) || doubtWords.has(word.lemma) || doubtfulAdjectives.has(word.lower)) {
      return undefined;
    } else if (!['DET', 'ADJ', 'ADV'].includes(word.pos)) break;
  }
  if (inDoubt(tokens, index)) return undefined;
  // objectAfter reads from the word after `index`: here, after the preposition.
  const theme = before ? phraseAround(tokens, index - 1) : objectAfter(tokens, index + 1);
  if (!theme) return undefined;
  const scale = scaleOf.get(token.sense);
  return {
    sentence,
    ...themeFields(theme),
    verb: token.sense,
    verbText: token.text,
    ...(scale?.[0] ? { scale: scale[0] } : {}),
    passive: true,
    nominal: true,
    denied,
  };
}

function compoundThing(tokens: readonly Token[], index: number): boolean {
  const thing = tokens[index - 1];
  if (!thing || (thing.pos !== 'NOUN' && thing.pos !== 'PROPN') || scaleOf.has(thing.sense)) return false;
  return (scaleOf.get(tokens[index]?.sense ?? '') ?? []).every((scale) => scale.level > 0);
}

// "the breached dam", "the collapsed wall": a participle of a severity scale right before its thing.
function attributiveClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || !scaleOf.has(token.sense) || !/ed$/.test(token.lower)) return undefined;
  if (token.pos !== 'ADJ' && token.pos !== 'VERB') return undefined;
  if (!['DET', 'PRON'].includes(tokens[index - 1]?.pos ?? '') || tokens[index + 1]?.pos !== 'NOUN') return undefined;
  if (inDoubt(tokens, index)) return undefined;
  let head = index + 1;
  while (tokens[head + 1]?.pos === 'NOUN') head += 1;
  const theme = phraseAround(tokens, head);
  if (!theme) return undefined;
  theme.narrowers.delete(token.sense);
  const scale = scaleOf.get(token.sense);
  return {
    sentence,
    theme: theme.sense,
    themeText: theme.text,
    narrowers: theme.narrowers,
    phraseText: lineWords(tokens, index + 1, head),
    verb: token.sense,
    verbText: token.text,
    ...(scale?.[0] ? { scale: scale[0] } : {}),
    passive: true,
    denied: false,
  };
}

const doubtfulAdjectives = new Set([
  'possible',
  'potential',
  'feared',
  'suspected',
  'alleged',
  'imminent',
  'likely',
  'unconfirmed',
  'further',
  'future',
]);

const linkingVerbs = new Set(['remain', 'stay', 'turn', 'become', 'prove', 'grow']);

// "The protest was largely peaceful", "turned violent", "the largely peaceful protest", "the fire was started
// deliberately", "was accidental": a state with contraries (contraries.ts), said of a thing.
function stateClaim(sentence: ArticleSentence, index: number): PredicateClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || !['ADJ', 'NOUN', 'ADV'].includes(token.pos) || !isContraryState(token.sense)) return undefined;
  let theme: Theme | undefined;
  let negated = false;
  let link = index - 1;
  while (tokens[link]?.pos === 'ADV' && !negators.has(tokens[link]?.lower ?? '')) link -= 1;
  const linking = tokens[link];
  const modifiesVerb = token.pos === 'ADV' ? adverbVerb(tokens, index) : undefined;
  if (modifiesVerb !== undefined) {
    const chain = auxiliaryChain(tokens, modifiesVerb);
    if (chain.modal || chain.restricted) return undefined;
    negated = chain.negated;
    theme = themeOf(tokens, modifiesVerb, chain, false);
  } else if (
    token.pos !== 'ADV' &&
    linking &&
    ((linking.pos === 'AUX' && linking.lemma === 'be') ||
      negators.has(linking.lower) ||
      (linking.pos === 'VERB' && linkingVerbs.has(linking.lemma)))
  ) {
    const chain = auxiliaryChain(tokens, index);
    const linkChain = linking.pos === 'VERB' ? auxiliaryChain(tokens, link) : chain;
    if (chain.modal || linkChain.modal) return undefined;
    negated = chain.negated || linkChain.negated;
    const subject = subjectOf(tokens, linking.pos === 'VERB' ? link : index);
    theme = subject === undefined ? undefined : phraseAround(tokens, subject);
  } else if (token.pos === 'ADJ' && ['NOUN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')) {
    let head = index + 1;
    while (['NOUN', 'ADJ'].includes(tokens[head + 1]?.pos ?? '')) head += 1;
    if (tokens[head]?.pos !== 'NOUN') return undefined;
    theme = phraseAround(tokens, head);
    theme?.narrowers.delete(token.sense);
    if (theme) theme.phraseText = lineWords(tokens, index + 1, head);
  }
  if (!theme || inDoubt(tokens, theme.phraseStart)) return undefined;
  return {
    sentence,
    ...themeFields(theme),
    // "The march was peaceful" / "the demonstration turned violent": one event's gathering (gatherings.ts).
    ...(isGathering(theme.sense) ? { theme: gathering } : {}),
    verb: contraryHead(token.sense) ?? token.sense,
    verbText: token.text,
    passive: true,
    state: true,
    denied: negated !== deniedByVerb(tokens, theme.phraseStart),
    ...partOfThem(tokens, theme.phraseStart),
  };
}

const someWords = new Set(['most', 'many', 'some', 'several', 'few', 'majority', 'minority', 'half', 'dozens']);
const wholeWords = new Set(['all', 'every', 'each', 'the', 'these', 'those', 'its', 'their', 'both']);

// "most passengers", "some of the homes", "two of the workers", "12 workers": some of them, not all. "all 12
// workers", "the 12 workers" are all of them. A figure before the thing is kept as its count ("Eight
// intensive-care patients": 8).
function partOfThem(tokens: readonly Token[], phraseStart: number): { partial?: true; count?: number } {
  for (let at = phraseStart - 1; at >= Math.max(0, phraseStart - 4); at -= 1) {
    const token = tokens[at];
    // "Twelve injured workers": a participle before the thing describes it.
    const describing = token?.pos === 'VERB' && /ed$/.test(token.lower) && at === phraseStart - 1;
    if (!token || (['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(token.pos) && !describing)) break;
    if (token.pos === 'PUNCT' && token.text !== '-') break;
    if (someWords.has(token.lower)) return { partial: true };
    // "the 650-bed hospital", "a three-year-old girl": a figure inside a modifier counts nothing.
    if (token.pos === 'NUM' && tokens[at + 1]?.text === '-') break;
    if (token.pos === 'NUM' && !wholeWords.has(tokens[at - 1]?.lower ?? '')) {
      let first = at;
      while (tokens[first - 1]?.pos === 'NUM') first -= 1;
      const figure = readNumeral(tokens as Token[], first);
      return figure && figure.low === figure.high ? { partial: true, count: figure.low } : { partial: true };
    }
  }
  return someWords.has(tokens[phraseStart]?.lower ?? '') ? { partial: true } : {};
}

/** The thing of "no one was hurt": anybody at all, whom any person hurt in another article contradicts. */
export const anyone = 'anyone';

// "No one was hurt", "nobody was injured": the verb's subject is nobody.
function nobodyBefore(tokens: readonly Token[], first: number): Theme | undefined {
  const last = tokens[first - 1]?.lower ?? '';
  const start = last === 'one' && tokens[first - 2]?.lower === 'no' ? first - 2 : first - 1;
  if (!(start === first - 2 || ['nobody', 'no-one', 'noone'].includes(last))) return undefined;
  return { sense: anyone, text: anyone, narrowers: new Set(), phraseText: anyone, phraseStart: start };
}

// People of any kind: "two workers were injured" contradicts "no one was hurt".
const peopleThemes = new Set(
  [
    'people',
    'person',
    'resident',
    'civilian',
    'passenger',
    'worker',
    'employee',
    'staff',
    'child',
    'student',
    'patient',
    'firefighter',
    'officer',
    'driver',
    'visitor',
    'villager',
    'tourist',
    'crew',
    'member',
  ].map((word) => senseFamily(word)),
);

// "No homes were damaged", "none of the homes was damaged": said of none of them, the claim is denied.
function noneOfThem(tokens: readonly Token[], phraseStart: number): boolean {
  if (tokens[phraseStart]?.lower === 'no') return true;
  return tokens[phraseStart - 1]?.lower === 'of' && ['none', 'neither'].includes(tokens[phraseStart - 2]?.lower ?? '');
}

// "was started deliberately", "was deliberately set": the verb beside the adverb.
function adverbVerb(tokens: readonly Token[], index: number): number | undefined {
  if (tokens[index - 1]?.pos === 'VERB') return index - 1;
  if (tokens[index + 1]?.pos === 'VERB') return index + 1;
  return undefined;
}

// "The dam held" (no object: "held a meeting" is another verb), "the dam remained intact".
function withstoodVerb(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  const opposite = token ? withstood.get(token.sense) : undefined;
  if (!token || !opposite) return undefined;
  if (token.pos === 'ADJ') {
    const before = tokens[index - 1];
    return before && (before.lemma === 'be' || before.lemma === 'remain' || before.lemma === 'stay')
      ? opposite
      : undefined;
  }
  if (token.pos !== 'VERB') return undefined;
  // "the church survived the fire", "the dam withstood the flood": what it outlasted is not the thing.
  if (outlasting.has(token.sense)) return opposite;
  const next = tokens[index + 1];
  return !next || ['PUNCT', 'ADP', 'ADV', 'SCONJ', 'CCONJ'].includes(next.pos) ? opposite : undefined;
}

/** Whether asserting `stated` contradicts denying `denied` (same thing, and the verb says at least as much). */
export function contradicts(stated: PredicateClaim, denied: PredicateClaim): boolean {
  if (stated.denied || !denied.denied) return false;
  const anybody = denied.theme === anyone && peopleThemes.has(stated.theme) && scaleOf.has(stated.verb);
  const kindOf = broaderThings.get(stated.theme) === denied.theme;
  if (stated.theme !== denied.theme && !anybody && !kindOf) return false;
  if (!narrowedAlike(stated.narrowers, denied.narrowers)) return false;
  // A contrary says nothing of another group: "eight patients were transferred" denies that those eight were
  // evacuated, not that "five other patients" were, nor that "the patients" were.
  if ((denied.partial || denied.contrary) && denied.count !== stated.count) return false;
  if (stated.verb === denied.verb) return true;
  const strong = scaleOf.get(stated.verb) ?? [];
  const weak = scaleOf.get(denied.verb) ?? [];
  return strong.some((a) => weak.some((b) => a.name === b.name && a.level >= b.level));
}

/** The keys a claim is filed under: its thing and each scale its verb is on, or the verb itself. */
export function claimKeys(claim: PredicateClaim): string[] {
  const scales = scaleOf.get(claim.verb);
  const broader = broaderThings.get(claim.theme);
  if (!scales) return [claim.theme, ...(broader ? [broader] : [])].map((theme) => `${theme}|${claim.verb}`);
  const themes = peopleThemes.has(claim.theme) ? [claim.theme, anyone] : [claim.theme];
  return themes.flatMap((theme) => scales.map((scale) => `${theme}|scale ${scale.name}`));
}

// "the road bridge" and "the stone bridge" are two bridges; "the old stone bridge" and "the bridge" may be one.
function narrowedAlike(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const word of a) if (b.has(word)) return true;
  return false;
}

function isHappening(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.sense || notHappenings.has(token.sense)) return false;
  if (isReportingVerb(token.sense) && !declaresAThing(tokens, index)) return false;
  if (insideName(tokens, index)) return false;
  if (token.pos === 'VERB') return !/ing$/.test(token.lower) || tokens[index - 1]?.pos === 'AUX';
  // wink reads "The dam burst shortly after", "the dam had burst" as nouns; a verb of a severity scale after the
  // subject or an auxiliary is a verb.
  return (
    token.pos === 'NOUN' &&
    scaleOf.has(token.sense) &&
    ['NOUN', 'PROPN', 'AUX'].includes(tokens[index - 1]?.pos ?? '') &&
    ['ADV', 'ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(tokens[index + 1]?.pos ?? 'PUNCT')
  );
}

// Most verbs of saying tell no happening ("did not say"), but a declaration or an announcement of a thing makes it
// so: "declared a major incident" / "had not declared a major incident". Its object must be a thing, not the start
// of what was said ("announced the plant would close").
const declaring = new Set(['declare', 'announce']);
function declaresAThing(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB' || !declaring.has(token.lemma) || !objectAfter(tokens, index)) return false;
  let after = index + 1;
  while (phraseStarts.has(tokens[after]?.pos ?? '') || /^['’]s$/.test(tokens[after]?.text ?? '')) after += 1;
  return !['AUX', 'VERB'].includes(tokens[after]?.pos ?? '');
}

// "Organisers Ember Live cancelled ...": a capitalised word after a name, in a sentence written in lower case, is
// the rest of the name, whatever wink tags it. (A headline in Title Case capitalises its verbs too.)
function insideName(tokens: readonly Token[], index: number): boolean {
  const capitalised = (token: Token | undefined): boolean => /^\p{Lu}/u.test(token?.text ?? '');
  if (!capitalised(tokens[index]) || tokens[index - 1]?.pos !== 'PROPN' || !capitalised(tokens[index - 1]))
    return false;
  const words = tokens.filter((token) => /^\p{L}/u.test(token.text));
  return words.filter(capitalised).length * 2 <= words.length;
}

interface AuxiliaryChain {
  /** Index of the first token of the chain ("had" in "had not been breached"), or the verb itself. */
  first: number;
  passive: boolean;
  negated: boolean;
  modal: boolean;
  /** "not only damaged but also swept away" asserts, it does not deny. */
  restricted: boolean;
  /** "has not yet been breached": true when written, perhaps not for long. */
  yet: boolean;
  /** "appears to have been toppled", "is believed to have collapsed": the subject stands before the raising verb. */
  raised?: boolean;
}

// "The crane appears to have been toppled", "the fire is believed to have been started deliberately": a hedged
// statement of what happened, which the article gives as its account (unlike "a video appears to show").
const raisingVerbs = new Set(['appear', 'seem']);
const raisingPassives = new Set(['believe', 'think', 'understand', 'say', 'report', 'know']);

function raisesSubject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== 'VERB' || tokens[at + 1]?.lower !== 'to' || tokens[at + 2]?.lemma !== 'have') return false;
  return raisingVerbs.has(token.lemma) || (raisingPassives.has(token.lemma) && tokens[at - 1]?.lemma === 'be');
}

// The words before "to" that tell its deed as done: "managed to", "was forced to", "had to", "went on to", and a
// verb whose subject the deed shares ("appears to have", raisesSubject); with someone between, a verb that makes
// or lets them do it: "allowed Halvik to remain on bail", "forced the club to close".
const statingBeforeTo = new Set(['manage', 'force', 'compel', 'oblige', 'able', 'have', 'begin', 'start', 'help']);
const makingDo = new Set(['allow', 'let', 'permit', 'force', 'compel', 'oblige', 'help']);
const objectWords = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON', 'NUM']);
function toldDone(tokens: readonly Token[], to: number): boolean {
  let before = to - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const word = tokens[before];
  // "went on to", not "was called on to".
  const wentOn = word?.lower === 'on' && tokens[before - 1]?.lemma === 'go';
  if (!word || wentOn || statingBeforeTo.has(word.lemma) || statingBeforeTo.has(word.lower)) return true;
  if (raisesSubject(tokens, before)) return true;
  while (objectWords.has(tokens[before]?.pos ?? '') || /^['’]s$/.test(tokens[before]?.text ?? '')) before -= 1;
  return makingDo.has(tokens[before]?.lemma ?? '');
}

/** Said as a fact: no modal ("may have"), no restriction, no "yet" that leaves it open. */
function toldAsFact(chain: AuxiliaryChain): boolean {
  return !chain.modal && !chain.restricted && !chain.yet;
}

function auxiliaryChain(tokens: readonly Token[], verb: number): AuxiliaryChain {
  const chain: AuxiliaryChain = {
    first: verb,
    passive: false,
    negated: false,
    modal: false,
    restricted: restrictors.has(tokens[verb - 1]?.lower ?? '') && negators.has(tokens[verb - 2]?.lower ?? ''),
    yet: tokens[verb + 1]?.lower === 'yet',
  };
  for (let at = verb - 1; at >= 0 && verb - at <= 5; at -= 1) {
    const token = tokens[at];
    if (!token) break;
    if (token.pos === 'AUX') {
      if (modals.has(token.lower)) chain.modal = true;
      if (token.lemma === 'be' || token.lemma === 'get') chain.passive = at === verb - 1 || chain.passive;
      chain.first = at;
      continue;
    }
    if (negators.has(token.lower)) {
      chain.negated = true;
      chain.first = at;
      continue;
    }
    if (token.lower === 'yet') chain.yet = true;
    // "the alarm failed to go off", "the backup generator failed to start": a failure to happen denies it.
    if (token.lower === 'to' && tokens[at - 1]?.lemma === 'fail' && tokens[at - 1]?.pos === 'VERB') {
      chain.negated = !chain.negated;
      chain.first = at - 1;
      at -= 1;
      continue;
    }
    // "called on the Navy to publish its logs", "want the council to close it": a deed asked for or wanted is not
    // told done; one managed, forced or had to be done is.
    if (token.lower === 'to' && token.pos === 'PART' && !toldDone(tokens, at)) chain.modal = true;
    if (token.pos === 'ADV' || token.pos === 'PART' || (token.lemma === 'have' && tokens[at - 1]?.lower === 'to')) {
      chain.first = at;
      continue;
    }
    if (raisesSubject(tokens, at)) {
      chain.first = at;
      chain.raised = true;
      continue;
    }
    break;
  }
  // "was (badly) damaged": a participle after a form of "be" is passive even with an adverb between.
  if (!chain.passive) {
    chain.passive = tokens
      .slice(chain.first, verb)
      .some(
        (token) => token.pos === 'AUX' && token.lemma === 'be' && /ed$|en$|wn$|rst$/.test(tokens[verb]?.lower ?? ''),
      );
  }
  return chain;
}

interface Theme {
  /** The thing underwent the verb: its object, or the subject of an earlier passive verb whose voice carries over. */
  passive?: boolean;
  sense: string;
  text: string;
  narrowers: Set<string>;
  phraseText: string;
  /** Where the noun phrase starts, to read what stands before it. */
  phraseStart: number;
}

/** The fields of a claim that name its thing, as the phrase around it gives them. */
function themeFields(theme: Theme): Pick<PredicateClaim, 'theme' | 'themeText' | 'narrowers' | 'phraseText'> {
  return { theme: theme.sense, themeText: theme.text, narrowers: theme.narrowers, phraseText: theme.phraseText };
}

// What underwent the verb: the subject of a passive or intransitive verb, the object of a transitive one. A verb
// joined to an earlier one shares its subject: "the dam was overtopped but not breached".
function themeOf(
  tokens: readonly Token[],
  verb: number,
  chain: AuxiliaryChain,
  intransitive: boolean,
): Theme | undefined {
  if (!chain.passive && !intransitive && tokens[verb]?.pos === 'VERB') {
    // "the reservoir breached its dam": the dam underwent it, so it was breached.
    const object = objectAfter(tokens, verb);
    if (object) return { ...object, passive: true };
  }
  // "the main dam remained intact": the subject of the linking verb.
  const linked = tokens[verb]?.pos === 'ADJ' && tokens[verb - 1]?.pos === 'VERB';
  const head = subjectOf(tokens, chain.raised ? chain.first : linked ? verb - 1 : verb);
  if (head !== undefined) return phraseAround(tokens, head);
  if (tokens[chain.first - 1]?.pos !== 'CCONJ') return undefined;
  for (let at = chain.first - 2; at >= 0 && chain.first - at <= 7; at -= 1) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.text === ';') return undefined;
    if (token.pos !== 'VERB') continue;
    const earlier = auxiliaryChain(tokens, at);
    const theme = earlier.passive ? undefined : objectAfter(tokens, at);
    if (theme) return undefined;
    const subject = subjectOf(tokens, at);
    const found = subject === undefined ? undefined : phraseAround(tokens, subject);
    return found ? { ...found, passive: earlier.passive } : undefined;
  }
  return undefined;
}

// "went off", "gave way": a phrasal verb that ends its phrase is written with its particle, which carries the
// meaning. One with an object after it ("broke through the dam", "plucked from the ferry") reads well without.
const phraseStarts = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM']);
function withParticle(tokens: readonly Token[], verb: number): string {
  const token = tokens[verb];
  const particle = tokens[verb + 1];
  if (!token || !particle || phrasalMeaning(token.lemma, particle.lower) === undefined) return token?.text ?? '';
  return phraseStarts.has(tokens[verb + 2]?.pos ?? '') ? token.text : lineWords(tokens, verb, verb + 1);
}

// "breached the dam", "damaged the old stone bridge", "breached its banks": a determiner, a possessive or
// adjectives, then the noun.
const possessives = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
function objectAfter(tokens: readonly Token[], verb: number): Theme | undefined {
  // "water broke through the dam": the object of a phrasal verb stands after its particle.
  const particle = phrasalMeaning(tokens[verb]?.lemma ?? '', tokens[verb + 1]?.lower) !== undefined;
  let at = particle ? verb + 2 : verb + 1;
  let reach = verb + 4;
  while (at < tokens.length && at <= reach) {
    const token = tokens[at];
    if (!token) return undefined;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      // The last noun of a compound ("the road bridge") is its head, and the last word of a name ("Mayor Anna
      // Lind").
      while (tokens[at + 1]?.pos === 'NOUN' || (token.pos === 'PROPN' && tokens[at + 1]?.pos === 'PROPN')) at += 1;
      // "sacked manager Rory Tennant": a title written before a name; the person is the thing.
      if (tokens[at]?.pos === 'NOUN' && tokens[at + 1]?.pos === 'PROPN' && tokens[at + 2]?.pos === 'PROPN') {
        at += 2;
        while (tokens[at + 1]?.pos === 'PROPN') at += 1;
      }
      // "postponed the festival's last day": the owner is not the thing; what it owns is.
      if (/^['’]s$/.test(tokens[at + 1]?.text ?? '')) {
        at += 2;
        reach = at + 3;
        continue;
      }
      return phraseAround(tokens, at);
    }
    if (!['DET', 'ADJ', 'NUM'].includes(token.pos) && !/^['’]s$/.test(token.text) && !possessives.has(token.lower)) {
      return undefined;
    }
    at += 1;
  }
  return undefined;
}

function phraseAround(tokens: readonly Token[], givenHead: number): Theme | undefined {
  // "part of the dam collapsed": what the part belongs to is the thing.
  const head = partOf(tokens, givenHead) ?? givenHead;
  const token = tokens[head];
  if (!token?.sense || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return undefined;
  const narrowers = new Set<string>();
  let start = head;
  let written = head;
  for (let at = head - 1; at >= 0 && head - at <= 4; at -= 1) {
    const word = tokens[at];
    // wink tags "north" in "the north terminal" as an adverb; it picks one terminal out all the same.
    if (!word || (!['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(word.pos) && !compassPoints.has(word.lower))) break;
    start = at;
    if (word.pos === 'DET' || /^['’]s$/.test(word.text)) continue;
    // "the town's water treatment plant": what comes before a possessive belongs to the owner, not the thing.
    if (/^['’]s$/.test(tokens[at + 1]?.text ?? '')) continue;
    if (written === at + 1) written = at;
    if (word.sense && !generalAdjectives.has(word.lower)) narrowers.add(sameNarrower.get(word.sense) ?? word.sense);
  }
  const first = tokens[written];
  const phraseText = first ? lineWords(tokens, written, head) : token.text;
  return { sense: token.sense, text: token.text, narrowers, phraseText, phraseStart: start };
}

const compassPoints = new Set(['north', 'south', 'east', 'west']);

const partWords = new Set(['part', 'parts', 'section', 'sections', 'portion', 'stretch', 'piece']);

function partOf(tokens: readonly Token[], head: number): number | undefined {
  if (!partWords.has(tokens[head]?.lower ?? '') || tokens[head + 1]?.lower !== 'of') return undefined;
  let at = head + 2;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '') || /^['’]s$/.test(tokens[at]?.text ?? '')) at += 1;
  if (tokens[at]?.pos !== 'NOUN' && tokens[at]?.pos !== 'PROPN') return undefined;
  while (tokens[at + 1]?.pos === 'NOUN') at += 1;
  return at;
}

// Words that pick out one thing the same way: "the last day" of a festival is its "final day".
const sameNarrower = new Map([[senseFamily('last'), senseFamily('final')]]);

// Words that describe without picking one thing out from others of its kind.
const generalAdjectives = new Set([
  'old',
  'new',
  'main',
  'whole',
  'entire',
  'itself',
  'same',
  'local',
  'nearby',
  'single',
]);

// "officials denied that the dam had been breached": the sentence's own claim is the opposite of the clause's.
// "officials denied (reports) that the dam had burst", "there was no sign that the dam had been breached".
function deniedByVerb(tokens: readonly Token[], phraseStart: number): boolean {
  for (let at = phraseStart - 1; at >= Math.max(0, phraseStart - 4); at -= 1) {
    const token = tokens[at];
    if (!token) break;
    if (token.pos === 'VERB') return denyingVerbs.has(token.sense);
    if (noEvidence.has(token.lower) && tokens[at - 1]?.lower === 'no') return true;
    if (token.lower !== 'that' && token.text !== ',' && !reportNouns.has(token.lower)) break;
  }
  return false;
}

const noEvidence = new Set(['sign', 'signs', 'evidence', 'indication', 'suggestion']);
const reportNouns = new Set(['reports', 'claims', 'suggestions', 'rumours', 'rumors']);

/** The phrase of the verb's subject, unless the sentence leaves what it says of it in doubt. */
function subjectTheme(tokens: readonly Token[], verb: number): Theme | undefined {
  const subject = subjectOf(tokens, verb);
  const theme = subject === undefined ? undefined : phraseAround(tokens, subject);
  return theme && !inDoubt(tokens, theme.phraseStart) ? theme : undefined;
}

function inDoubt(tokens: readonly Token[], phraseStart: number): boolean {
  for (let at = phraseStart - 1; at >= 0 && phraseStart - at <= 8; at -= 1) {
    const token = tokens[at];
    if (!token || token.text === ';' || token.text === '.') break;
    if (doubtWords.has(token.lower) || doubtWords.has(token.lemma)) return true;
  }
  return false;
}

function lineWords(tokens: readonly Token[], first: number, last: number): string {
  let text = '';
  for (let at = first; at <= last; at += 1) {
    const token = tokens[at];
    if (!token) continue;
    text += (at > first && token.spaceBefore ? ' ' : '') + token.text;
  }
  return text;
}

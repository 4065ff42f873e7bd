import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import { ordinalValue } from './ordinalFacts.ts';
import type { FactFinding } from './finding.ts';
import {
  ageUnit,
  countsPeopleOrThings,
  mentionsBySentence,
  partUnit,
  stopwatchTime,
  timeSpan,
  tallyUnit,
  type NumberMention,
} from './numberMentions.ts';
import { givenBy, sourceSpan } from './figureSources.ts';
import { compareFigures } from './compareNumbers.ts';
import { groupMentions, mergeRetold } from './factGroups.ts';
import { findingsFor } from './factFindings.ts';
import { cachedPairScore, pairReasons, type PairRule } from './pairRules.ts';
import {
  contextSenses,
  disjointNames,
  namesIn,
  namesNear,
  nearbySenses,
  sharedTotal,
  sharedWeight,
  type SenseWeight,
} from './senseWeights.ts';
import { capitalise, wordsBetween } from './sentenceWords.ts';
import { reportsSpeech } from './reportingVerbs.ts';
import { countsJobs, countsPeople, fateOfWord, jobsLost, jobsMeet, peopleUnit } from './numberUnits.ts';
import { placeFamily, placesMeet } from './placeCounts.ts';
import { peopleIn, peopleOfSet } from './peopleNames.ts';
import { nearSpelling } from './samePerson.ts';
import { seriouslyInjured } from './injurySeverity.ts';
import { perSamePeriod } from './ratePeriods.ts';
import { senseFamily } from './wordFamily.ts';
import { dimensionOfKey, type Dimension } from './measureUnits.ts';
import { joinCasualties } from './casualtyCounts.ts';
import { isClauseBreak, subjectOf } from './eventSubject.ts';
import { measuredAspect, measuredThing } from './measuredThing.ts';
import { pushTo } from './pushTo.ts';
import { tenure } from './durations.ts';
import { earlierFigureOf } from './earlierFigure.ts';

// Figures about the same thing across articles: same unit (troops with troops), similar size, shared context.

interface Figure extends NumberMention {
  file: string;
  order: number;
  context: Set<string>;
  nearby: Set<string>;
  /** People of the set named in the figure's sentence. */
  people: Set<string>;
  /** Proper nouns of the sentence, as word families. */
  names: Set<string>;
  /** The same, with the names of who gives the figure too. */
  namesWithSources: Set<string>;
  /** Names within a few words of the figure ("in Harl", "of Aegeas"): what it is most likely said of. */
  nearNames: Set<string>;
  /** Who gives the figure, as word families, if a verb of saying leads to it (`givenBy`). */
  source: Set<string>;
  /** "Five other workers", "another 30 homes", "ten more people": a group beside one told before. */
  further: boolean;
  /** For a whole ("the 18 flats" of "11 of the 18 flats"): the values of its parts counted beside it. */
  partsBeside: Set<string>;
  /** Told as the whole a part is of: "of the city's 11 branch libraries", "one in three of its 12 stations". */
  whole: boolean;
  /** The figure a change runs from, as written, for the figure it runs to ("from £6,200 to £8,950"). */
  changedFrom?: string;
  /** The verb or noun the figure hangs on, right before it: "save" in "save £35m", "deficit" in "a deficit of £28.5m". */
  governor?: string;
  /** What a share is of, where the sentence says it as the subject of "be" ("Turnout ... was 38.6 per cent"). */
  shareOf?: string;
  /** For an age, whether the aged person is told as a man or a woman ("a 22-year-old woman", "a man, aged 19"). */
  sex?: 'man' | 'woman';
  /** What the figure is the only one of in its article, at best: its unit, or a measure with what it measures. */
  kind: string;
  /** The thing a measure describes ("crane" for "a 65-meter crane"), if known. */
  thing?: string;
  /** The measure is said of the thing ("the crane was 70 m tall"), not joined to it ("a 65-meter crane"). */
  thingSaid?: boolean;
  /** Which length a measure gives ("height" for "70 metres tall"), if it says. */
  aspect?: string;
}

/** Points needed from the rules below for two figures to count as one fact. */
const sameFactThreshold = 1.0;
/** Share of those points a figure needs with the other members of a group it joins through a stronger pair. */
const fitShare = 0.4;
/** Weight of the words beside two percentages they must share: more than one common word such as "car". */
const nearbyNeeded = 0.5;

function numberRules(
  weight: SenseWeight,
  onlyOfItsKind: (figure: Figure) => boolean,
  aloneAtItsScale: (figure: Figure) => boolean,
): PairRule<Figure>[] {
  const onlyCountOfAKind = (a: Figure, b: Figure): boolean => onlyCountOfOneKind(a, b, onlyOfItsKind);
  return [
    function samePeople(a, b) {
      if (a.people.size === 0 || b.people.size === 0) return undefined;
      // "Mayor Thackeray" / "Mayor Thackery": a misspelt name is the same person, the spelling another fact.
      for (const person of a.people) {
        for (const other of b.people) if (person === other || nearSpelling(person, other)) return undefined;
      }
      return {
        score: -Infinity,
        because: () => `said of different people (${[...a.people].join(', ')} / ${[...b.people].join(', ')})`,
      };
    },
    // "A 22-year-old woman" is not "a third man, aged 19": an age told of a man and one told of a woman are two
    // people's.
    function manOrWoman(a, b) {
      if (!a.sex || !b.sex || a.sex === b.sex) return undefined;
      return { score: -Infinity, because: () => `the age of a ${a.sex} and the age of a ${b.sex}` };
    },
    // Names of who gives a figure ("according to Ballot Assured") neither tell two figures apart nor, when they
    // are all two sentences share ("according to the Tarn Valley Weather Office" / "on the Tarn Valley"), leave
    // them with nothing in common.
    function sameNamedThings(a, b) {
      if (!disjointNames(a.names, b.names) || !disjointNames(a.namesWithSources, b.namesWithSources)) return undefined;
      // An age belongs to a person: where else the two sentences take her ("her training base in Montclar" /
      // "the athlete from Varennes") does not make her two people.
      if (ageOfOnePerson(a, b)) return undefined;
      // "forcing the evacuation of 23 homes" (a dateline's town) / "30 houses evacuated" (a road's name): the only
      // count of one kind of thing in each article is most likely one count, whatever else each names, unless a
      // sentence says where the things are ("In Harl, 45 homes", "88 clinics across the UK").
      if (countNamedAnywhere(a, b, onlyOfItsKind)) return undefined;
      // "was carrying about 38,000 tonnes of diesel to Limerick" / "hit the Hollow Stones late on Thursday night
      // with 40,000 tonnes": names far from the figure tell of the rest of the sentence, not of what is counted.
      if (!disjointNames(a.nearNames, b.nearNames)) return undefined;
      return { score: -Infinity, because: () => 'the sentences name nothing in common' };
    },
    // Shares and percentages abound in any story; two are one fact only if the words right beside them meet.
    function percentagesSaidAlike(a, b) {
      if (a.unit !== 'percent' || sharedTotal(a.nearby, b.nearby, weight) >= nearbyNeeded) return undefined;
      // "nearly a third of midwife jobs" / "about 22 per cent of the unit's posts": a share told in words is rarer
      // than a percentage, and is left to the other rules.
      if (a.share !== undefined || b.share !== undefined) return undefined;
      return { score: -Infinity, because: () => 'no word beside the two percentages in common' };
    },
    // "Unemployment in the region was 4.1 per cent" / "Inflation in the region was 2.4 per cent": shares of two things.
    function sharesOfOneThing(a, b) {
      if (!a.shareOf || !b.shareOf || a.shareOf === b.shareOf) return undefined;
      return { score: -Infinity, because: () => `shares of different things (${a.shareOf} / ${b.shareOf})` };
    },
    // "found hazards in 11 of the 18 flats" / "found the most serious hazard in 11 flats": a figure that is the part
    // the other sentence counts beside its whole is that part, whatever words the sentences share.
    function wholeOrItsPart(a, b) {
      const [whole, other] = a.partsBeside.has(valueKey(b)) ? [a, b] : [b, a];
      if (!whole.partsBeside.has(valueKey(other))) return undefined;
      return { score: -Infinity, because: () => `"${other.text}" is the part counted beside "${whole.text}"` };
    },
    // "Four of the city's 11 branch libraries" / "one in three of the city's 12 branch libraries": two wholes of one
    // kind are most likely one whole, whatever parts each article takes of it.
    function bothWholes(a, b) {
      if (!a.whole || !b.whole) return undefined;
      return { score: 1, because: () => `both count a whole ("${a.text}" / "${b.text}")` };
    },
    function sameGroupOrAnother(a, b) {
      if (a.further === b.further) return undefined;
      const [other, told] = a.further ? [a, b] : [b, a];
      return { score: -Infinity, because: () => `"${other.text}" counts a group beside "${told.text}"` };
    },
    function sameAspect(a, b) {
      if (!a.aspect || !b.aspect || a.aspect === b.aspect) return undefined;
      return { score: -Infinity, because: () => `one gives a ${a.aspect}, the other a ${b.aspect}` };
    },
    function figuresOfSimilarSize(first, second) {
      const [a, b] = perSamePeriod(first, second);
      // Two ranges ("aged 18 to 65" / "between 18 and 70") are as far apart as their nearer bounds.
      const ranges = a.low !== a.high && b.low !== b.high;
      const ratio = ranges
        ? Math.max(apart(a.low, b.low), apart(a.high, b.high))
        : Math.max(a.high, b.high) / Math.max(Math.min(a.low, b.low), 1e-9);
      if (ratio <= 3 * unitLeeway(a, b) || decimalSlip(a, b)) return undefined;
      // "a ten-minute hearing" / "The hearing lasted about 40 minutes": one length of one thing, however far apart.
      if (isDurationOfThing(a.unit) && a.unit === b.unit && onlyOfItsKind(a) && onlyOfItsKind(b) && ratio <= 10) {
        return undefined;
      }
      return {
        score: -Infinity,
        because: () => `figures too far apart to count the same thing (${a.text} / ${b.text})`,
      };
    },
    function sharedSentenceWords(a, b) {
      const total = sharedTotal(a.context, b.context, weight);
      if (total === 0) return undefined;
      return {
        score: total,
        because: () => `sentences share ${sharedWeight(a.context, b.context, weight).shared.join(', ')}`,
      };
    },
    function sharedWordsNearFigure(a, b) {
      const total = sharedTotal(a.nearby, b.nearby, weight);
      if (total === 0) return undefined;
      return {
        score: total / 2,
        because: () => `words next to the figure shared: ${sharedWeight(a.nearby, b.nearby, weight).shared.join(', ')}`,
      };
    },
    // "Police estimated about 1,200" / "Cops claimed only 1,000", "Organisers said more than 3,000" / "Organisers
    // put the figure at 2,500": two figures given by one source are most likely its estimate of one thing.
    function agesOfOnePerson(a, b) {
      if (!ageOfOnePerson(a, b)) return undefined;
      const named = (name: string): boolean =>
        [...b.people].some((other) => other === name || nearSpelling(name, other));
      return { score: 1, because: () => `the age of ${[...a.people].filter(named).join(' ')}` };
    },
    // "needed to save £35m over three years" / "meant to save £32m over two years", beside "a deficit of £28.5m":
    // two figures hung on one word lean towards one figure told twice; half a point, since "save £35m" and "save
    // £2m a year on rent" hang on one word too.
    function sameGovernor(a, b) {
      if (a.governor === undefined || a.governor !== b.governor) return undefined;
      return { score: 0.5, because: () => `both hang on "${a.governor}"` };
    },
    function changedFromOneFigure(a, b) {
      if (a.changedFrom === undefined || a.changedFrom !== b.changedFrom) return undefined;
      return { score: 1, because: () => `both changed from ${a.changedFrom}` };
    },
    function sameSource(a, b) {
      const shared = [...a.source].filter((sense) => b.source.has(sense));
      if (shared.length === 0) return undefined;
      return { score: 0.5, because: () => `both given by ${shared.join(', ')}` };
    },
    // In a set about one event, the only count of soldiers in each of two articles is most likely the same count:
    // enough on its own for the dead or the injured, or for the people in one role ("80 firefighters fought the
    // blaze" / "more than 100 firefighters were called"), or for the only measure of one thing said of it at least
    // once ("a 65-meter crane" / "the crane was some 70 metres tall", `measuredThing.ts`), or for the only count
    // of one kind of thing ("some 10,000 suitcases" / "nearly 9,000 bags"): over the development sets, an article
    // that counts one kind of thing once counts what the others count, far more often than something else. Not for
    // a measure of nothing named, which may be of anything ("40 kilometres south of the city" / "six kilometres
    // upstream"), nor for votes, which have two sides ("two members voting to hold" / "Six votes").
    function onlyFigureOfItsKind(a, b) {
      if (!sameKind(a, b) || !onlyOfItsKind(a) || !onlyOfItsKind(b)) return undefined;
      const score = onlyCountOfAKind(a, b) ? 1 : 0.4;
      return { score, because: () => `the only figure for ${a.kind} in either article` };
    },
    // "About 11,000 runners set off" / "Around 12,000 runners took part", in articles that also count the runners
    // treated (71, "nearly 100"): a count of people or things that no other count of them in its article comes
    // within ten times of is the size of the whole, the same whole in each article.
    function onlyFigureOfItsScale(a, b) {
      if (!sameKind(a, b) || !countOfThings(a.unit) || !aloneAtItsScale(a) || !aloneAtItsScale(b)) return undefined;
      if (onlyOfItsKind(a) && onlyOfItsKind(b)) return undefined;
      return { score: 1, because: () => `the only figure for ${a.kind} of its size in either article` };
    },
  ];
}

const sexWords: Readonly<Record<string, 'man' | 'woman'>> = {
  man: 'man',
  boy: 'man',
  father: 'man',
  son: 'man',
  husband: 'man',
  grandfather: 'man',
  grandad: 'man',
  woman: 'woman',
  girl: 'woman',
  mother: 'woman',
  daughter: 'woman',
  wife: 'woman',
  grandmother: 'woman',
  gran: 'woman',
};

// The person an age is told of, where a word says a man or a woman: the noun after "22-year-old", or the noun
// before ", aged 19".
function sexOfAged(tokens: readonly Token[], age: NumberMention): { sex: 'man' | 'woman' } | Record<string, never> {
  const after = tokens[age.last + 1];
  const aged = tokens[age.valueFirst - 1]?.lower === 'aged';
  const before = aged && tokens[age.valueFirst - 2]?.text === ',' ? tokens[age.valueFirst - 3] : undefined;
  const sex = sexWords[after?.lower ?? ''] ?? sexWords[before?.lower ?? ''];
  return sex ? { sex } : {};
}

// "Gareth Pryce, 58" / "Garry Price, 61": a misspelt name is still the person, as `samePeople` reads it.
function ageOfOnePerson(a: Figure, b: Figure): boolean {
  if (a.unit !== ageUnit || b.unit !== ageUnit) return false;
  for (const person of a.people) {
    for (const other of b.people) if (person === other || nearSpelling(person, other)) return true;
  }
  return false;
}

// "0.3 nanograms per millilitre" / "3 nanograms per millilitre", "2.5 million" / "25 million": the same digits
// with the point moved, a slip that is a disagreement worth a question, not two different figures. Only for a
// figure written with a decimal point: "3 dead" and "30 dead" share a digit by chance.
// "four of the city's 11 branch libraries", "two of its 40 cameras": "of", a determiner or an owner, then the figure.
const wholeDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
function countsAWhole(tokens: readonly Token[], valueFirst: number): boolean {
  let at = valueFirst - 1;
  if (/^['’]s$/.test(tokens[at]?.text ?? '')) {
    at -= 1;
    while (tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN') at -= 1;
  }
  return wholeDeterminers.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.lower === 'of';
}

/** A figure's value, as one key: "18" and "about 18" are one value, "10 to 12" another. */
function valueKey(figure: Pick<NumberMention, 'low' | 'high'>): string {
  return `${figure.low}-${figure.high}`;
}

/** A question of one figure, answered once for each figure however many pairs ask it. */
function answeredOnce(question: (figure: Figure) => boolean): (figure: Figure) => boolean {
  const answers = new Map<Figure, boolean>();
  return (figure) => {
    let answer = answers.get(figure);
    if (answer === undefined) {
      answer = question(figure);
      answers.set(figure, answer);
    }
    return answer;
  };
}

/** No figure of `others` but one of the same value comes within ten times of the figure. */
function aloneAtScale(figure: Figure, others: readonly Figure[]): boolean {
  const middle = (one: Figure): number => (one.low + one.high) / 2;
  return others.every((other) => valueKey(other) === valueKey(figure) || apart(middle(other), middle(figure)) >= 10);
}

function decimalSlip(a: NumberMention, b: NumberMention): boolean {
  if (!/\d\.\d/u.test(a.text) && !/\d\.\d/u.test(b.text)) return false;
  const ratio = apart(a.low, b.low);
  const power = Math.round(Math.log10(ratio));
  return power >= 1 && power <= 3 && Math.abs(ratio - 10 ** power) < 1e-6 * 10 ** power;
}

function apart(x: number, y: number): number {
  return Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
}

// "1.5 nautical miles" / "800 metres", "a 65-foot crane" / "a 65-metre crane": a figure told in another unit may
// be converted loosely or carry a slip of the unit, so two units of one dimension stand up to twice as far apart as
// the units themselves differ in size (at most twice the usual bound).
function unitLeeway(a: Figure, b: Figure): number {
  if (!a.measure || !b.measure || a.measure.name === b.measure.name) return 1;
  const apart = Math.max(a.measure.factor, b.measure.factor) / Math.min(a.measure.factor, b.measure.factor);
  return Math.min(apart, 2);
}

// Who takes part in an event, counted once by each article: "80 firefighters", "more than 100 firefighters".
const roles = new Set(
  [
    'firefighter',
    'rescuer',
    'volunteer',
    'officer',
    'policeman',
    'soldier',
    'worker',
    'employee',
    'staff',
    'doctor',
    'nurse',
    'paramedic',
    'passenger',
    'student',
    'pupil',
    'protester',
    'demonstrator',
    'journalist',
    'engineer',
    'crew',
    'patient',
    'spectator',
    'delegate',
    'evacuee',
    // Those who take part in a trial, a vote or a count.
    'witness',
    'juror',
    'candidate',
    'voter',
    'observer',
    'counter',
  ].map((word) => senseFamily(word)),
);

// "in 14 countries" / "in 11 countries": how many nations take part in one event is one count per article.
const nations = new Set(['countries', 'nations'].map((word) => senseFamily(word)));

// The only death toll, or the only count of firefighters, in each of two articles is one fact; the only count of
// kilometres, homes or years may be of anything.
function countOfOneKind(unit: string): boolean {
  return (
    fateOfWord(unit) !== undefined ||
    unit === seriouslyInjured ||
    roles.has(unit) ||
    unit === jobsLost ||
    unit === tallyUnit ||
    nations.has(unit) ||
    isDurationOfThing(unit)
  );
}

function onlyCountOfOneKind(a: Figure, b: Figure, onlyOfItsKind: (figure: Figure) => boolean): boolean {
  return (
    sameKind(a, b) &&
    onlyOfItsKind(a) &&
    onlyOfItsKind(b) &&
    (countOfOneKind(a.unit) || describesOneThing(a, b) || countOfThings(a.unit))
  );
}

// The only count of one kind in each of two articles is one count, whatever else each sentence names, unless a
// sentence says where the things are ("In Harl, 45 homes").
function countNamedAnywhere(a: Figure, b: Figure, onlyOfItsKind: (figure: Figure) => boolean): boolean {
  return onlyCountOfOneKind(a, b, onlyOfItsKind) && !placesTheCount(a) && !placesTheCount(b);
}

// A count of people or things, but not of the votes of one side of a division.
function countOfThings(unit: string): boolean {
  return (countsPeopleOrThings(unit) || compoundMeasure(unit) !== undefined) && unit !== vote;
}
const vote = senseFamily('votes');

// "A 65-meter crane" / "the crane was some 70 metres tall": one measure of one thing, when at least one of them is
// said of it; two joined to it ("the 10 mg dose" / "the 20 mg dose") may each pick out one of a kind.
function describesOneThing(a: Figure, b: Figure): boolean {
  return a.thing !== undefined && a.thing === b.thing && (a.thingSaid === true || b.thingSaid === true);
}

// How long one named thing lasted ("the meeting", "the consultation"): the only such length in each article is
// the same length asked about.
function isDurationOfThing(unit: string): boolean {
  return unit.startsWith('duration:') && unit.length > 'duration:'.length;
}

/** Figures that disagree across articles, and figures that agree. */
export function findNumberFacts(sentences: readonly ArticleSentence[], weight: SenseWeight): FactFinding[] {
  let figures: Figure[] = [];
  const named = peopleOfSet(sentences);
  const found = mentionsBySentence(sentences);
  for (const [at, sentence] of sentences.entries()) {
    for (const mention of found[at] ?? []) {
      if (countedOnFrom(sentence, mention)) continue;
      // The figure and what it counts are the same in both articles by construction; the rest is context.
      const unitSense = sentence.tokens[mention.unitLast]?.sense ?? '';
      // "by just 87", "only 900": an adverb right before the figure grades the figure; it says nothing of what is
      // counted.
      const isValue = (index: number): boolean =>
        (index >= mention.valueFirst && index <= mention.valueLast) ||
        (index === mention.valueFirst - 1 && sentence.tokens[index]?.pos === 'ADV') ||
        (index >= mention.unitFirst && index <= mention.unitLast && sentence.tokens[index]?.pos !== 'ADJ') ||
        (unitSense !== '' && sentence.tokens[index]?.sense === unitSense);
      const context = contextSenses(sentence, isValue);
      const nearby = nearbySenses(sentence, mention.valueFirst, mention.valueLast);
      for (const sense of nearby) if (!context.has(sense)) nearby.delete(sense);
      // "Turnout in the 7 May election was 38.6 per cent": what a share is of may stand further off, as the subject.
      const shareOf = mention.unit === 'percent' ? copularSubject(sentence, mention.valueFirst) : undefined;
      if (shareOf) nearby.add(shareOf);
      // "Some 3200 people were ordered to leave Tarrow on Friday, and ... wind gusts reached 72km/h": the places the
      // figure's own clause names are the ones that tell which figure it is.
      const clause = clauseOf(sentence, mention.first, mention.last);
      const dimension = dimensionOfKey(mention.unit);
      // A unit of measure is no name, even in capitals: "400GB", "a 2MW turbine".
      const outsideFigure = (index: number): boolean =>
        (index >= mention.valueFirst && index <= mention.valueLast) ||
        (dimension !== undefined && index >= mention.unitFirst && index <= mention.unitLast) ||
        namesPerson(sentence, index, named) ||
        index < clause.first ||
        index > clause.last;
      const measure = dimension !== undefined;
      // "The gang said it had stolen 1.2 terabytes": data is measured, not the sentence's subject.
      const measured =
        measure && dimension !== 'data'
          ? measuredThing(sentence.tokens, mention.valueFirst, mention.unitLast)
          : undefined;
      const thing = measured?.sense;
      const aspect = measure ? measuredAspect(sentence.tokens, mention.valueFirst, mention.unitLast) : undefined;
      const changedFrom = earlierFigureOf(sentence.tokens, mention.valueFirst);
      const governor = governorOf(sentence.tokens, mention.valueFirst);
      figures.push({
        ...mention,
        kind: thing ? `${mention.unit} of ${thing}` : kindOfSpan(mention),
        ...(measured ? { thing: measured.sense, thingSaid: measured.said } : {}),
        ...(aspect ? { aspect } : {}),
        ...(shareOf ? { shareOf } : {}),
        ...(changedFrom ? { changedFrom } : {}),
        ...(governor ? { governor } : {}),
        file: sentence.file,
        order: sentence.order * 1000 + mention.first,
        context,
        nearby,
        ...(mention.unit === ageUnit ? sexOfAged(sentence.tokens, mention) : {}),
        people:
          mention.unit === ageUnit
            ? agedPeople(sentences, at, mention, named)
            : peopleBesideSource(sentence, mention, named),
        // People are compared by `samePeople`, which forgives a misspelling; the names left are of places,
        // bodies and things. A person's title goes with the person ("Mayor Graham Thackeray").
        names: namesIn(sentence, (index) => outsideFigure(index) || inAttribution(sentence, index)),
        namesWithSources: namesIn(sentence, outsideFigure),
        nearNames: namesNear(
          sentence,
          mention.first,
          mention.last,
          (index) => outsideFigure(index) || inAttribution(sentence, index),
        ),
        further: furtherGroup(sentence, mention),
        partsBeside: new Set(
          (found[at] ?? []).filter((other) => other.unit === partUnit(mention.unit)).map((other) => valueKey(other)),
        ),
        whole: countsAWhole(sentence.tokens, mention.valueFirst),
        source: givenBy(sentence.tokens, mention.valueFirst),
      });
    }
  }
  figures = joinCasualties(figures);
  // The figures each article gives for each unit: a headline that repeats the body's figure gives no other one.
  const ofKindInArticle = new Map<string, Figure[]>();
  for (const figure of figures) pushTo(ofKindInArticle, `${figure.file}\u0000${figure.kind}`, figure);
  const sameKindBeside = (figure: Figure): Figure[] => ofKindInArticle.get(`${figure.file}\u0000${figure.kind}`) ?? [];
  // Both are asked for every pair a figure is in, and both depend on the figure alone.
  const onlyOfItsKind = answeredOnce((figure: Figure) =>
    sameKindBeside(figure).every((other) => valueKey(other) === valueKey(figure)),
  );
  const alone = answeredOnce((figure: Figure) => aloneAtScale(figure, sameKindBeside(figure)));
  const rules = numberRules(weight, onlyOfItsKind, alone);
  const score = cachedPairScore(rules);
  const fitScore = cachedPairScore(rules.filter((rule) => rule.name !== 'sameNamedThings'));
  const grouped = groupMentions(figures, {
    keys: (figure) => [...new Set([figure.unit, unitFamily(figure.unit)])],
    relate: (a, b) => {
      if (!figuresMeet(a, b)) return 0;
      const points = score(a, b);
      return points >= sameFactThreshold ? points : 0;
    },
    exclusive: true,
    // Beside a member it was not paired with, a figure may name other things: one article names only the ridge
    // the fire broke out below, another only the town it burned into. Together the group must name something the
    // figure's sentence names, as dates do (`dateFacts.ts`).
    fits: (a, b) => figuresMeet(a, b) && fitScore(a, b) >= sameFactThreshold * fitShare,
    // Not for the only count of one kind in each article, which is one count as the pair rules read it: the fire
    // service that sent the firefighters and the pier they fought for are both the event's.
    // Nor for a change from the figure a member changes from, which tells what changed whatever bodies each names
    // ("The University Court voted ... from £6,200" / "The Board of Governors voted ... from £6,200").
    fitsGroup: (members, other) =>
      members.every((member) => countNamedAnywhere(member, other, onlyOfItsKind)) ||
      members.some((member) => member.changedFrom !== undefined && member.changedFrom === other.changedFrom) ||
      !disjointNames(new Set(members.flatMap((member) => [...member.names])), other.names),
  });
  const groups = mergeRetold(
    grouped,
    (figure) => unitFamily(figure.unit),
    (a, b) => score(a, b) >= sameFactThreshold * fitShare,
    (a, b) => compareFigures(a, b) === 'same',
    // The body's sentence says more than the headline's.
    (a, b) => (b.sentence.end - b.sentence.start > a.sentence.end - a.sentence.start ? b : a),
  );

  // An article that gives both figures ("55% by 2030", "100% by 2035") does not disagree with either.
  const stated = new Map<string, Figure[]>();
  for (const figure of figures) pushTo(stated, `${figure.file}\u0000${figure.unit}`, figure);
  // Not a figure a rule rules out as the same fact: "4% on placebo" beside "About 3.2% stopped" does not make "Four
  // per cent stopped" agree. Nor one that shares nothing with it: "The legal limit is nine hours" beside "more than
  // ten hours" does not make "around nine hours on duty" agree.
  const statesToo = (figure: Figure, other: Figure): boolean =>
    (stated.get(`${figure.file}\u0000${figure.unit}`) ?? []).some(
      (own) => compareFigures(own, other) === 'same' && score(own, other) >= sameFactThreshold * fitShare,
    );
  const compare = (a: Figure, b: Figure): ReturnType<typeof compareFigures> => {
    const match = compareFigures(a, b);
    return match === 'different' && (statesToo(a, b) || statesToo(b, a)) ? 'compatible' : match;
  };

  return groups.flatMap((group) =>
    findingsFor(group, {
      kind: 'number',
      fact: describeFigure(group),
      compare,
      refOf,
      reasonsFor: (a, b) => [`same unit: ${a.unit}`, ...pairReasons(rules, a, b)],
    }),
  );
}

// Spans of time meet whatever unit they are told in ("36 hours" / "two days"), but the only span in months of each
// of two articles is no more likely one fact than the only span of each: the unit written stays part of the kind.
function kindOfSpan(mention: NumberMention): string {
  if (mention.unit !== timeSpan) return compoundMeasure(mention.unit) ?? mention.unit;
  return `${timeSpan}/${mention.spanUnit ?? ''}`;
}

const speakerLabelMaxWords = 4;

/** Sentences back an age told as "The 27-year-old" may look for the person it stands for. */
const anaphoraReach = 2;

// "Ines Ravel has been banned for four years. The 27-year-old, a 1,500 metres specialist, ...": an age standing for
// a person ("the 27-year-old", "the 26-year-old athlete") names no one, and means the person named last before it.
function agedPeople(
  sentences: readonly ArticleSentence[],
  at: number,
  mention: NumberMention,
  named: ReadonlySet<string>,
): Set<string> {
  const sentence = sentences[at];
  if (!sentence) return new Set();
  const own = peopleIn(sentence, named);
  if (own.size > 0 || sentence.tokens[mention.valueFirst - 1]?.lower !== 'the') return own;
  for (let back = at - 1; back >= Math.max(0, at - anaphoraReach); back -= 1) {
    const earlier = sentences[back];
    if (!earlier || earlier.file !== sentence.file) break;
    const people = peopleIn(earlier, named);
    if (people.size > 0) return people;
  }
  return own;
}

// "Chief fire officer Niamh Rooney said about 70 personnel took part": who gives a figure is not whom it is said of,
// so another article's "about 70 firefighters" freed "Tomás Bergin" is not vetoed as said of another person.
function peopleBesideSource(
  sentence: ArticleSentence,
  mention: NumberMention,
  named: ReadonlySet<string>,
): Set<string> {
  const source = sourceSpan(sentence.tokens, mention.valueFirst);
  return peopleIn(sentence, named, (index) => source !== undefined && index >= source.from && index < source.verb);
}

// "..., according to the independent scrutineer, Ballot Assured", "..., the union said": who gives a figure is not
// what it counts, so the names there do not tell two figures apart.
function inAttribution(sentence: ArticleSentence, index: number): boolean {
  const tokens = sentence.tokens;
  // "CALUM BRECK: About 140 pupils ...", "Reporter: ...": a transcript's speaker label names who speaks.
  const label = tokens.slice(0, speakerLabelMaxWords + 1).findIndex((token) => token.text === ':');
  if (label > 0 && index < label && tokens.slice(0, label).every((token) => /^\p{Lu}/u.test(token.text))) return true;
  // "according to the independent scrutineer, Ballot Assured": the source may be named after its description.
  let commas = 0;
  for (let at = index; at >= 0 && index - at < 12; at -= 1) {
    const token = tokens[at];
    if (token?.lower === 'to' && tokens[at - 1]?.lower === 'according') return true;
    if (token?.text === ',' && at < index && ++commas > 1) break;
  }
  // A name in a closing ", X said." clause.
  let comma = -1;
  for (let at = index; at >= 0; at -= 1)
    if (tokens[at]?.text === ',') {
      comma = at;
      break;
    }
  if (comma < 0) return false;
  const rest = tokens.slice(comma + 1);
  return (
    rest.length <= 7 &&
    rest.some((token) => token.pos === 'VERB' && reportsSpeech(token)) &&
    rest.at(-1)?.pos === 'PUNCT'
  );
}

// The tokens between the clause breaks around a figure, where a clause after ", and" or ", as" starts anew.
function clauseOf(sentence: ArticleSentence, first: number, last: number): { first: number; last: number } {
  const tokens = sentence.tokens;
  const opens = (at: number): boolean =>
    isClauseBreak(tokens[at]?.text) && (tokens[at + 1]?.pos === 'CCONJ' || tokens[at + 1]?.pos === 'SCONJ');
  // "The board admitted late on Sunday that a glitch lowered the results of 6,000 students": who reports the
  // figure is not what it counts.
  const reported = (at: number): boolean => tokens[at]?.lower === 'that' && tokens[at]?.pos === 'SCONJ';
  let start = first;
  while (start > 0 && !opens(start - 1) && !reported(start - 1)) start -= 1;
  // "The 420-space structure was completed in 1969, a form common in UK car parks": an apposition that ends the
  // sentence tells what kind of thing it is, not where or whose the figure is. One set between commas ("The
  // 27-year-old, a 1,500 metres specialist, returned ...") is inside the clause.
  const apposed = (at: number): boolean =>
    tokens[at]?.text === ',' &&
    (tokens[at + 1]?.lower === 'a' || tokens[at + 1]?.lower === 'an') &&
    !tokens.slice(at + 2).some((token) => token.text === ',');
  let end = last;
  while (end < tokens.length - 1 && !opens(end + 1) && !apposed(end + 1)) end += 1;
  return { first: start, last: end };
}

// "Turnout ... was 38.6 per cent", "Unemployment is now 4%": the head of the subject of "be" right before a figure.
function copularSubject(sentence: ArticleSentence, valueFirst: number): string | undefined {
  const tokens = sentence.tokens;
  let at = valueFirst - 1;
  while (tokens[at]?.pos === 'ADV') at -= 1;
  if (tokens[at]?.lemma !== 'be') return undefined;
  const subject = subjectOf(tokens, at);
  const token = subject === undefined ? undefined : tokens[subject];
  return token?.pos === 'NOUN' && token.sense ? token.sense : undefined;
}

// "Mayor Graham Thackeray", "State prosecutor Lise Brandtmeyer": a title, capitalised or not, goes with the name.
function namesPerson(sentence: ArticleSentence, index: number, people: ReadonlySet<string>): boolean {
  const tokens = sentence.tokens;
  if (tokens[index]?.pos !== 'PROPN') return false;
  for (let at = index; at <= index + 3; at += 1) {
    const token = tokens[at];
    if (!token || (token.pos !== 'PROPN' && token.pos !== 'NOUN')) return false;
    if (token.pos === 'PROPN' && people.has(token.lower)) return true;
  }
  return false;
}

const people = peopleUnit(senseFamily('people'));

// People with no fate told: "1,240 adults" / "nearly 1,250 people" / "1420 patients".
function countsSomeone(unit: string): boolean {
  return unit === people || ((countsPeople(unit) || roles.has(unit)) && fateOfWord(unit) === undefined);
}

// A count of people in general meets a count of people in any one role ("nearly 1,250 people" / "1420 patients",
// "Two people had raised liver enzymes" / "Three patients had elevated liver values"); two roles do not meet
// ("80 firefighters" / "100 police officers").
function unitsMeet(a: string, b: string): boolean {
  if (a === b || jobsMeet(a, b) || placesMeet(a, b)) return true;
  // "a blackout of around 13 hours" / "without power for almost 16 hours": a length of a named thing meets a bare
  // length, which the pair's other words must tie to it.
  if ((a === timeSpan && b.startsWith('duration:')) || (b === timeSpan && a.startsWith('duration:'))) return true;
  if ((a === vehicle && kindsOfVehicle.has(b)) || (b === vehicle && kindsOfVehicle.has(a))) return true;
  if ((a === child && b === pupil) || (a === pupil && b === child)) return true;
  return (a === people && countsSomeone(b)) || (b === people && countsSomeone(a));
}

// "the 420-space car park" / "The 1972 car park, which has nearly 500 spaces": a figure joined to its thing meets a
// count of the same things in a sentence that names that thing too.
function figuresMeet(a: Figure, b: Figure): boolean {
  if (unitsMeet(a.unit, b.unit)) return true;
  const [joined, bare] = compoundMeasure(a.unit) === b.unit ? [a, b] : compoundMeasure(b.unit) === a.unit ? [b, a] : [];
  if (!joined || !bare) return false;
  const thing = joined.unit.slice(joined.unit.indexOf(':') + 1);
  return thing === '' || bare.sentence.tokens.some((token) => token.sense === thing);
}

// Units that carry what they are after a colon of their own, not a figure joined to its thing.
const prefixedUnits = new Set(['money', 'measure', 'duration', 'time']);

// "the 420-space car park" / "which has nearly 500 spaces": a figure joined to its thing counts what the joining word
// names ("space"), the key its group is filed under; `figuresMeet` says which counts it meets.
function compoundMeasure(unit: string): string | undefined {
  const colon = unit.indexOf(':');
  if (colon <= 0) return undefined;
  const measure = unit.slice(0, colon);
  return prefixedUnits.has(measure) ? undefined : measure;
}

/** The key a figure's group is merged under: one for every count of people, jobs or vehicles, or length of time. */
function unitFamily(unit: string): string {
  if (countsSomeone(unit)) return people;
  if (countsJobs(unit)) return job;
  if (unit.startsWith('duration:')) return timeSpan;
  if (kindsOfVehicle.has(unit)) return vehicle;
  return placeFamily(unit) ?? compoundMeasure(unit) ?? unit;
}

// What two figures are the only one of: the same kind, or vehicles and one kind of vehicle.
function sameKind(a: Figure, b: Figure): boolean {
  return (
    a.kind === b.kind || (unitFamily(a.kind) === vehicle && unitFamily(b.kind) === vehicle && unitsMeet(a.kind, b.kind))
  );
}

// "A fleet of 168 vehicles" / "The company's 140 buses", "148,000 vehicles" / "almost 150,000 cars": vehicles
// counted meet a count of any one kind of vehicle, as people meet a count of people in one role; two kinds do not
// meet ("40 cars" / "12 buses").
const vehicle = senseFamily('vehicle');
const kindsOfVehicle = new Set(
  ['car', 'bus', 'coach', 'lorry', 'truck', 'van', 'tram', 'minibus', 'motorcycle', 'tractor'].map((word) =>
    senseFamily(word),
  ),
);

// "About 3,800 pupils" / "More than 5,000 children who use the school buses": children counted beside a school.
const child = senseFamily('child');
const pupil = senseFamily('pupil');

const job = senseFamily('jobs');

const furtherAfter = new Set(['other', 'more', 'further', 'additional', 'extra']);

// "recruited 38 additional call handlers", "hired nearly 40 more": what is added, counted as it is added, is the
// group a plain "recruited more than 40 call handlers" counts too.
const addingVerbs = new Set(['recruit', 'hire', 'add', 'employ', 'train', 'appoint', 'create', 'deploy', 'build']);

function furtherGroup(sentence: ArticleSentence, mention: NumberMention): boolean {
  // "An extra 38 florins a month" is what a rise costs, not a second group beside one already told.
  if (mention.period) return false;
  let verb = mention.first - 1;
  if (/^an?$/.test(sentence.tokens[verb]?.lower ?? '')) verb -= 1;
  const adding = sentence.tokens[verb];
  if (adding?.pos === 'VERB' && addingVerbs.has(adding.lemma)) return false;
  const after = sentence.tokens[mention.valueLast + 1]?.lower ?? '';
  // "28 per cent more than its engineers expected": a comparison, not a group beside another.
  if (after === 'more' && sentence.tokens[mention.valueLast + 2]?.lower === 'than') return false;
  const before = sentence.tokens[mention.valueFirst - 1]?.lower ?? '';
  // "a further 14 suspected cases", "an additional 30 staff".
  const furtherBefore =
    furtherAfter.has(before) &&
    before !== 'other' &&
    /^an?$/.test(sentence.tokens[mention.valueFirst - 2]?.lower ?? '');
  return furtherAfter.has(after) || before === 'another' || furtherBefore;
}

function refOf(figure: Figure): LineRef {
  return { file: figure.file, line: figure.sentence.line, text: figure.text };
}

const placeWords = new Set([
  'on',
  'along',
  'near',
  'at',
  'in',
  'across',
  'around',
  'inside',
  'outside',
  'to',
  'into',
  'from',
]);

const bareCount = 'How many: ';

/** A plain description of what the figures count: "Russian troops on the Ukrainian border". */
function describeFigure(group: readonly Figure[]): string {
  // A figure that names what it counts ("refloated 29 whales") describes the fact better than one that leaves it
  // to an earlier figure ("Twenty-six were refloated").
  const all = group.map((figure) => describeOne(figure)).filter((text) => text.length > 0);
  const naming = all.filter((text) => !text.startsWith(bareCount));
  const described = naming.length > 0 ? naming : all;
  // A place makes the fact concrete; among those, the fuller noun phrase ("Russian troops") reads better.
  described.sort((x, y) => placeScore(y) - placeScore(x) || Math.min(y.length, 60) - Math.min(x.length, 60));
  return described[0] ?? 'The same figure';
}

function placeScore(description: string): number {
  return / (on|along|near|at|in|across|around) /.test(description) ? 1 : 0;
}

function describeOne(figure: Figure): string {
  const sentence = figure.sentence;
  const tokens = sentence.tokens;
  if (figure.unit === ageUnit && figure.low !== figure.high) return 'Ages of the people taking part';
  if (figure.unit === ageUnit) return describeAge(figure);
  const fate = fateOfWord(figure.unit);
  if (fate) return `Number of people ${fate}`;
  if (figure.unit === seriouslyInjured) return `Number of people ${seriouslyInjured}`;
  if (figure.unit === jobsLost) return 'Number of jobs lost';
  if (figure.unit === timeSpan) return `How long: ${clauseAround(figure)}`;
  if (figure.unit === stopwatchTime) return `The time: ${clauseAround(figure)}`;
  if (figure.unit === tallyUnit) return `The result: ${clauseAround(figure)}`;
  // A figure that counts what the figure before it counted ("Organisers put the figure at 2,500") names nothing.
  if (figure.unitFirst === figure.valueFirst && figure.unitLast === figure.valueLast) {
    return `${bareCount}${clauseAround(figure)}`;
  }
  // "112 millimetres" reads as "Millimetres on the Tarn Valley"; a unit joined to its figure or converted in
  // brackets ("a 65-meter (213-foot) crane") is asked about by what it measures.
  const dimension = dimensionOfKey(figure.unit);
  // "about three miles from the site": how far, and from where, is in the clause.
  if (dimension && figure.aspect === 'distance') return `How far: ${clauseAround(figure)}`;
  if (dimension && figure.thing) {
    const thing = sentence.tokens.find((token) => token.sense === figure.thing)?.lower ?? figure.thing;
    return `${figure.aspect ? capitalise(figure.aspect) : measureNouns[dimension]} of the ${thing}`;
  }
  const plainUnit = dimension && isPlainUnit(figure);
  if (figure.unit.startsWith('money:') || figure.unit === 'percent' || (dimension && !plainUnit)) {
    const lead = dimension ? measureQuestions[dimension] : figure.unit === 'percent' ? 'What share' : 'How much money';
    return `${lead}: ${clauseAround(figure)}`;
  }
  if (isDurationOfThing(figure.unit)) {
    const sense = figure.unit.slice('duration:'.length);
    // "17 months in charge" names no tenure: the fact does.
    const thing =
      sentence.tokens.find((token) => token.sense === sense)?.lower ?? (sense === tenure ? 'tenure' : sense);
    return `How long the ${thing} lasts`;
  }
  if (figure.unit.includes(':') && !plainUnit) {
    // "a 10-point Arctic plan" is the number of points in the plan.
    const measure = sentence.tokens[figure.unitFirst + 1]?.lower ?? '';
    const thing = wordsBetween(sentence, figure.unitFirst + 2, figure.unitLast);
    // "five-year-olds" is an age group, not a thing with years in it.
    if (/^-?olds?$/.test(thing)) return 'Which age group';
    return thing ? `Number of ${plural(measure)} in the ${thing}` : `Number of ${plural(measure)}`;
  }
  // "A five-strong gang": the people in it, asked as the size of the gang.
  const strong = tokens[figure.unitFirst]?.text === '-' && tokens[figure.unitFirst + 1]?.lower === 'strong';
  if (strong && figure.unitLast > figure.unitFirst + 1) return `Size of the ${tokens[figure.unitLast]?.lower ?? ''}`;
  const counted = wordsBetween(sentence, figure.unitFirst, figure.unitLast)
    .replace(/^-/, '')
    .replace(/^of (its|their|the|his|her|our) /i, '');
  const place = placeAfter(sentence, figure.unitLast + 1);
  if (countsPeople(figure.unit)) {
    const doing = verbPhraseAfter(sentence, figure.unitLast + 1);
    if (doing) return `Number of ${counted.toLowerCase()} who ${pluralVerb(doing)}`;
  }
  // A crowd or a population is one body of people: asked how big it is, not "How many crowd".
  const head = tokens[figure.unitFirst];
  if (figure.unitFirst === figure.unitLast && head && collectiveNouns.has(head.lower)) {
    return `Size of the ${[head.lower, place].filter(Boolean).join(' ')}`;
  }
  // A bare noun ("Days", "Cubic metres") is no question: "How many days".
  const name = tokens[figure.unitFirst]?.pos === 'PROPN' ? counted : counted.toLowerCase();
  return `How many ${[name, place].filter(Boolean).join(' ')}`;
}

const collectiveNouns = new Set(['crowd', 'audience', 'population', 'workforce', 'congregation', 'turnout']);

// "Two men were arrested on Monday, and a third man was detained on Tuesday", "Three masked men entered the shop
// while a fourth waited at the wheel": a count the sentence goes on from is a part of the whole it arrives at, which
// the other articles give.
function countedOnFrom(sentence: ArticleSentence, mention: NumberMention): boolean {
  if (mention.low !== mention.high || !countsPeopleOrThings(mention.unit)) return false;
  const tokens = sentence.tokens;
  for (let at = mention.last + 1; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token && tokens[at - 1]?.lower === 'a' && ordinalValue(token) === mention.low + 1) return true;
  }
  return false;
}

// "Every one of the firm's almost 500 workers has been sacked": the question asks of the workers, who "have been".
function pluralVerb(phrase: string): string {
  return phrase.replace(/^(has|is|was)\b/, (verb) => ({ has: 'have', is: 'are', was: 'were' })[verb] ?? verb);
}

function isPlainUnit(figure: Figure): boolean {
  const unit = figure.sentence.tokens.slice(figure.unitFirst, figure.unitLast + 1);
  // "km", "t" and "mph" make poor headings: only units written out in words ("millimetres", "nautical miles").
  return unit.length > 0 && unit.every((token) => /^\p{L}{4,}$/u.test(token.text));
}

const measureNouns: Record<Dimension, string> = {
  length: 'Size',
  mass: 'Weight',
  speed: 'Speed',
  area: 'Area',
  volume: 'Volume',
  temperature: 'Temperature',
  power: 'Power',
  energy: 'Energy',
  pressure: 'Pressure',
  containers: 'Capacity',
  concentration: 'Concentration',
  proportion: 'Concentration',
  data: 'Amount of data',
};

const measureQuestions: Record<Dimension, string> = {
  length: 'What length or distance',
  mass: 'What weight',
  speed: 'What speed',
  area: 'What area',
  volume: 'What volume',
  temperature: 'What temperature',
  power: 'What power',
  energy: 'How much energy',
  pressure: 'What pressure',
  containers: 'How many containers',
  concentration: 'What concentration',
  proportion: 'What concentration',
  data: 'How much data',
};

function plural(word: string): string {
  return /s$/.test(word) ? word : /y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

// "20,000 people joined a protest march": what the counted people did, up to the end of the clause.
function verbPhraseAfter(sentence: ArticleSentence, from: number): string {
  const tokens = sentence.tokens;
  let at = from;
  while (tokens[at]?.pos === 'AUX') at += 1;
  // "adults aged 18 to 65" tells their age, not what they did.
  if (tokens[at]?.pos !== 'VERB' || tokens[at]?.lower === 'aged') return '';
  let end = at;
  while (
    end + 1 < tokens.length &&
    end - at < 5 &&
    tokens[end + 1]?.pos !== 'PUNCT' &&
    tokens[end + 1]?.pos !== 'CCONJ'
  )
    end += 1;
  while (end > at && ['ADP', 'DET', 'PART'].includes(tokens[end]?.pos ?? '')) end -= 1;
  return wordsBetween(sentence, from, end);
}

// "on the Ukrainian border", "along the border with Ukraine": a short place phrase after the counted noun.
function placeAfter(sentence: ArticleSentence, from: number): string {
  const tokens = sentence.tokens;
  for (let at = from; at < Math.min(tokens.length, from + 3); at += 1) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT') return '';
    if (token.pos === 'ADP' && placeWords.has(token.lower)) {
      for (let end = at + 1; end < Math.min(tokens.length, at + 7); end += 1) {
        const word = tokens[end];
        // "on its way" points back at something the phrase does not name.
        if (!word || ['PUNCT', 'VERB', 'CCONJ', 'PRON'].includes(word.pos) || /^(its|their|his|her)$/.test(word.lower))
          return '';
        const next = tokens[end + 1];
        if (
          (word.pos === 'NOUN' || word.pos === 'PROPN') &&
          !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.lower === 'with'))
        ) {
          return wordsBetween(sentence, at, end);
        }
      }
      return '';
    }
  }
  return '';
}

function clauseAround(figure: Figure): string {
  const tokens = figure.sentence.tokens;
  const stops = (at: number): boolean => tokens[at]?.pos === 'PUNCT' || tokens[at]?.pos === 'SCONJ';
  let from = figure.first;
  while (from > 0 && from > figure.first - 6 && !stops(from - 1)) from -= 1;
  // "The mission cost about 6 billion rupees, or roughly $75 million": reach back past one comma for the subject.
  const saying = (first: number): number =>
    tokens.slice(first, figure.first).filter((token) => token.sense && token.lower !== 'or' && token.lower !== 'and')
      .length;
  if (saying(from) < 2 && from > 1 && tokens[from - 1]?.text === ',') {
    let earlier = from - 1;
    while (earlier > 0 && earlier > from - 8 && !stops(earlier - 1)) earlier -= 1;
    if (saying(earlier) >= 2) from = earlier;
  }
  let to = figure.last;
  while (
    to < tokens.length - 1 &&
    to < figure.last + 5 &&
    !['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[to + 1]?.pos ?? '')
  )
    to += 1;
  // "… in one" and "… in the 2026-27" are cut mid-phrase: end on a noun or a verb, or right after the figure.
  while (
    to > figure.last &&
    !['NOUN', 'PROPN', 'VERB'].includes(tokens[to]?.pos ?? '') &&
    !(to === figure.last + 1 && tokens[to]?.pos === 'ADV')
  )
    to -= 1;
  // "out fiery rival ..." and "in the 7 May election": a clause opens on its subject, not on a particle.
  while (from < figure.first && ['ADP', 'PART', 'CCONJ', 'ADV', 'PUNCT'].includes(tokens[from]?.pos ?? '')) from += 1;
  const before = from < figure.first ? wordsBetween(figure.sentence, from, figure.first - 1) : '';
  const after = to > figure.last ? wordsBetween(figure.sentence, figure.last + 1, to) : '';
  return [before, '…', after].filter(Boolean).join(' ');
}

// "Rhona Castellan, whose seven-year-old son ..." and "her little boy, 6,": the age is the son's, not Rhona's.
function describeAge(figure: Figure): string {
  const tokens = figure.sentence.tokens;
  const after = tokens[figure.unitLast + 1];
  const before = tokens[figure.valueFirst - 2];
  const noun =
    figure.unitLast > figure.valueLast && after?.pos === 'NOUN'
      ? after
      : tokens[figure.valueFirst - 1]?.text === ',' && before?.pos === 'NOUN'
        ? before
        : undefined;
  const name = nameBefore(figure.sentence, noun ? tokens.indexOf(noun) : figure.first);
  if (!noun) return `Age of ${name ?? 'the person'}`;
  return name ? `Age of ${name}'s ${noun.lower}` : `Age of the ${noun.lower}`;
}

function nameBefore(sentence: ArticleSentence, index: number): string | undefined {
  const tokens = sentence.tokens;
  let end = index - 1;
  while (end >= 0 && tokens[end]?.pos !== 'PROPN') end -= 1;
  let start = end;
  while (start > 0 && tokens[start - 1]?.pos === 'PROPN') start -= 1;
  return end >= 0 && end >= index - 4 ? wordsBetween(sentence, start, end) : undefined;
}

// "In Harl, 45 homes were flooded", "88 clinics across the UK": a place the figure's clause puts things in.
const placingWords = new Set(['in', 'across', 'throughout']);

function placesTheCount(figure: Figure): boolean {
  const tokens = figure.sentence.tokens;
  const clause = clauseOf(figure.sentence, figure.first, figure.last);
  return tokens.some(
    (token, at) =>
      at >= clause.first && at <= clause.last && token.pos === 'PROPN' && placingWords.has(tokens[at - 1]?.lower ?? ''),
  );
}

// The verb or noun right before a figure, past a determiner, a preposition or a hedge: "save (about) £35m", "a
// deficit of £28.5m". Verbs of saying and being tell nothing of what the figure is.
function governorOf(tokens: readonly Token[], valueFirst: number): string | undefined {
  for (let at = valueFirst - 1; at >= Math.max(0, valueFirst - 4); at -= 1) {
    const token = tokens[at];
    if (!token) return undefined;
    if (['DET', 'ADP', 'ADV', 'PART'].includes(token.pos)) continue;
    if ((token.pos !== 'VERB' && token.pos !== 'NOUN') || !token.sense || token.lemma === 'be') return undefined;
    return reportsSpeech(token) ? undefined : token.sense;
  }
  return undefined;
}

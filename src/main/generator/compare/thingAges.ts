import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import type { ValueMatch } from './factValues.ts';
import { findingsFor } from './factFindings.ts';
import { senseFamily } from './wordFamily.ts';
import { pushTo } from './pushTo.ts';

// How old a built thing is, told as an age or as the year it was built: "the 22-year-old tanker", "the 2004-built
// tanker", "which was built in 1994", "Built: 1989", "The Kestrel is 36 years old". Each is read as the year the
// thing was built, counted back from the article's date (an age of 22 in 2026 is 2003 or 2004, since the birthday
// may not have come yet), so "2004-built" and "22-year-old" agree and "19-year-old" differs. Only things people
// build: "a 22-year-old man" is a person's age, which the figures compare.

export interface ThingAge {
  sentence: ArticleSentence;
  /** The thing's kind ("vessel" for a ship, tanker or ferry), or undefined where the sentence names none. */
  kind?: string;
  kindText?: string;
  /** The earliest and latest year the thing can have been built. */
  low: number;
  high: number;
  /** The age as written, where it is told as an age: two ages are compared as written. */
  age?: number;
  text: string;
}

// Things people build, with the words news uses for one kind folded together.
const builtKinds: Readonly<Record<string, readonly string[]>> = {
  vessel: ['vessel', 'ship', 'tanker', 'ferry', 'boat', 'trawler', 'freighter', 'carrier', 'liner'],
  aircraft: ['aircraft', 'plane', 'jet', 'airliner', 'helicopter'],
  bridge: ['bridge', 'viaduct'],
  building: ['building', 'block', 'tower'],
  // A tree stands where it grew: "the 150-year-old oak" and "the oak was around 200 years old" date it the same way.
  tree: ['tree', 'oak', 'beech', 'elm', 'yew', 'chestnut', 'sycamore', 'willow', 'pine'],
};
const singleKinds = [
  'dam',
  'crane',
  'tunnel',
  'station',
  'plant',
  'factory',
  'reactor',
  'pipeline',
  'stadium',
  'mill',
  'train',
  'bus',
  'coach',
  'lorry',
  'rig',
  'platform',
  'stand',
  'stage',
  'pier',
  'school',
  'hospital',
];
const kindOf = new Map<string, string>();
for (const [kind, words] of Object.entries(builtKinds)) for (const word of words) kindOf.set(senseFamily(word), kind);
for (const word of singleKinds) kindOf.set(senseFamily(word), word);

const agePattern = /\b(\d{1,3})-year-old\b/gi;
const builtYearPattern = /\b((?:18|19|20)\d\d)-built\b/gi;
const builtInPattern = /\b(?:built|constructed)(?: in|:)\s*((?:18|19|20)\d\d)\b/gi;
const yearsOldPattern =
  /\b(?:is|was)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?(\d{1,3})\s+years\s+old\b/gi;

/** The ages of built things each sentence gives, read against each article's year. */
export function readThingAges(
  sentences: readonly ArticleSentence[],
  yearOf: (file: string) => number | undefined,
): ThingAge[] {
  const ages: ThingAge[] = [];
  for (const sentence of sentences) {
    const year = yearOf(sentence.file);
    const text = sentence.lineText.slice(sentence.start, sentence.end);
    const at = (offset: number): number => sentence.start + offset;
    const found = (match: RegExpExecArray, low: number, high: number, named: boolean, age?: number): void => {
      const start = at(match.index);
      const end = start + match[0].length;
      const thing = named ? thingAfter(sentence, end) : undefined;
      if (named && !thing) return;
      ages.push({
        sentence,
        ...(thing ? { kind: thing.kind, kindText: thing.text } : {}),
        low,
        high,
        ...(age === undefined ? {} : { age }),
        text: sentence.lineText.slice(start, thing?.end ?? end),
      });
    };
    for (const match of text.matchAll(agePattern)) {
      const age = Number(match[1]);
      if (year !== undefined) found(match, year - age - 1, year - age, true, age);
    }
    for (const match of text.matchAll(builtYearPattern)) found(match, Number(match[1]), Number(match[1]), true);
    for (const match of text.matchAll(builtInPattern)) found(match, Number(match[1]), Number(match[1]), false);
    for (const match of text.matchAll(yearsOldPattern)) {
      const age = Number(match[1]);
      if (year !== undefined && !personBefore(text, match.index)) found(match, year - age - 1, year - age, false, age);
    }
  }
  return ages;
}

// "the 22-year-old, Liberia-registered vessel": the thing is the first noun within a few words after the age,
// skipping what describes it; a person ("a 22-year-old man") or nothing built ends the search.
function thingAfter(sentence: ArticleSentence, end: number): { kind: string; text: string; end: number } | undefined {
  const thing = agedThingAmong(sentence.tokens.filter((token) => token.start >= end));
  return thing && { kind: thing.kind, text: thing.token.lower, end: thing.token.end };
}

/** The thing an age or a year of building just before `after` is of, if it is one this finder reads. */
export function agedThingAmong(after: readonly Token[]): { kind: string; token: Token } | undefined {
  const near = after.slice(0, 6);
  for (const [at, token] of near.entries()) {
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
    // "the 1996-built road bridge", "a 45-year-old bus driver": a noun before another describes it.
    if (near[at + 1]?.pos === 'NOUN') continue;
    const kind = kindOf.get(token.sense);
    if (kind) return { kind, token };
    if (token.pos === 'NOUN') return undefined;
  }
  return undefined;
}

// "She is 36 years old", "Mr Lund was 61 years old": a person's age.
function personBefore(text: string, index: number): boolean {
  return /\b(?:he|she|who|mr|mrs|ms|miss|dr)\s*$/i.test(text.slice(0, index));
}

/** The age of each built thing across the articles: one fact per kind of thing. */
export function findThingAges(
  sentences: readonly ArticleSentence[],
  yearOf: (file: string) => number | undefined,
): FactFinding[] {
  const ages = readThingAges(sentences, yearOf);
  const kinds = new Set(ages.flatMap((age) => (age.kind ? [age.kind] : [])));
  const byKind = new Map<string, ThingAge[]>();
  const byFile = new Map<string, ThingAge[]>();
  for (const age of ages) pushTo(byFile, age.sentence.file, age);
  for (const age of ages) {
    // "Built: 1989" names no thing: it is of the thing its article names elsewhere, or of the one thing the set
    // gives an age for.
    const ownKinds = new Set((byFile.get(age.sentence.file) ?? []).flatMap((own) => (own.kind ? [own.kind] : [])));
    const kind = age.kind ?? (ownKinds.size === 1 ? [...ownKinds][0] : kinds.size === 1 ? [...kinds][0] : undefined);
    if (kind) pushTo(byKind, kind, { ...age, kind, kindText: age.kindText ?? kind });
  }
  const findings: FactFinding[] = [];
  for (const [kind, group] of byKind) {
    // Each article by its first telling; one that tells two different ages takes no side.
    const first = new Map<string, ThingAge>();
    const torn = new Set<string>();
    for (const age of group) {
      const file = age.sentence.file;
      const known = first.get(file);
      if (!known) first.set(file, age);
      else if (compare(known, age) === 'different') torn.add(file);
    }
    const told = [...first.values()].filter((age) => !torn.has(age.sentence.file));
    if (told.length < 2) continue;
    const named = told.find((age) => age.kindText !== undefined && age.kindText !== kind)?.kindText ?? kind;
    findings.push(
      ...findingsFor(told, {
        kind: 'number',
        fact: `Age of the ${named}`,
        compare,
        refOf,
        reasonsFor: (a, b) => [
          `"${a.text}" and "${b.text}" date the ${kind} to ${span(a)} and ${span(b)}`,
          'an age is counted back from the article’s year',
        ],
      }),
    );
  }
  return findings;
}

// Two ages, or two years, are compared as written; an age against a year by the years the age allows.
function compare(a: ThingAge, b: ThingAge): ValueMatch {
  if (a.age !== undefined && b.age !== undefined) return a.age === b.age ? 'same' : 'different';
  return a.low <= b.high && b.low <= a.high ? 'same' : 'different';
}

function span(age: ThingAge): string {
  return age.low === age.high ? `${age.low}` : `${age.low}-${age.high}`;
}

function refOf(age: ThingAge): LineRef {
  return { file: age.sentence.file, line: age.sentence.line, text: age.text };
}

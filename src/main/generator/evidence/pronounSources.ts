import type { Attribution } from './attributions.ts';
import { isTitleCase } from './articleSpelling.ts';
import { documentNouns, institutionNouns, speakerGroupNouns, titleNouns } from './namedSources.ts';
import { wordsOf, type SentenceReading } from './sentenceRule.ts';
import { isCommonWord, type Token } from './sentenceTokens.ts';
import { isCapitalised, isNounLike, isWord, isWordIn } from './wordForms.ts';

// '"We will rebuild every house," she said.' names its source when "she" is someone the article has just named
// ("Mayor Jane Ruiz toured the street on Monday."). A reader follows the pronoun back to the last person
// mentioned, and so does this: to a person named with a name, a few sentences back at most, and never past an
// unnamed one in between ("a resident, who asked not to be named, said ..."). Only "he" and "she": "it" and
// "they" may stand for a country, a pact or a crowd.

/** How many sentences back a pronoun may reach for the person it stands for. */
const pronounReach = 4;

const personalPronouns = new Set(['he', 'she']);

/** Words written before a name that say it is a person's: "Mr Putin", "Dr Anthony Fauci". */
const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'capt',
  'sgt',
  'lt',
  'insp',
  'det',
  'cllr',
  'councillor',
]);

/** People a sentence can mention without naming: "a man", "one woman", "a local resident". */
const personNouns = new Set([...speakerGroupNouns, 'man', 'woman', 'boy', 'girl', 'mother', 'father', 'worker']);

interface PersonMention {
  /** Token where the mention ends, so a pronoun later in the same sentence finds it. */
  at: number;
  /** The name as written, or undefined for a person the article does not name. */
  name?: string;
}

function isTitleWord(token: Token | undefined): boolean {
  return token !== undefined && (isWordIn(token, titleNouns) || honorifics.has(token.lower.replace(/\.$/, '')));
}

/** A word that makes a capitalised run a place or a body, not a person: "Kelvick Dam", "Riverton Council". */
function isOrganisationWord(token: Token): boolean {
  return [institutionNouns, documentNouns, speakerGroupNouns].some((words) => isWordIn(token, words));
}

/**
 * "Mayor Jane Ruiz", "engineer Tom Hale", "Mr Putin", "Vladimir Putin": a capitalised run after a title, or of
 * two or more words ending in one the article only ever writes as a name, that stands for no organisation.
 */
function namedPeople(reading: SentenceReading): PersonMention[] {
  const tokens = reading.sentence.tokens;
  const mentions: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    while (i < tokens.length && isNameWord(tokens, i)) i++;
    if (i === start) {
      i++;
      continue;
    }
    const run = tokens.slice(start, i);
    let first = 0;
    while (first < run.length && isTitleWord(run[first])) first++;
    const name = run.slice(first);
    const titled = first > 0 || isTitleWord(tokens[start - 1]) || isWordIn(tokens[start - 1], personNouns);
    const last = name[name.length - 1];
    const looksPersonal =
      titled || (name.length >= 2 && last !== undefined && isNameOnly(reading, last) && !isCapitalAcronym(last));
    if (name.length > 0 && looksPersonal && !name.some(isOrganisationWord)) {
      mentions.push({ at: i - 1, name: name.map((t) => t.text).join(' ') });
    }
  }
  return mentions;
}

/**
 * A word used only as a name: "Ruiz", "Reyes" are never written in lower case, while the "dam" of "Kelvick Dam"
 * or the "river" of "Blue River" is. Without the article's spelling, a word no dictionary has.
 */
function isNameOnly(reading: SentenceReading, token: Token): boolean {
  const spelling = reading.sentence.spelling;
  return spelling ? !spelling.lowercase.has(token.lower) : !isCommonWord(token.text);
}

/** A capitalised word that can be part of a name: wink tags "Ward" in "Mayor Ellen Ward" a common noun. */
function isNameWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return !token.quoted && isCapitalised(token) && isNounLike(token);
}

function isCapitalAcronym(token: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(token.text);
}

/** "a resident", "one woman", "another official": a person the sentence does not name. */
function unnamedPeople(reading: SentenceReading): PersonMention[] {
  const tokens = reading.sentence.tokens;
  const mentions: PersonMention[] = [];
  tokens.forEach((token, at) => {
    if (token.quoted || !isWord(token, 'a', 'an', 'one', 'another')) return;
    let head = at + 1;
    while (tokens[head]?.pos === 'ADJ') head++;
    const noun = tokens[head];
    if (!noun || noun.pos !== 'NOUN' || !isWordIn(noun, personNouns)) return;
    // "a resident, Maria Lopez," names her after all.
    if (isWord(tokens[head + 1], ',') && tokens[head + 2]?.pos === 'PROPN') return;
    mentions.push({ at: head });
  });
  return mentions;
}

/** Who said it, as a mention: a named speaker names a person, a vague one does not. */
function speakers(reading: SentenceReading): PersonMention[] {
  return reading.attributions.flatMap((a): PersonMention[] => {
    if (a.verdict.kind === 'vague') return [{ at: a.source.to }];
    if (a.verdict.kind === 'named' && a.verdict.specificity === 2)
      return [{ at: a.source.to, name: wordsOf(reading.sentence, a.source) }];
    return [];
  });
}

function mentionsIn(reading: SentenceReading): PersonMention[] {
  if (isTitleCase(reading.sentence.tokens)) return [];
  return [...namedPeople(reading), ...unnamedPeople(reading), ...speakers(reading)].sort((a, b) => a.at - b.at);
}

function isPersonalPronoun(reading: SentenceReading, a: Attribution): boolean {
  return (
    a.verdict.kind === 'pronoun' &&
    a.source.from === a.source.to &&
    isWordIn(reading.sentence.tokens[a.source.from], personalPronouns)
  );
}

/**
 * The article's readings with every "he said" / "she said" whose person was just named turned into a named source.
 * One pass in reading order, carrying the last person mentioned.
 */
export function followPronouns(readings: readonly SentenceReading[]): SentenceReading[] {
  let last: { mention: PersonMention; sentence: number } | undefined;
  return readings.map((reading, index) => {
    const mentions = mentionsIn(reading);
    let resolved = false;
    const attributions = reading.attributions.map((a) => {
      if (!isPersonalPronoun(reading, a)) return a;
      const here = mentions.filter((m) => m.at < a.source.from).pop();
      const earlier = last && index - last.sentence <= pronounReach ? last.mention : undefined;
      const person = here ?? earlier;
      if (!person?.name) return a;
      resolved = true;
      const pronoun = wordsOf(reading.sentence, a.source);
      return {
        ...a,
        verdict: {
          kind: 'named' as const,
          specificity: 1,
          reason: `"${pronoun}" is ${person.name}, named just before`,
        },
      };
    });
    const latest = mentions[mentions.length - 1];
    if (latest) last = { mention: latest, sentence: index };
    else if (resolved && last) last = { ...last, sentence: index };
    return resolved ? { ...reading, attributions } : reading;
  });
}

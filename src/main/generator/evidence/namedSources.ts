import { spelledAsName } from './articleSpelling.ts';
import { wordsOf, type CueSpan } from './sentenceRule.ts';
import { isCommonWord, isPluralNoun, type EvidenceSentence, type Token } from './sentenceTokens.ts';
import { isCapitalised, isNounLike, isWord, isWordIn } from './wordForms.ts';
import { isCalendarWord as isCalendarName } from '../calendarWords.ts';
import { groupQuantifiers } from './groupQuantifiers.ts';

// Does the phrase in front of "said" name a source a reader could look up? A person with a name or a title
// ("Kremlin foreign policy adviser Yury Ushakov", "the president"), an organisation ("BBC News", "the Kremlin"),
// or a document ("the statement", "a document leaked to Spanish newspaper El Pais"). "Officials", "some
// analysts", "Western diplomats" and "sources familiar with the matter" name nobody: that is vague attribution.

export type SourceKind = 'named' | 'vague' | 'pronoun' | 'unclear';

export interface SourceVerdict {
  kind: SourceKind;
  /** 2: names someone ("Yury Ushakov", "BBC News"); 1: points at a known title or document ("the statement"). */
  specificity: number;
  reason: string;
}

/** People who speak for no one in particular unless a name comes with them. */
export const speakerGroupNouns = new Set([
  'official',
  'diplomat',
  'analyst',
  'expert',
  'observer',
  'critic',
  'commentator',
  'economist',
  'researcher',
  'scientist',
  'lawmaker',
  'legislator',
  'politician',
  'activist',
  'resident',
  'witness',
  'historian',
  'academic',
  'scholar',
  'strategist',
  'pundit',
  'watcher',
  'specialist',
  'leader',
  'government',
  'authority',
  'people',
  'person',
  'voice',
  'medium',
  'media',
  'capital',
  'ally',
  'partner',
  'member',
  'figure',
  // Sides of a dispute, named by their side alone: "campaigners claim", "opponents of the scheme say".
  'campaigner',
  'opponent',
  'supporter',
  'sceptic',
  'skeptic',
  'detractor',
  'advocate',
  'proponent',
  'protester',
  'demonstrator',
  'onlooker',
  'bystander',
  'investor',
  'trader',
]);

/**
 * People who speak for no body: "residents of Riverton" or "villagers in Kelvick" are where they live, not who
 * they are, so a name after them still names nobody.
 */
const inhabitantNouns = new Set([
  'resident',
  'people',
  'person',
  'local',
  'citizen',
  'villager',
  'inhabitant',
  'neighbour',
  'neighbor',
  'witness',
  'voter',
  'parent',
  'farmer',
  'shopkeeper',
  'commuter',
  'family',
]);

/** Speakers who are anonymous by definition: a name in front ("Kremlin sources") does not identify them. */
export const anonymousNouns = new Set(['source', 'insider', 'informant', 'whistleblower']);

/** Titles and institutions: named when the article points at one ("the president", "its spokesman"). */
export const titleNouns = new Set([
  'president',
  'minister',
  'ministry',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'secretary',
  'chancellor',
  'adviser',
  'advisor',
  'governor',
  'mayor',
  'chief',
  'director',
  'head',
  'commander',
  'general',
  'premier',
  'king',
  'queen',
  'envoy',
  'senator',
  'department',
  'agency',
  'police',
  'court',
  'judge',
  'army',
  'military',
  'company',
  'firm',
  'embassy',
  'office',
  'administration',
  'government',
  'parliament',
  'council',
  'committee',
  'commission',
  'leader',
  'prosecutor',
  'regulator',
  'sheriff',
  'commissioner',
  'superintendent',
  'councillor',
  'councilman',
  'councilwoman',
  'chairman',
  'chairwoman',
  'chairperson',
  'manager',
  'officer',
  'bank',
  'newspaper',
  'broadcaster',
  'agency',
]);

/**
 * Bodies that speak as one: named when the article points at one ("the fire service", "the river authority").
 * "The authorities" and "local authorities" stay vague: in the plural they are whoever the reader imagines.
 */
export const institutionNouns = new Set([
  'authority',
  'service',
  'agency',
  'bureau',
  'board',
  'institute',
  'university',
  'hospital',
  'school',
  'trust',
  'union',
  'association',
  'federation',
  'foundation',
  'utility',
  'operator',
  'inspectorate',
  'watchdog',
  'tribunal',
  'municipality',
  'directorate',
  'brigade',
  'force',
  'corporation',
  'organisation',
  'organization',
  'party',
  'club',
  'network',
  'airline',
  'station',
  'centre',
  'center',
  'laboratory',
  'coastguard',
  'coroner',
  'ombudsman',
  'district',
  'county',
  'city',
  'town',
  'state',
  'province',
]);

/**
 * Institutions a news report names without an article, meaning the one in the place it covers: "police said",
 * "the driver was unhurt, police said".
 */
const collectiveInstitutions = new Set(['police', 'military', 'army', 'navy', 'coastguard', 'parliament', 'congress']);

/**
 * Parties to the event itself, which a report names by their part in it: "Organisers said 3,000 turned out" (those
 * who held the march), "Prosecutors said" (those bringing the case), "Cops claimed" (the police there).
 */
const eventParties = new Set(['organiser', 'organizer', 'prosecutor', 'cop']);

/** People a sentence calls someone without saying who: "someone who works there", "somebody close to him". */
const indefinitePersons = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** "a number of engineers", "a handful of residents": the head is the group after "of". */
const quantityNouns = new Set([
  'number',
  'handful',
  'couple',
  'lot',
  'majority',
  'minority',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'host',
  'group',
  'range',
]);

/** Documents and records: named when the article points at one ("the statement") or says whose it is. */
export const documentNouns = new Set([
  'statement',
  'report',
  'document',
  'study',
  'survey',
  'letter',
  'memo',
  'filing',
  'communique',
  'declaration',
  'transcript',
  'readout',
  'release',
  'assessment',
  'poll',
  'ruling',
  'indictment',
  'complaint',
  'lawsuit',
  'record',
  'paper',
  'analysis',
  'audit',
  'review',
  'investigation',
  'footage',
  'video',
  'data',
  'datum',
  'census',
  'resolution',
  'website',
  'tweet',
  'post',
  'account',
  'cable',
  'testimony',
]);

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'this', 'that', 'one', 'others', 'both']);

/** "a spokesman for the ministry": the organisation a speaker stands for. */
const affiliationPrepositions = new Set(['for', 'at', 'of', 'from', 'with', 'by']);

/** Where someone is, not who they are: "diplomats in Brussels" still names nobody. */
const placePrepositions = new Set(['in', 'on', 'near', 'across', 'around', 'throughout', 'inside', 'outside', 'over']);

/** A noun that can stand for whoever makes a claim: a group, an anonymous source, a title or a document. */
export function isSourceNoun(token: Token): boolean {
  return [speakerGroupNouns, anonymousNouns, titleNouns, institutionNouns, documentNouns].some((words) =>
    isWordIn(token, words),
  );
}

/** "On Friday Putin said": a day or month in front of a speaker is when, not who. */
export function isCalendarWord(token: Token): boolean {
  return isCalendarName(token.lower);
}

/** Country abbreviations that work as adjectives: "U.S. officials" is as vague as "American officials". */
const countryAbbreviations = new Set(['us', 'u.s.', 'uk', 'u.k.', 'eu', 'e.u.', 'uae', 'u.s', 'usa']);

/** Demonyms and regions that do not end like the regular ones ("Russian", "Chinese", "British", "Israeli"). */
const irregularDemonyms = new Set([
  'western',
  'eastern',
  'northern',
  'southern',
  'french',
  'dutch',
  'swiss',
  'greek',
  'thai',
  'czech',
  'arab',
  'israeli',
  'iraqi',
  'pakistani',
  'saudi',
  'yemeni',
  'kuwaiti',
  'qatari',
  'emirati',
  'omani',
  'somali',
  'nepali',
  'bangladeshi',
  'afghan',
  'iranian',
]);

/** "Russian", "Chinese", "British", "European", "Republican": describes where a group is from, names nobody. */
export function isDemonym(token: Token): boolean {
  if (irregularDemonyms.has(token.lower) || countryAbbreviations.has(token.lower)) return true;
  return (
    /^\p{Lu}\p{Ll}+(an|ian|ean|ese|ish)s?$/u.test(token.text) || irregularDemonyms.has(token.lower.replace(/s$/, ''))
  );
}

function isNameToken(sentence: EvidenceSentence, at: number): boolean {
  const tokens = sentence.tokens;
  const token = tokens[at] as Token;
  const sentenceStart = token.index === 0 || (token.index === 1 && tokens[0]?.pos === 'PUNCT');
  if (!(token.pos === 'PROPN' || (isCapitalised(token) && !sentenceStart && token.pos !== 'PUNCT'))) return false;
  if (isCalendarName(token.lower) || groupQuantifiers.has(token.lower) || pronouns.has(token.lower)) return false;
  if (isWordIn(token, speakerGroupNouns) || isWordIn(token, anonymousNouns)) return false;
  if (isWordIn(token, documentNouns) && !isCapitalised(token)) return false;
  // An acronym is a name ("NATO officials", "BBC"), whatever the lexicon says.
  if (/^\p{Lu}{2,}$/u.test(token.text)) return true;
  if (!sentenceStart) return true;
  // The first word of a sentence is capitalised anyway: "Health officials said" names no one, "Kremlin
  // officials said" does. The article's own spelling of the word elsewhere decides; failing that, a modifier
  // counts as a name only if it is not an everyday word, and a head only if it is not a plural ("Engineers say").
  const spelled = spelledAsName(sentence.spelling, token.lower);
  if (spelled !== undefined) return spelled;
  const modifiesNext = tokens[at + 1] !== undefined && isNounLike(tokens[at + 1]);
  if (modifiesNext) return !isCommonWord(token.text);
  return !isPluralNoun(token);
}

/** "a number of": a quantity noun and "of", which make the noun after them the head. */
function isQuantityOf(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const quantity = isWordIn(token, quantityNouns) || (token !== undefined && groupQuantifiers.has(token.lower));
  return quantity && isWord(tokens[at + 1], 'of');
}

/** The noun the phrase is about: the last noun before "of", "at", "in", a comma or "and". */
function headOf(tokens: readonly Token[]): Token | undefined {
  let head: Token | undefined;
  for (const [at, token] of tokens.entries()) {
    if (token.pos === 'ADP' || token.pos === 'CCONJ' || token.pos === 'PUNCT' || token.pos === 'VERB') {
      if (head && !isQuantityOf(tokens, at - 1)) return head;
      continue;
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON' || token.pos === 'ADJ') head = token;
  }
  // A one-word source wink tagged as a verb ("according to sources/VERB") is still the head.
  return head ?? (tokens.length === 1 ? tokens[0] : undefined);
}

export function classifySource(sentence: EvidenceSentence, span: CueSpan): SourceVerdict {
  const tokens = sentence.tokens.slice(span.from, span.to + 1);
  const phrase = wordsOf(sentence, span);
  if (tokens.length === 0) return { kind: 'unclear', specificity: 0, reason: 'no source words' };
  const head = headOf(tokens);
  const vague = (reason: string): SourceVerdict => ({ kind: 'vague', specificity: 0, reason });
  const named = (specificity: number, reason: string): SourceVerdict => ({ kind: 'named', specificity, reason });

  if (tokens.every((t) => groupQuantifiers.has(t.lower) || isWord(t, 'others', 'many', 'some', 'most'))) {
    return vague(`"${phrase}" names no one in particular`);
  }
  // "Someone who works at the town hall", "somebody close to the club": an indefinite person, named by nobody.
  if (head && indefinitePersons.has(head.lower)) return vague(`"${phrase}" names no one in particular`);
  // "A man who saw the crash", "one woman at the meeting": a person the sentence does not name.
  if (head && isWord(tokens[0], 'a', 'an', 'one') && isWord(head, 'man', 'woman', 'person')) {
    return vague(`"${phrase}" names no one in particular`);
  }
  if (tokens.length === 1 && head && (head.pos === 'PRON' || pronouns.has(head.lower))) {
    return { kind: 'pronoun', specificity: 0, reason: `"${head.text}" points back to someone without naming them` };
  }

  const names: Token[] = [];
  const places: Token[] = [];
  // Names after "of", "in", "from": where someone is or whom they speak for, not who they are.
  const namesAfterPreposition: Token[] = [];
  let afterPreposition = false;
  let inPlacePhrase = false;
  let affiliation = false;
  tokens.forEach((token, k) => {
    if (token.pos === 'PUNCT') afterPreposition = false;
    if (token.pos === 'ADP') {
      afterPreposition = true;
      inPlacePhrase = placePrepositions.has(token.lower);
      // "a spokesman for the ministry", "officials at the Pentagon": the organisation they speak for.
      const next = tokens[k + 1];
      if (affiliationPrepositions.has(token.lower) && isWord(next, 'the', 'its', 'their')) {
        const organisation = tokens.slice(k + 2, k + 6);
        const bodies = [titleNouns, institutionNouns, documentNouns];
        if (organisation.some((t) => bodies.some((words) => isWordIn(t, words)))) affiliation = true;
      }
    }
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ') inPlacePhrase = false;
    if (inPlacePhrase || !isNameToken(sentence, token.index)) return;
    if (isDemonym(token)) places.push(token);
    else names.push(token);
    if (afterPreposition) namesAfterPreposition.push(token);
  });
  const firstWord = tokens[0] as Token;
  const definite = isWord(firstWord, 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our');
  const possessive = tokens.some((t) => t.lower === "'s" || t.lower === '’s');
  const quantified = tokens.some((t, k) => groupQuantifiers.has(t.lower) || isQuantityOf(tokens, k));
  const isGroup = head !== undefined && isWordIn(head, speakerGroupNouns);
  const plural = head !== undefined && isPluralNoun(head);
  // "the river authority", "the fire service": one body; "the authorities" is not.
  const isInstitution = head !== undefined && isWordIn(head, institutionNouns) && !plural;
  const isTitleOrDocument =
    head !== undefined && (isWordIn(head, titleNouns) || isWordIn(head, documentNouns) || isInstitution);

  if (head && isWordIn(head, anonymousNouns)) return vague(`"${head.text}" are anonymous by definition`);
  // "Many in the town", "some of them": the quantifier itself is the source.
  if (head && groupQuantifiers.has(head.lower)) return vague(`"${phrase}" names no one in particular`);
  // "Residents of Riverton": a place after them says where they live, not who they are.
  const onlyWhereTheyLive = names.length === namesAfterPreposition.length && !definite && !possessive;
  if (head && isWordIn(head, inhabitantNouns) && onlyWhereTheyLive && head === tokens.find((t) => isNounLike(t)))
    return vague(`"${phrase}" names no one in particular`);
  // "Some economists", "a number of engineers", "several reports": how many, but not who.
  if (quantified && head && (isGroup || isWordIn(head, documentNouns) || plural))
    return vague(`"${phrase}" names no one in particular`);
  if (names.length > 0) return named(2, `names ${names.map((t) => t.text).join(' ')}`);
  if (affiliation) return named(1, `says whom "${phrase}" speaks for`);
  // "Police said", "local police said": the force of the place reported on. "Hospital admits delays": a headline
  // drops "the", and a singular title or body without one can only be the one the article is about.
  const bare = head !== undefined && !plural && !quantified && !tokens.some((t) => t.pos === 'DET');
  if (bare && (isWordIn(head, collectiveInstitutions) || (isTitleOrDocument && !isWordIn(head, documentNouns)))) {
    return named(1, `"${head.text}" is the one the article reports on`);
  }
  const onlyTheParty = head !== undefined && tokens.every((t) => t === head || isWord(t, 'the', 'local'));
  if (onlyTheParty && isWordIn(head, eventParties)) {
    return named(1, `"${head.text}" are a party to the event the article reports on`);
  }
  if (isGroup && !(definite && isTitleOrDocument)) return vague(`"${phrase}" names no one in particular`);
  if (head && places.includes(head) && /s$/.test(head.lower) && !countryAbbreviations.has(head.lower)) {
    return vague(`"${head.text}" is a whole people, not a source`);
  }
  if (places.length > 0 && !isGroup) return named(2, `names ${places.map((t) => t.text).join(' ')}`);
  // "the river authority's gauges", "the county's emergency manager": whose they are is said.
  const owner = tokens.slice(
    0,
    Math.max(
      0,
      tokens.findIndex((t) => /^['’]s$/.test(t.lower)),
    ),
  );
  if (definite && owner.some((t) => isWordIn(t, titleNouns) || isWordIn(t, institutionNouns))) {
    return named(1, `says whose "${phrase}" is`);
  }
  // "a police spokesman", "an inspectorate spokesperson": a spokesperson speaks for the body, which is named.
  const body = tokens.slice(0, -1).find((t) => isWordIn(t, institutionNouns) || isWordIn(t, titleNouns));
  if (head && isWord(head, 'spokesman', 'spokeswoman', 'spokesperson') && body && !plural) {
    return named(1, `"${phrase}" speaks for the ${body.text}`);
  }
  if (isTitleOrDocument && head) {
    if (definite || possessive) return named(1, `points at a known ${head.text}`);
    return vague(`"${phrase}" does not say which ${head.text}`);
  }
  // "Forecasters said", "Protesters say": a bare plural is a crowd, not a source.
  const barePlural = isNounLike(head) && plural && !definite && !possessive;
  // "two engineers who visited the site" is as unnamed as "engineers"; "the two countries" points back.
  if (barePlural && !tokens.some((t) => t.pos === 'DET')) return vague(`"${phrase}" names no one in particular`);
  if (head && pronouns.has(head.lower)) {
    return { kind: 'pronoun', specificity: 0, reason: `"${head.text}" points back to someone without naming them` };
  }
  return { kind: 'unclear', specificity: 0, reason: `"${phrase}" is not a source the article names` };
}

import type { ArticleSentence, Token } from './lineTokens.ts';
import {
  isAcademicTitle,
  isHonorific,
  officeAt,
  portfolioWords,
  qualifiedOffice,
  titleWordAsGivenName,
  type OfficeRank,
} from './officeTitles.ts';
import { senseFamily } from './wordFamily.ts';

// People named with a job title: "Russia's President Vladimir Putin", "China's foreign minister Wang Yi",
// "The Chinese ambassador to the UN, Zhang Jun", "Qin Gang, China's ambassador to the U.S.".

export interface TitledName {
  sentence: ArticleSentence;
  /** Title and name as written, an exact substring of the line. */
  text: string;
  start: number;
  end: number;
  /** The name as written ("Vladimir Putin"). */
  name: string;
  nameWords: string[];
  office: string;
  rank: OfficeRank;
  /** What a minister is minister of ("foreign", "defense"), as word families, and as written. */
  portfolio?: string;
  portfolioText?: string;
  /** Where an envoy is sent ("to the UN"), as word families. */
  complement?: string;
  /**
   * What the job is about, as four-letter keys: "operations" in "operations director" and in "director of
   * operations", "structural" in "structural engineer". Level words ("chief", "senior") are not a field.
   */
  field?: string;
  /**
   * "deputy director", "assistant manager": a step below the office itself, and which step. A deputy and an
   * assistant are two ("Deputy Chief Constable" / "Assistant Chief Constable"); a vice-chair is the chair's deputy.
   */
  subordinate?: 'deputy' | 'assistant' | 'associate' | 'under';
  /**
   * A grade written before the title ("Chief Judge", "Presiding Judge", "senior prosecutor"): two grades of one
   * office for one person disagree; a title without a grade fits either.
   */
  grade?: string;
  /** The country or body in the title ("Russia's", "Chinese"), first four letters, lower case. */
  qualifier?: string;
  qualifierText?: string;
  former: boolean;
  /** Whether the title says the holder is a man or a woman ("spokesman", "chairwoman"). */
  gender?: 'man' | 'woman';
  /** Written beside a second title ("chairwoman and chief executive"): the person holds both. */
  joint?: true;
}

const formerWords = new Set(['former', 'ex', 'then', 'outgoing', 'late']);
const subordinateWords = new Set(['deputy', 'assistant', 'vice', 'associate', 'under']);
// Words that say how high a job is, not what it is about.
const levelWords = new Set([
  ...subordinateWords,
  'chief',
  'senior',
  'junior',
  'head',
  'lead',
  'principal',
  'acting',
  'interim',
  'executive',
  'general',
  'top',
  'new',
  'current',
]);
// Grades of one office, each a different post: a chief judge is not the presiding judge of a trial, a principal
// engineer not the chief engineer, a senior economist not the chief economist. "Lead" describes a role in one case
// ("the lead prosecutor"); "acting" or "new" say nothing of the grade.
const gradeWords = new Set(['chief', 'presiding', 'principal', 'junior', 'senior']);
const articles = new Set(['the', 'a', 'an']);
const notAName = new Set([
  // "The owner, Aegeas Tanker Management, says": a firm, not a person.
  'management',
  'shipping',
  'holdings',
  'limited',
  'ltd',
  'plc',
  'inc',
  'maritime',
  'logistics',
  'assembly',
  'council',
  'committee',
  'ministry',
  'department',
  'office',
  'party',
  'union',
  'nations',
  'states',
  'kingdom',
  'republic',
  'government',
  'court',
  'agency',
  'bank',
  'olympics',
  'games',
  'house',
  'senate',
  'parliament',
  'congress',
  'army',
  'police',
  'university',
  'news',
  'times',
  'post',
  'club',
  'staff',
]);

// Names, figures and quotations all ask who a sentence names: each sentence is read for titles once.
const titledOf = new WeakMap<ArticleSentence, readonly TitledName[]>();

/** Every person named with a title in one sentence. */
export function findTitledNames(sentence: ArticleSentence): readonly TitledName[] {
  let found = titledOf.get(sentence);
  if (!found) {
    found = titledNamesIn(sentence);
    titledOf.set(sentence, found);
  }
  return found;
}

function titledNamesIn(sentence: ArticleSentence): TitledName[] {
  const tokens = sentence.tokens;
  const found: TitledName[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    let mention = titleThenName(sentence, index) ?? nameThenTitle(sentence, index);
    if (!mention) continue;
    // "Dr Helen Dunn, the medical director of ...": the job after the name says more than "Dr".
    if (mention.rank === 'generic') {
      const nameStart = tokens.findIndex((token) => token.start >= mention!.end - mention!.name.length);
      const appositive = nameStart >= 0 ? nameThenTitle(sentence, nameStart) : undefined;
      if (appositive) mention = appositive;
    }
    found.push(mention);
    const endToken = tokens.findIndex((token) => token.end >= mention.end);
    index = Math.max(index, endToken);
  }
  return found;
}

// "Russia's President Vladimir Putin", "the Chinese ambassador to the UN, Zhang Jun"
function titleThenName(sentence: ArticleSentence, index: number): TitledName | undefined {
  const tokens = sentence.tokens;
  const found = officeAt(tokens, index);
  if (!found) return undefined;
  const matched = { ...found, office: qualifiedOffice(found.office, tokens[index - 1]?.text) };
  // "Chief executive Dr Tomas Reinholt": a courtesy title between the job and the name is neither.
  const honorific = (at: number): number =>
    matched.office.rank !== 'generic' &&
    (isHonorific(tokens[at]) || (matched.office.rank === 'head' && isAcademicTitle(tokens[at])))
      ? at + 1
      : at;
  let nameFirst = honorific(matched.last + 1);
  let complement: string | undefined;
  let fieldWords: string[] | undefined;
  let run = properNameRun(tokens, nameFirst, 1);
  // "Sweden's foreign minister, Karl Lund, and ...", "the hospital's chief executive, Dr Tomas Reinholt": the name
  // set off by commas.
  if (!run && matched.office.rank !== 'generic' && tokens[nameFirst]?.text === ',') {
    const first = honorific(nameFirst + 1);
    const named = properNameRun(tokens, first, 2);
    const closing = named ? tokens[named.last + 1] : undefined;
    if (named && (!closing || closing.pos === 'PUNCT')) {
      nameFirst = first;
      run = named;
    }
  }
  if (!run && matched.office.rank !== 'generic') {
    const after = complementAfter(tokens, matched.last + 1);
    if (after && tokens[after.last + 1]?.text === ',') {
      nameFirst = honorific(after.last + 2);
      run = properNameRun(tokens, nameFirst, 2);
      complement = after.senses;
      fieldWords = after.fieldWords;
    }
  }
  if (!run) return undefined;
  const before = qualifiersBefore(tokens, index, matched.office.rank === 'minister');
  const rank = serviceRank(before.qualifierText, matched.office.office);
  const first = tokens[before.first];
  const last = tokens[run.last];
  if (!first || !last) return undefined;
  return {
    sentence,
    text: sentence.lineText.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    ...nameOf(sentence, nameFirst, run.last),
    office: matched.office.office,
    rank: matched.office.rank,
    ...(before.portfolio ? { portfolio: before.portfolio, portfolioText: before.portfolioText } : {}),
    ...(complement ? { complement } : {}),
    ...fieldOf(before.portfolioText, fieldWords),
    ...(before.qualifier && !rank ? { qualifier: before.qualifier, qualifierText: before.qualifierText } : {}),
    former: before.former,
    ...subordinateStep(before.portfolioText),
    ...(rank ? { grade: rank } : gradeOf(before.portfolioText)),
    ...(besideTitle(tokens, index, matched.last) ? { joint: true } : {}),
    ...(matched.office.gender ? { gender: matched.office.gender } : {}),
  };
}

// "Qin Gang, China's ambassador to the U.S.", "Jane Smith, a spokeswoman for the police", "Holt, the firm's chief
// engineer", "Clara Voss, the director of operations at Norvale"
function nameThenTitle(sentence: ArticleSentence, index: number): TitledName | undefined {
  const tokens = sentence.tokens;
  // "Dr Petra Aukland, the company's chief medical officer": a courtesy title before the name starts no longer name.
  if (tokens[index - 1]?.pos === 'PROPN' && !isHonorific(tokens[index - 1])) return undefined;
  // A surname alone needs "the", "a" or an owner after the comma: "Holt, the firm's chief engineer".
  const run = properNameRun(tokens, index, 1);
  if (!run || tokens[run.last + 1]?.text !== ',') return undefined;
  let at = run.last + 2;
  const introduced = articles.has(tokens[at]?.lower ?? '') || /^['’]s$/.test(tokens[at + 1]?.text ?? '');
  if (run.last === index && !introduced) return undefined;
  if (articles.has(tokens[at]?.lower ?? '')) at += 1;
  let qualifier: string | undefined;
  let qualifierText: string | undefined;
  let former = false;
  const portfolio: string[] = [];
  const portfolioWritten: string[] = [];
  // "Tomas Bereny, the president's chief of staff": an office owning the job is not the job.
  // "the authority's chief port health officer": a word that may stand alone as a title ("chief") leads a longer one.
  const officeHere = (index: number): boolean => {
    const office = officeAt(tokens, index);
    if (office === undefined || /^['’]s$/.test(tokens[office.last + 1]?.text ?? '')) return false;
    return office.office.rank !== 'generic' || ![1, 2, 3].some((ahead) => titleAt(tokens, index + ahead));
  };
  for (let steps = 0; steps < 5 && !officeHere(at); steps += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    if (formerWords.has(token.lower)) former = true;
    else if (
      /^['’]s$/.test(tokens[at + 1]?.text ?? '') &&
      (token.pos === 'PROPN' || token.pos === 'NOUN' || /^\p{Lu}/u.test(token.text))
    ) {
      // "China's ambassador" names the country; "the firm's engineer" only says the job is at the firm. A
      // capitalised owner is a name whatever wink tags it ("Unify's convenor").
      if (token.pos !== 'NOUN') {
        qualifier = qualifierKey(token.text);
        qualifierText = token.text;
      }
      // "the health board's medical director", "the city council's finance director": the words before the
      // owner name the employer, not what the job is about.
      portfolio.length = 0;
      portfolioWritten.length = 0;
      at += 1;
    } else if (
      token.pos === 'PROPN' &&
      !portfolioWords.has(token.lower) &&
      !(isPortfolioName(token) && officeAt(tokens, at + 1)?.office.rank === 'minister')
    ) {
      qualifier = qualifierKey(token.text);
      qualifierText = token.text;
    } else if (
      portfolioWords.has(token.lower) ||
      // "Alasdair Kerr, the Islands Minister": the portfolio, as before a minister's title in front of the name.
      token.pos === 'PROPN' ||
      ((token.pos === 'ADJ' || token.pos === 'NOUN') && /^[a-z]/.test(token.text))
    ) {
      portfolio.push(senseFamily(token.lower));
      portfolioWritten.push(token.lower);
    } else if (token.text !== '-') return undefined;
    at += 1;
  }
  const found = officeAt(tokens, at);
  if (!found) return undefined;
  const matched = { ...found, office: qualifiedOffice(found.office, portfolioWritten.at(-1)) };
  if (matched.office.rank === 'generic') return undefined;
  const after = complementAfter(tokens, matched.last + 1);
  const endIndex = after ? after.last : matched.last;
  // "Speaking to NBS Drumcairn, the National Roads Directorate's chief engineer, Gráinne Tully, said": a title set
  // off before another name is that name's.
  if (namedAfterComma(tokens, endIndex + 1)) return undefined;
  const first = tokens[index];
  const last = tokens[endIndex];
  if (!first || !last) return undefined;
  const written = portfolioWritten.join(' ');
  return {
    sentence,
    text: sentence.lineText.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    ...nameOf(sentence, index, run.last),
    office: matched.office.office,
    rank: matched.office.rank,
    ...(portfolio.length > 0 && matched.office.rank === 'minister'
      ? { portfolio: portfolio.join(' '), portfolioText: written }
      : {}),
    ...(after ? { complement: after.senses } : {}),
    ...fieldOf(written, after?.fieldWords),
    ...(qualifier ? { qualifier, qualifierText } : {}),
    former,
    ...subordinateStep(written),
    ...gradeOf(written),
    ...(besideTitle(tokens, at, matched.last) ? { joint: true } : {}),
    ...(matched.office.gender ? { gender: matched.office.gender } : {}),
  };
}

/** ", Gráinne Tully," or ", Dr Ana Ruiz." after a title: a name of two words or more set off by commas. */
function namedAfterComma(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  const first = isHonorific(tokens[at + 1]) ? at + 2 : at + 1;
  const named = properNameRun(tokens, first, 2);
  const closing = named ? tokens[named.last + 1] : undefined;
  return named !== undefined && (closing === undefined || closing.pos === 'PUNCT');
}

// The field of a job from the words before its title and an "of" after it: "operations director", "director of
// operations". Organisations (capitalised) and level words are not fields.
function titleAt(tokens: readonly Token[], index: number): boolean {
  const office = officeAt(tokens, index);
  return office !== undefined && office.office.rank !== 'generic';
}

function fieldOf(before: string | undefined, ofWords: readonly string[] | undefined): { field?: string } {
  const keys = [...(before ?? '').split(' '), ...(ofWords ?? [])]
    .filter((word) => /^[a-z]/.test(word) && !levelWords.has(word) && !formerWords.has(word))
    .map((word) => qualifierKey(word));
  return keys.length > 0 ? { field: [...new Set(keys)].join(' ') } : {};
}

// "president and chief executive", "chief executive & chair": a top job joined to another by "and". A founder
// may hold any job anyway ("founder and managing director" still says which one).
function besideTitle(tokens: readonly Token[], first: number, last: number): boolean {
  const joins = (token: Token | undefined): boolean => token?.lower === 'and' || token?.text === '&';
  const topJob = (at: number): boolean => officeAt(tokens, at)?.office.holding === 'executive';
  if (joins(tokens[last + 1]) && topJob(last + 2)) return true;
  if (!joins(tokens[first - 1])) return false;
  return [2, 3, 4].some((back) => officeAt(tokens, first - back)?.last === first - 2 && topJob(first - back));
}

// "Group Manager Tomasz Wilk" / "Station Manager Tomasz Wilk": a fire and rescue service's ranks, capitalised before
// "Manager" or "Commander", say which manager, as "Chief" says which judge; they name no organisation.
const serviceRanks = new Set(['watch', 'crew', 'station', 'group', 'area', 'brigade']);
const rankedOffices = new Set(['manager', 'commander']);

function serviceRank(qualifierText: string | undefined, office: string): string | undefined {
  const word = qualifierText?.toLowerCase();
  return word && serviceRanks.has(word) && rankedOffices.has(office) ? word : undefined;
}

function gradeOf(before: string | undefined): { grade?: string } {
  const grade = (before ?? '').split(' ').find((word) => gradeWords.has(word));
  return grade ? { grade } : {};
}

function subordinateStep(before: string | undefined): Pick<TitledName, 'subordinate'> {
  const step = (before ?? '').split(' ').find((word) => subordinateWords.has(word));
  if (step === undefined) return {};
  return { subordinate: step === 'vice' ? 'deputy' : (step as NonNullable<TitledName['subordinate']>) };
}

/** Capitalised proper nouns that make a person's name: one to three words, not "Council" or "Olympics". */
function properNameRun(tokens: readonly Token[], from: number, minimum: number): { last: number } | undefined {
  let at = from;
  while (at < tokens.length && at - from < 3) {
    const token = tokens[at];
    // "Ellen Park": a surname that is also a common word is tagged a noun; capitalised after a name, it is a name.
    const namePart = token?.pos === 'PROPN' || (token?.pos === 'NOUN' && at > from && tokens[at - 1]?.pos === 'PROPN');
    if (!token || !namePart || !/^\p{Lu}[\p{L}'’-]*$/u.test(token.text)) break;
    if (notAName.has(token.lower) || (officeAt(tokens, at) && !titleWordAsGivenName(tokens, at))) return undefined;
    at += 1;
    // "Marchetti-Royle": a double-barrelled name, its halves joined by a hyphen without spaces, is one part.
    if (joinsHalves(tokens, at)) at += 2;
  }
  if (at - from < minimum) return undefined;
  return { last: at - 1 };
}

// "to the UN", "for the police": where an envoy or spokesperson belongs.
function complementAfter(
  tokens: readonly Token[],
  from: number,
): { senses: string; last: number; fieldWords: string[] } | undefined {
  const preposition = tokens[from]?.lower ?? '';
  if (!['to', 'for', 'of', 'at', 'in'].includes(preposition)) return undefined;
  const senses: string[] = [];
  const fieldWords: string[] = [];
  let last = from;
  // "director of operations", "consultant in health protection", "lecturer in law": the field after the title,
  // unlike "director at Norvale" or "manager for the region".
  const fieldPrepositions = new Set(['of', 'in']);
  let ofPhrase = fieldPrepositions.has(preposition);
  for (let at = from + 1; at < Math.min(tokens.length, from + 9); at += 1) {
    const token = tokens[at];
    // "head of launch safety": a word right after the preposition and before a noun modifies it, whatever the
    // tagger read it as.
    const modifier = at === from + 1 && token?.pos === 'VERB' && tokens[at + 1]?.pos === 'NOUN';
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && !modifier) || token.pos === 'AUX') break;
    if (modifier && ofPhrase) fieldWords.push(token.lower);
    if (token.pos === 'ADP') ofPhrase = fieldPrepositions.has(token.lower);
    if (token.pos === 'PROPN' || token.pos === 'NOUN') senses.push(qualifierKey(token.text));
    if (ofPhrase && token.pos === 'NOUN' && /^[a-z]/.test(token.text)) fieldWords.push(token.lower);
    last = at;
  }
  return senses.length > 0 ? { senses: senses.join(' '), last, fieldWords } : undefined;
}

function qualifiersBefore(
  tokens: readonly Token[],
  officeIndex: number,
  ministerial = false,
): {
  first: number;
  former: boolean;
  portfolio?: string;
  portfolioText?: string;
  qualifier?: string;
  qualifierText?: string;
} {
  let at = officeIndex - 1;
  let former = false;
  const portfolio: string[] = [];
  const portfolioWritten: string[] = [];
  let qualifier: string | undefined;
  let qualifierText: string | undefined;
  for (let steps = 0; at >= 0 && steps < 5; steps += 1) {
    const token = tokens[at];
    if (!token) break;
    if (formerWords.has(token.lower)) {
      former = token.lower !== 'late' || former;
      at -= 1;
    } else if (token.text === '-' && formerWords.has(tokens[at - 1]?.lower ?? '')) {
      at -= 1;
    } else if (
      subordinateWords.has(token.lower) ||
      gradeWords.has(token.lower) ||
      portfolioWords.has(token.lower) ||
      (token.pos === 'ADJ' && /^[a-z]/.test(token.text)) ||
      // A common noun is capitalised only to open the sentence ("Council leader Ruth Adebayo").
      (token.pos === 'NOUN' && (/^[a-z]/.test(token.text) || at === 0))
    ) {
      portfolio.unshift(senseFamily(token.lower));
      portfolioWritten.unshift(token.lower);
      at -= 1;
    } else if (/^['’]s$/.test(token.text) && tokens[at - 1]?.pos === 'PROPN') {
      qualifier = qualifierKey(tokens[at - 1]?.text ?? '');
      qualifierText = tokens[at - 1]?.text;
      at -= 2;
      break;
    } else if (ministerial && at === officeIndex - 1 && isPortfolioName(token)) {
      // "Islands Minister", "Housing Secretary": a capitalised word right before a minister's title is what the
      // minister is minister of, unless it names a people or a country ("Chinese Minister", "UK Minister").
      portfolio.unshift(senseFamily(token.lower));
      portfolioWritten.unshift(token.lower);
      at -= 1;
    } else if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) {
      qualifier = qualifierKey(token.text);
      qualifierText = token.text;
      at -= 1;
      // "Deputy Information Commissioner", "Former Transport Secretary": the step or the past still comes first.
      const step = tokens[at]?.lower ?? '';
      if (subordinateWords.has(step)) {
        portfolio.unshift(senseFamily(step));
        portfolioWritten.unshift(step);
        at -= 1;
      } else if (formerWords.has(step) && step !== 'late') {
        former = true;
        at -= 1;
      }
      break;
    } else break;
  }
  return {
    first: at + 1,
    former,
    ...(portfolio.length > 0 ? { portfolio: portfolio.join(' '), portfolioText: portfolioWritten.join(' ') } : {}),
    ...(qualifier ? { qualifier, qualifierText } : {}),
  };
}

// Peoples and countries: "Chinese", "Scottish", "Israeli", "French", "UK", "EU".
const demonym = /(?:an|ese|ish|i|ch)$/;

function isPortfolioName(token: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(token.text) && !demonym.test(token.lower) && token.pos !== 'PUNCT';
}

function nameOf(sentence: ArticleSentence, first: number, last: number): { name: string; nameWords: string[] } {
  const head = sentence.tokens[first];
  const tail = sentence.tokens[last];
  const name = head && tail ? sentence.lineText.slice(head.start, tail.end) : '';
  const nameWords: string[] = [];
  for (let at = first; at <= last; at += 1) {
    const lower = sentence.tokens[at]?.lower ?? '';
    if (joinsHalves(sentence.tokens, at + 1)) {
      nameWords.push(`${lower}-${sentence.tokens[at + 2]?.lower ?? ''}`);
      at += 2;
    } else nameWords.push(lower);
  }
  return { name, nameWords };
}

/** A hyphen at `at` joining the capitalised words either side of it without spaces: "Marchetti-Royle". */
function joinsHalves(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  const next = tokens[at + 1];
  return (
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    next !== undefined &&
    !next.spaceBefore &&
    /^\p{Lu}[\p{L}'’]*$/u.test(next.text)
  );
}

// "China" and "Chinese", "Russia" and "Russian" share their first four letters; "U.S." and "US" lose the dots.
function qualifierKey(text: string): string {
  return text.toLowerCase().replace(/[.'’]/g, '').slice(0, 4);
}

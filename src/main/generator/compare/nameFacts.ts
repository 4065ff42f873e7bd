import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import type { ValueMatch } from './factValues.ts';
import { findTitledNames, type TitledName } from './nameMentions.ts';
import { heldBesideSeat, holdingOf } from './officeTitles.ts';
import { findingsFor } from './factFindings.ts';
import { findInstitutionFacts } from './institutionNames.ts';
import { resolvePeople } from './samePerson.ts';
import { representedPlaceFacts } from './representedPlaces.ts';
import { spellingFacts, untitledWritings, type NameWriting } from './nameSpellings.ts';
import { untitledPeople } from './untitledPeople.ts';
import { properNameSpellingFacts } from './properNameSpellings.ts';
import { referenceCodeFacts } from './referenceCodes.ts';
import { findOrganisationNameFacts } from './organisationNames.ts';
import { findFlagFacts } from './flagStates.ts';
import { pushTo } from './pushTo.ts';
import { academicTitleFacts } from './academicTitles.ts';

// Names and titles across articles. Three questions: does every article give a person the same title ("President
// Putin" / "Prime Minister Putin", "operations director Clara Voss" / "chief executive Clara Voss"), does every
// article name the same holder of one office ("China's foreign minister Wang Yi" / "... Qin Gang"), and does every
// article write the person's name the same way ("Debra Ruiz" / "Deborah Ruiz", nameSpellings.ts)? Titles conflict
// only where one person cannot hold both: two jobs, two portfolios, two postings, former and serving, deputy and
// the office itself. A spokesperson may also be an adviser, a general a commander, a company's president its
// chief executive (`holding` in officeTitles.ts); generic words ("leader", "Mr") conflict with nothing.

interface NamedPerson extends TitledName {
  file: string;
  order: number;
  /** The person the mention resolves to in this set (full name, lower case). */
  person: string;
}

const rankOrder = { head: 0, minister: 1, envoy: 2, other: 3, role: 4, generic: 5 } as const;

/** Title disagreements and agreements for the same person, and different people named for one office. */
export function findNameFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const mentions = sentences.flatMap((sentence) =>
    findTitledNames(sentence).map((mention, index) => ({
      ...mention,
      file: sentence.file,
      order: sentence.order * 1000 + index,
    })),
  );
  const people = resolvePeople(mentions);
  const named: NamedPerson[] = mentions.map((mention) => ({ ...mention, person: people.personOf(mention) }));
  const writings = nameWritings(named, sentences);
  // Where articles write a name differently, an agreement on the title would list the clashing names as one.
  const titles = titleFacts(named, writings.writtenApart);
  return [
    ...titles,
    ...genderFacts(named, titles),
    ...academicTitleFacts(named, fullNameOf),
    ...officeHolderFacts(named),
    ...representedPlaceFacts(named),
    ...writings.findings,
    ...findInstitutionFacts(sentences),
    ...properNameSpellingFacts(sentences),
    ...referenceCodeFacts(sentences),
    ...findOrganisationNameFacts(sentences),
    ...findFlagFacts(sentences),
  ];
}

// "Mr Holt" in one article, "Ms Holt" or "spokeswoman Maren Holt" in another: the articles disagree on who the
// person is. Only disagreements, and none for a person whose titles already disagree.
function genderFacts(named: readonly NamedPerson[], titles: readonly FactFinding[]): FactFinding[] {
  const byPerson = new Map<string, NamedPerson[]>();
  for (const mention of named) if (mention.gender) pushTo(byPerson, mention.person, mention);
  const titled = new Set(
    titles.filter((finding) => finding.verdict === 'disagreement').map((finding) => finding.fact.fact),
  );
  const findings: FactFinding[] = [];
  for (const mentions of byPerson.values()) {
    const first = new Map<string, NamedPerson>();
    for (const mention of mentions) if (!first.has(mention.file)) first.set(mention.file, mention);
    const group = [...first.values()].sort((a, b) => a.order - b.order);
    if (new Set(group.map((mention) => mention.gender)).size < 2) continue;
    const fullName = fullNameOf(mentions);
    if (titled.has(`${fullName}'s job title`)) continue;
    const found = findingsFor(group, {
      kind: 'name',
      fact: `Whether ${fullName} is a man or a woman`,
      compare: (a, b) => (a.gender === b.gender ? 'same' : 'different'),
      refOf,
      reasonsFor: (a, b) => [`same person: ${a.name} / ${b.name}`, `called ${a.text} / ${b.text}`],
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

// How each article writes each person's name: the titled mentions, then the same names written without a title.
function nameWritings(
  named: readonly NamedPerson[],
  sentences: readonly ArticleSentence[],
): { findings: FactFinding[]; writtenApart: Set<string> } {
  const byPerson = new Map<string, NameWriting[]>();
  const spellings = new Map<string, string>();
  // Surnames by their first letter, each with the people who bear it.
  const surnames = new Map<string, Map<string, Set<string>>>();
  const titledAt = new Set<string>();
  for (const mention of named) {
    pushTo(byPerson, mention.person, {
      file: mention.file,
      order: mention.order,
      sentence: mention.sentence,
      text: mention.name,
      words: mention.nameWords,
    });
    titledAt.add(`${mention.sentence.order}:${mention.name}`);
    spellings.set(mention.nameWords.join(' '), mention.person);
    addSurname(surnames, mention.nameWords[mention.nameWords.length - 1] ?? '', mention.person);
  }
  for (const group of untitledPeople(sentences, new Set(spellings.keys()))) {
    const person = group[0] ?? '';
    byPerson.set(person, []);
    for (const name of group) {
      spellings.set(name, person);
      addSurname(surnames, name.split(' ')[1] ?? '', person);
    }
  }
  for (const { person, writing } of untitledWritings(sentences, spellings, surnames)) {
    const writings = byPerson.get(person);
    if (writings && !titledAt.has(`${writing.sentence.order}:${writing.text}`)) writings.push(writing);
  }
  for (const writings of byPerson.values()) writings.sort((a, b) => a.order - b.order);
  const findings: FactFinding[] = [];
  const writtenApart = new Set<string>();
  for (const [person, writings] of byPerson) {
    const found = spellingFacts(writings);
    if (found.length > 0) writtenApart.add(person);
    findings.push(...found);
  }
  return { findings, writtenApart };
}

function addSurname(surnames: Map<string, Map<string, Set<string>>>, surname: string, person: string): void {
  const initial = surname.charAt(0);
  let byInitial = surnames.get(initial);
  if (!byInitial) {
    byInitial = new Map();
    surnames.set(initial, byInitial);
  }
  const bearers = byInitial.get(surname);
  if (bearers) bearers.add(person);
  else byInitial.set(surname, new Set([person]));
}

function titleFacts(named: readonly NamedPerson[], writtenApart: ReadonlySet<string>): FactFinding[] {
  const byPerson = new Map<string, NamedPerson[]>();
  for (const mention of named) {
    if (mention.rank === 'generic' || mention.rank === 'role') continue;
    pushTo(byPerson, mention.person, mention);
  }
  const findings: FactFinding[] = [];
  for (const [person, mentions] of byPerson) {
    const group = onePerArticle(mentions);
    if (group.length < 2) continue;
    const fullName = fullNameOf(mentions);
    const found = findingsFor(group, {
      kind: 'name',
      fact: `${fullName}'s job title`,
      compare: compareTitles,
      refOf,
      reasonsFor: (a, b) => [`same person: ${a.name} / ${b.name}`, `titles: ${titleOf(a)} / ${titleOf(b)}`],
    });
    // An agreement among articles that write the name alike still stands ("Fionnuala Keane, chief executive" /
    // "Fionnuala Keane, CEO" beside a "Finola Keane").
    if (!writtenApart.has(person)) {
      findings.push(...found);
      continue;
    }
    const nameAt = new Map(group.map((mention) => [refKey(refOf(mention)), mention.nameWords.join(' ')]));
    for (const finding of found) {
      if (finding.verdict === 'disagreement') findings.push(finding);
      else {
        const alike = writtenAlike(finding.fact.values, nameAt);
        if (alike.length >= 2) findings.push({ ...finding, fact: { ...finding.fact, values: alike } });
      }
    }
  }
  return findings;
}

// Only disagreements: an agreement on who holds an office is already an agreement on that person's title.
function officeHolderFacts(named: readonly NamedPerson[]): FactFinding[] {
  const byOffice = new Map<string, NamedPerson[]>();
  for (const mention of named) {
    const key = officeKey(mention);
    if (key) pushTo(byOffice, key, mention);
  }
  const findings: FactFinding[] = [];
  for (const mentions of byOffice.values()) {
    const group = onePerArticle(mentions);
    if (group.length < 2) continue;
    const lead = group[0] as NamedPerson;
    const found = findingsFor(group, {
      kind: 'name',
      fact: `Who is ${lead.qualifierText ? `${possessive(lead.qualifierText)} ` : 'the '}${lead.subordinate ? `${lead.subordinate} ` : ''}${officeName(lead)}`,
      compare: (a, b) => (a.person === b.person ? 'same' : 'different'),
      refOf,
      reasonsFor: (a, b) => [`same office: ${titleOf(a)}`, `people named: ${a.name} / ${b.name}`],
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

/** Whether two titles given to one person agree. */
export function compareTitles(a: TitledName, b: TitledName): ValueMatch {
  if (a.rank === 'generic' || b.rank === 'generic' || a.rank === 'role' || b.rank === 'role') return 'compatible';
  // "spokesman" and "spokeswoman" for one person: the articles disagree on who the person is.
  if (a.gender && b.gender && a.gender !== b.gender) return 'different';
  if (a.office === b.office) return compareSameOffice(a, b);
  // "the former chief executive" and "the chair": one person may have left one job for another.
  if (a.former !== b.former) return 'compatible';
  // "head of communications" and "communications director": one job in one field, said two ways. So are "finance
  // chief" and "the council's cabinet member for finance", whose field follows the title.
  const fieldA = a.field ?? a.complement;
  const fieldB = b.field ?? b.complement;
  if ((a.office === 'head' || b.office === 'head') && fieldA && fieldB && sharesWord(fieldA, fieldB)) {
    return 'compatible';
  }
  if (leadsBodyOf(a.office, b.office) || leadsBodyOf(b.office, a.office)) return 'compatible';
  const holdings = [holdingOf(a.office), holdingOf(b.office)];
  // A founder or an adviser may hold any other job too; a rank goes with a post, not with another rank.
  if (holdings.includes('side')) return 'compatible';
  // "Councillor Alun Pritchard" and "Committee chairman Alan Pritchard": a councillor chairs the committee.
  if (holdings[0] === 'seat' && holdings[1] !== 'seat') return heldBesideSeat(b.office) ? 'compatible' : 'different';
  if (holdings[1] === 'seat' && holdings[0] !== 'seat') return heldBesideSeat(a.office) ? 'compatible' : 'different';
  if (holdings[0] === 'voice') return voiceBeside(b);
  if (holdings[1] === 'voice') return voiceBeside(a);
  if (holdings[0] === 'rank' || holdings[1] === 'rank') return holdings[0] === holdings[1] ? 'different' : 'compatible';
  // A chief executive and a managing director run the company, a chair runs its board: one person is called by one
  // of them, unless an article gives both ("chairwoman and chief executive"). A company's president is so often its
  // chief executive too that the two titles take no sides.
  if (runningTitles.has(a.office) && runningTitles.has(b.office) && !a.joint && !b.joint) return 'different';
  if (holdings[0] === 'executive' && holdings[1] === 'executive') return 'compatible';
  return 'different';
}

const runningTitles = new Set(['chief executive', 'managing director', 'chair']);

// A spokesperson may be a police officer, a communications director or a minister for information; not the chief
// of staff, the mayor or the chief executive. A job whose field is not written ("director") may be either.
const voiceFields = /\b(comm|medi|pres|publ|info|rela|affa|outr)/;
const voiceJobs = new Set(['director', 'manager', 'coordinator', 'administrator', 'official', 'minister']);

function voiceBeside(other: TitledName): ValueMatch {
  const holding = holdingOf(other.office);
  if (holding === 'rank' || holding === 'side') return 'compatible';
  if (voiceFields.test(`${other.field ?? ''} ${other.portfolioText ?? ''} ${other.complement ?? ''}`)) {
    return 'compatible';
  }
  if (voiceJobs.has(other.office) && !other.field && !other.portfolio) return 'compatible';
  return 'different';
}

function compareSameOffice(a: TitledName, b: TitledName): ValueMatch {
  if (a.former !== b.former || a.subordinate !== b.subordinate) return 'different';
  if (a.grade && b.grade && a.grade !== b.grade) return 'different';
  // "Judge Kell" says nothing of which judge she is: it fits "Presiding Judge Kell" and "Chief Judge Kell".
  if ((a.grade === undefined) !== (b.grade === undefined)) return 'compatible';
  if (a.portfolio && b.portfolio && a.rank === 'minister' && !sharesWord(a.portfolio, b.portfolio)) return 'different';
  const portfolioAfter = a.rank !== 'other' || portfolioPosts.has(a.office);
  if (portfolioAfter && a.complement && b.complement && !sharesWord(a.complement, b.complement)) {
    return 'different';
  }
  // "operations director" against "finance director"; "director of operations" is the first again.
  if (a.rank === 'other' && a.field && b.field && !sharesWord(a.field, b.field)) return 'different';
  // "Thornby North MP" against "Thornby and Wensdale MP": a seat is held for one place. Only a place said before
  // the title is compared here ("the MP for ..." is representedPlaces.ts's), and only with another said there, since
  // "Local MP" or a party there names no place.
  if (holdingOf(a.office) === 'seat' && seatsApart(a, b)) return 'different';
  return 'same';
}

function seatsApart(a: TitledName, b: TitledName): boolean {
  const placeBefore = (mention: TitledName): string | undefined =>
    mention.qualifier && !mention.complement && !notPlaces.has(mention.qualifierText?.toLowerCase() ?? '')
      ? mention.qualifier
      : undefined;
  const [placeA, placeB] = [placeBefore(a), placeBefore(b)];
  return placeA !== undefined && placeB !== undefined && placeA !== placeB;
}

// Words before a seat's title that say who holds it, not where: a party, a side, a standing.
const notPlaces = new Set([
  'local',
  'dem',
  'democrat',
  'labour',
  'tory',
  'conservative',
  'green',
  'independent',
  'reform',
  'backbench',
  'opposition',
  'veteran',
  'senior',
  'rebel',
  'shadow',
]);

// Posts told by what they are for, after the title: "cabinet member for housing" and "for transport" are two posts.
const portfolioPosts = new Set(['cabinet member']);

// The leader of a body is one of its members: a council leader is a councillor, a senate leader a senator.
function leadsBodyOf(leader: string, member: string): boolean {
  const body = /^(\w+) leader$/.exec(leader)?.[1];
  return body !== undefined && member.slice(0, 5) === body.slice(0, 5);
}

// An office one person holds at a time: a head of government job, a minister with a portfolio, an envoy posting.
function officeKey(mention: TitledName): string | undefined {
  if (mention.former || !mention.qualifier) return undefined;
  if (mention.rank === 'head') return `${mention.office}|${mention.qualifier}`;
  if (mention.rank === 'minister' && mention.portfolio)
    return `${mention.portfolio}|${mention.office}|${mention.qualifier}`;
  if (mention.rank === 'envoy' && mention.complement) return `ambassador|${mention.complement}|${mention.qualifier}`;
  return undefined;
}

// The person's fullest name, as most mentions write it: "Annelie Vosberg" three times beats one "Annalie Vossberg".
function fullNameOf(mentions: readonly NamedPerson[]): string {
  const count = new Map<string, number>();
  for (const mention of mentions) count.set(mention.name, (count.get(mention.name) ?? 0) + 1);
  const words = (name: string): number => name.split(' ').length;
  return (
    [...count.keys()].sort(
      (a, b) => words(b) - words(a) || (count.get(b) ?? 0) - (count.get(a) ?? 0) || b.length - a.length,
    )[0] ?? ''
  );
}

function onePerArticle(mentions: readonly NamedPerson[]): NamedPerson[] {
  const best = new Map<string, NamedPerson>();
  for (const mention of mentions) {
    const current = best.get(mention.file);
    if (!current || rankOrder[mention.rank] < rankOrder[current.rank]) best.set(mention.file, mention);
  }
  return [...best.values()].sort((a, b) => a.order - b.order);
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((word) => words.has(word));
}

function titleOf(mention: TitledName): string {
  const about = mention.complement ?? mention.field;
  return `${mention.former ? 'former ' : ''}${mention.subordinate ? `${mention.subordinate} ` : ''}${mention.grade ? `${mention.grade} ` : ''}${officeName(mention)}${about ? ` (${about})` : ''}`;
}

function officeName(mention: TitledName): string {
  if (mention.rank === 'minister' && mention.portfolio) {
    // "deputy" is said apart (titleOf): "deputy foreign minister", not "deputy deputy foreign minister".
    const portfolio = (mention.portfolioText ?? mention.portfolio).replace(
      /\b(deputy|assistant|vice|associate|under)\s+/g,
      '',
    );
    return `${portfolio} ${mention.office}`;
  }
  return mention.office;
}

function possessive(text: string): string {
  return /s$/i.test(text) ? `${text}'` : /(an|ese|ish|i|ch)$/.test(text) ? text : `${text}'s`;
}

function refOf(mention: NamedPerson): LineRef {
  return { file: mention.file, line: mention.sentence.line, text: mention.text };
}

// The values of an agreement that write the name the way most of them do.
function writtenAlike(values: readonly LineRef[], nameAt: ReadonlyMap<string, string>): LineRef[] {
  const byName = new Map<string | undefined, LineRef[]>();
  for (const value of values) pushTo(byName, nameAt.get(refKey(value)), value);
  return [...byName.values()].reduce((most, refs) => (refs.length > most.length ? refs : most), []);
}

function refKey(ref: LineRef): string {
  return `${ref.file}\u0000${ref.line}\u0000${ref.text}`;
}

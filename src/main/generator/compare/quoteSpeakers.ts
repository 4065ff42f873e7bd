import type { LineRef } from '../../../shared/analysis.ts';
import type { FactFinding } from './finding.ts';
import type { Quotation } from './quoteMentions.ts';
import { officeTable } from './officeTitles.ts';
import { nearSpelling } from './samePerson.ts';

// One statement put in two people's mouths: "'Please leave now,' Mayor Deborah Okafor said" in one article and
// "'Please leave now,' said police chief Alan Pryce" in another. Speakers are compared by the names they give:
// "she", "a spokeswoman" or "the statement" name nobody and take no side; "Okafor" and "Deborah Okafor", or a name
// spelled a letter off, are one person. Each value is the quotation with its speaker, as the line writes them.

export interface SpokenQuote extends Quotation {
  order: number;
  lineText: string;
}

const titleWords = new Set(officeTable.flatMap((office) => office.words));

/** A disagreement on who said one statement, if its articles name different people for it. */
export function speakerDisagreement(group: readonly SpokenQuote[], statement: string): FactFinding | undefined {
  const named: { quote: SpokenQuote; names: string[] }[] = [];
  for (const quote of group) {
    if (named.some((entry) => entry.quote.file === quote.file)) continue;
    const names = namesOf(quote.speaker);
    if (names.length > 0) named.push({ quote, names });
  }
  const people: { quote: SpokenQuote; names: string[] }[] = [];
  for (const entry of named) {
    if (!people.some((person) => samePerson(person.names, entry.names))) people.push(entry);
  }
  if (people.length < 2) return undefined;
  const values = people.map((person) => spokenRef(person.quote)).filter((ref): ref is LineRef => ref !== undefined);
  if (values.length < 2) return undefined;
  return {
    fact: { fact: `Who said "${statement}…"`, kind: 'quote', values },
    verdict: 'disagreement',
    reasons: [
      'the same statement',
      `said by ${people.map((person) => person.quote.speaker ?? '').join(' / ')}: no name in common`,
    ],
  };
}

// Words that make a capitalised name a body, not a person: "the Regional Council", "Brightwater Utilities".
const bodyWords = new Set([
  'council',
  'ministry',
  'department',
  'office',
  'agency',
  'police',
  'service',
  'services',
  'company',
  'utilities',
  'group',
  'board',
  'authority',
  'government',
  'university',
  'hospital',
  'commission',
  'committee',
  'institute',
  'party',
  'union',
  'bank',
  'court',
  'association',
  'corporation',
  'foundation',
  'kremlin',
  'house',
]);

// "Mayor Deborah Okafor" -> deborah, okafor; "police chief Alan Pryce" -> alan, pryce; "Ms Holt" -> holt. "she",
// "a spokeswoman", "the Kremlin" and "the Regional Council" name no person.
function namesOf(speaker: string | undefined): string[] {
  if (!speaker) return [];
  const words = (speaker.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).map((word) => word.toLowerCase().replace(/\.$/, ''));
  if (words.some((word) => bodyWords.has(word))) return [];
  const titled = words.some((word) => titleWords.has(word)) || /\b(?:spokes|chief|head)/i.test(speaker);
  const names = words.filter((word) => !titleWords.has(word));
  return names.length >= 2 || (titled && names.length >= 1) ? names : [];
}

function samePerson(a: readonly string[], b: readonly string[]): boolean {
  return a.some((word) => b.some((other) => word === other || nearSpelling(word, other)));
}

// The quotation and its speaker, from whichever comes first to whichever ends last.
function spokenRef(quote: SpokenQuote): LineRef | undefined {
  const speaker = quote.speaker ?? '';
  const around = quote.lineText.indexOf(speaker, Math.max(0, quote.start - 140));
  if (!speaker || around < 0) return undefined;
  const start = Math.min(quote.start, around);
  const end = Math.max(quote.end, around + speaker.length);
  if (end - start > quote.end - quote.start + speaker.length + 40) return undefined;
  return { file: quote.file, line: quote.line, text: quote.lineText.slice(start, end) };
}

import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';

// The place an elected person stands for: "Councillor Priya Athwal, who represents the Eastgate ward", "our
// councillor for Saltmarsh & the Flats", "the MP for Hallam", "Senator Ruth Vance of Ohio" is not read (a home
// state may be a birthplace). Read after the person's titled name in the same sentence; two articles giving one
// person two places disagree, while "Eastgate" and "the Eastgate ward" are one place.

/** A person named with a title, resolved to one person of the set (nameFacts.ts). */
export interface PlacedPerson {
  sentence: ArticleSentence;
  file: string;
  /** Where the mention (title and name) starts in the line, and its words. */
  start: number;
  text: string;
  name: string;
  person: string;
}

const place = "((?:[A-Z][\\w'’-]*)(?:\\s+(?:&|and|the|of|upon|on|[A-Z][\\w'’-]*))*)";
const areaWords = '(?:ward|constituency|district|division|riding|seat)';
const placePatterns: readonly RegExp[] = [
  // "who represents the Eastgate ward", "who represents Eastgate"
  new RegExp(`^[^.;]{0,40}?\\bwho\\s+represents\\s+(?:the\\s+)?${place}(?:\\s+${areaWords})?`),
  // "— our councillor for Saltmarsh & the Flats", ", the MP for Hallam", ", member for Eastgate"
  new RegExp(
    `^[\\s,—–-]+(?:(?:our|the|a|their|your)\\s+)?(?:local\\s+)?(?:councillor|councilor|council member|MP|MSP|MLA|member|representative|assemblyman|assemblywoman|alderman|alderwoman)\\s+for\\s+(?:the\\s+)?${place}`,
  ),
];

interface PlaceMention {
  mention: PlacedPerson;
  place: string;
  text: string;
}

/** One person given two places they represent, across articles. */
export function representedPlaceFacts(named: readonly PlacedPerson[]): FactFinding[] {
  const byPerson = new Map<string, PlaceMention[]>();
  for (const mention of named) {
    const found = placeAfter(mention);
    if (!found) continue;
    byPerson.set(mention.person, [...(byPerson.get(mention.person) ?? []), found]);
  }
  const findings: FactFinding[] = [];
  for (const places of byPerson.values()) {
    const firstPerArticle = new Map<string, PlaceMention>();
    for (const found of places)
      if (!firstPerArticle.has(found.mention.file)) firstPerArticle.set(found.mention.file, found);
    const listed = [...firstPerArticle.values()];
    const apart = listed.flatMap((one, at) =>
      listed
        .slice(at + 1)
        .filter((other) => !samePlace(one.place, other.place))
        .map((other) => [one, other] as const),
    );
    const [one, other] = apart[0] ?? [];
    if (!one || !other) continue;
    findings.push({
      fact: { fact: `The place ${one.mention.name} represents`, kind: 'name', values: listed.map(refOf) },
      verdict: 'disagreement',
      reasons: [
        `one person: ${one.mention.name} / ${other.mention.name}`,
        `represents "${one.text}" and "${other.text}"`,
      ],
    });
  }
  return findings;
}

function placeAfter(mention: PlacedPerson): PlaceMention | undefined {
  const line = mention.sentence.lineText;
  // From the end of the name: "Sarah Quinn, the MP for Hallam" is one titled mention with its place inside.
  const nameAt = mention.text.lastIndexOf(mention.name);
  const from = mention.start + (nameAt < 0 ? mention.text.length : nameAt + mention.name.length);
  const rest = line.slice(from, mention.sentence.end);
  for (const pattern of placePatterns) {
    const match = pattern.exec(rest);
    const written = match?.[1]?.replace(/\s+(?:&|and|the|of|upon|on)$/, '');
    if (!match || !written) continue;
    const start = from + (match.index ?? 0) + match[0].lastIndexOf(written);
    const area = new RegExp(`^\\s+${areaWords}\\b`).exec(line.slice(start + written.length));
    const text = line.slice(start, start + written.length + (area?.[0].length ?? 0));
    return { mention, place: normalised(written), text };
  }
  return undefined;
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/\band\b/g, '&')
    .replace(/\bthe\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Eastgate" and "Eastgate ward" are one place; "Eastgate" and "Saltmarsh & the Flats" two.
function samePlace(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

function refOf(found: PlaceMention): LineRef {
  return { file: found.mention.file, line: found.mention.sentence.line, text: found.text };
}

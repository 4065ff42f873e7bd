import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import type { ValueMatch } from './factValues.ts';
import { findingsFor } from './factFindings.ts';
import { isClauseBreak } from './eventSubject.ts';

// Where something happened or where people went, named as an institution: "taken to Brennock University Hospital"
// against "taken to Brennock General Hospital", "met at Harwick Town Hall" against "met at Harwick Civic Hall". Two
// names of one kind of place (the last word) reached by the same verb are one fact; two different names there
// disagree. An article that names both places takes no side, and
// two places reached by different verbs ("treated at", "born at") are two facts.

/** The kinds of place a story sends people to or holds events in. */
const institutionKinds = new Set([
  'hospital',
  'infirmary',
  'clinic',
  'hospice',
  'school',
  'academy',
  'college',
  'university',
  'airport',
  'station',
  'prison',
  'court',
  'stadium',
  'hall',
  'library',
  'museum',
  'hotel',
  'church',
  'cathedral',
]);

export interface InstitutionMention {
  sentence: ArticleSentence;
  file: string;
  order: number;
  /** As written ("Brennock University Hospital"), and in lower case. */
  text: string;
  name: string;
  /** Kind, first word and the family of the verb that reaches it: what the name is the name of. */
  key: string;
  kind: string;
  /** The words from the verb to the name ("taken to"). */
  leadIn: string;
}

/** Every institution named in a sentence after a verb ("taken to", "held at"). */
export function findInstitutions(sentence: ArticleSentence): InstitutionMention[] {
  const tokens = sentence.tokens;
  const found: InstitutionMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const kind = tokens[index];
    if (!kind || !institutionKinds.has(kind.lower) || !capitalised(kind)) continue;
    // "Brennock University Hospital" is a hospital, not a university.
    if (capitalised(tokens[index + 1])) continue;
    let first = index;
    // "Kirkwade Children's Hospital", "St Mary's Hospital": a possessive inside the name is part of it.
    const possessive = (at: number): boolean => /^['’]s$/.test(tokens[at]?.text ?? '') && namePart(tokens[at - 1]);
    while (first > 0 && index - first < 5 && (namePart(tokens[first - 1]) || possessive(first - 1))) first -= 1;
    // "Brennock University Hospital": at least one word before the kind names which one.
    if (first === index) continue;
    const verb = verbBefore(tokens, first);
    const head = tokens[first];
    if (!verb || !head) continue;
    found.push({
      sentence,
      file: sentence.file,
      order: sentence.order * 1000 + first,
      text: sentence.lineText.slice(head.start, kind.end),
      name: tokens
        .slice(first, index + 1)
        .map((token) => token.lower)
        .join(' '),
      key: `${kindFamily(kind.lower)}|${careVerbs.has(verb.lemma) && medical.has(kind.lower) ? 'care' : verb.sense}`,
      kind: kind.lower,
      leadIn: sentence.lineText.slice(verb.start, head.start).trim(),
    });
  }
  return found;
}

/** Disagreements and agreements on which place of one kind the articles name for one happening. */
export function findInstitutionFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byKey = new Map<string, InstitutionMention[]>();
  for (const sentence of sentences) {
    for (const mention of findInstitutions(sentence)) {
      const list = byKey.get(mention.key);
      if (list) list.push(mention);
      else byKey.set(mention.key, [mention]);
    }
  }
  const findings: FactFinding[] = [];
  for (const mentions of byKey.values()) {
    if (new Set(mentions.map((mention) => mention.name)).size < 2) continue;
    // Each article's first mention; an article that names two places of the key takes no side.
    const namesOf = new Map<string, Set<string>>();
    for (const mention of mentions)
      namesOf.set(mention.file, (namesOf.get(mention.file) ?? new Set()).add(mention.name));
    const group = [...new Map(mentions.map((mention) => [mention.file, mention])).values()]
      .filter((mention) => namesOf.get(mention.file)?.size === 1)
      .sort((a, b) => a.order - b.order);
    if (group.length < 2) continue;
    const lead = group[0] as InstitutionMention;
    findings.push(
      ...findingsFor(group, {
        kind: 'name',
        fact: `Which ${kindFamily(lead.kind)}: "${lead.leadIn} …"`,
        compare: compareInstitutions,
        refOf,
        reasonsFor: (a, b) => [`one kind of place after "${a.leadIn}" / "${b.leadIn}"`, `named ${a.text} / ${b.text}`],
      }),
    );
  }
  return findings;
}

// "the Royal Infirmary" is "Lenholm Royal Infirmary" named short; "Kirkwade Children's Hospital" is another place.
function compareInstitutions(a: InstitutionMention, b: InstitutionMention): ValueMatch {
  if (a.name === b.name) return 'same';
  const [short, long] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
  return long.endsWith(` ${short}`) ? 'compatible' : 'different';
}

// Where the sick are cared for is one kind of place, however named, and reached by any verb of care: "treated at
// Lenholm Royal Infirmary", "admitted to the Royal Infirmary", "ended up in hospital at Kirkwade Children's
// Hospital" all say where the children were treated.
const medical = new Set(['hospital', 'infirmary', 'clinic', 'hospice']);
const careVerbs = new Set([
  'treat',
  'admit',
  'take',
  'rush',
  'fly',
  'airlift',
  'bring',
  'end',
  'hospitalize',
  'hospitalise',
  'keep',
]);

function kindFamily(kind: string): string {
  return medical.has(kind) ? 'hospital' : kind;
}

// The verb the place follows in its clause: "were taken to", "was held at", "is still in".
function verbBefore(tokens: readonly Token[], first: number): Token | undefined {
  for (let at = first - 1; at >= Math.max(0, first - 5); at -= 1) {
    const token = tokens[at];
    if (!token || isClauseBreak(token.text)) return undefined;
    if (token.pos === 'VERB' && token.sense) return token;
  }
  return undefined;
}

function capitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text) && token.pos !== 'PUNCT';
}

// "Brennock", "General", "University": not "The", nor "To" in a headline written in Title Case.
function namePart(token: Token | undefined): boolean {
  return capitalised(token) && ['PROPN', 'NOUN', 'ADJ'].includes(token?.pos ?? '');
}

function refOf(mention: InstitutionMention): LineRef {
  return { file: mention.file, line: mention.sentence.line, text: mention.text };
}

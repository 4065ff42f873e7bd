import type { LineRef } from '../../../shared/analysis.ts';
import { sensesWrittenInLowerCase, type ArticleSentence, type Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { peopleOfSet } from './peopleNames.ts';
import { pushTo } from './pushTo.ts';

// A company or body whose name goes on differently in different articles: "Northmark Securities" / "Northmark
// Capital", "Brightmere Data Services" / "Brightmere Digital". The first word is the name's own; what follows is a
// kind of firm or body. Two such endings for one first word, never written both by one article, are one name
// written two ways. A town's name begins many names ("Tolland Council", "Tolland Health Board"), and a brand may
// name a firm and its product ("Varro Motors", "Varro Lumen"): a first word the set also writes as a place ("in
// Tolland") or as a person's is left out, and both endings must be words firms and bodies end their names with.

const orgEndings = new Set([
  'securities',
  'capital',
  'partners',
  'holdings',
  'group',
  'services',
  'digital',
  'systems',
  'solutions',
  'technologies',
  'technology',
  'software',
  'consulting',
  'associates',
  'bank',
  'insurance',
  'investments',
  'energy',
  'media',
  'labs',
  'limited',
  'ltd',
  'plc',
  'inc',
  'authority',
  'board',
  'agency',
  'commission',
  'trust',
  'foundation',
  'institute',
  'union',
  'federation',
  'association',
  'society',
  'league',
  'management',
  'shipping',
  'maritime',
  'logistics',
  'lines',
]);
const placeWords = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'around', 'outside', 'into', 'of']);

interface OrgName {
  sentence: ArticleSentence;
  order: number;
  /** The first word in lower case: which organisation. */
  head: string;
  /** The rest of the name in lower case ("data services"). */
  ending: string;
  /** The whole name as written. */
  text: string;
}

/** Names that one article ends one way and another article another way. */
export function findOrganisationNameFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const people = peopleOfSet(sentences);
  const places = new Set<string>();
  const byHead = new Map<string, OrgName[]>();
  const lowerCase = sensesWrittenInLowerCase(sentences);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, index) => {
      // "in Tolland", not "at Northmark Securities".
      const alone = capitalised(token) && !capitalised(tokens[index + 1]);
      if (alone && placeWords.has(tokens[index - 1]?.lower ?? '')) places.add(token.lower);
    });
    for (const name of namesIn(sentence, lowerCase)) pushTo(byHead, name.head, name);
  }
  const findings: FactFinding[] = [];
  for (const [head, names] of byHead) {
    if (places.has(head) || people.has(head)) continue;
    const endingsOf = new Map<string, Set<string>>();
    for (const name of names) {
      endingsOf.set(name.sentence.file, (endingsOf.get(name.sentence.file) ?? new Set()).add(name.ending));
    }
    // An article that ends the name two ways takes no side; each other article by its first writing.
    const group = [...new Map(names.map((name) => [name.sentence.file, name])).values()]
      .filter((name) => endingsOf.get(name.sentence.file)?.size === 1)
      .sort((a, b) => a.order - b.order);
    if (new Set(group.map((name) => name.ending)).size < 2) continue;
    findings.push(
      ...findingsFor(group, {
        kind: 'name',
        fact: `The name of ${group[0]?.text.split(' ')[0] ?? head}`,
        compare: (a, b) => (a.ending === b.ending ? 'same' : 'different'),
        refOf,
        reasonsFor: (a, b) => [`one first word: ${a.text} / ${b.text}`, 'no article writes both'],
      }),
    );
  }
  return findings;
}

// "Northmark Securities", "Brightmere Data Services": a capitalised word not opening the sentence, then one to three
// capitalised words, the last of them a firm's or body's ending. A common word opening the sentence is no part of
// the name ("Owners Aegeas Shipping insist ...", where the set writes "the owner" elsewhere).
function namesIn(sentence: ArticleSentence, lowerCase: ReadonlySet<string>): OrgName[] {
  const tokens = sentence.tokens;
  const found: OrgName[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const head = tokens[index];
    const before = tokens[index - 1];
    const opener = index === 1 && before !== undefined && lowerCase.has(before.sense);
    if (!head || !capitalised(head) || (capitalised(before) && !opener) || head.text.length < 4) continue;
    let last = index;
    while (last - index < 3 && capitalised(tokens[last + 1])) last += 1;
    const end = tokens[last];
    if (last === index || !end || !orgEndings.has(end.lower)) continue;
    found.push({
      sentence,
      order: sentence.order * 1000 + index,
      head: head.lower,
      ending: tokens
        .slice(index + 1, last + 1)
        .map((token) => token.lower)
        .join(' '),
      text: sentence.lineText.slice(head.start, end.end),
    });
    index = last;
  }
  return found;
}

function capitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.text);
}

function refOf(name: OrgName): LineRef {
  return { file: name.sentence.file, line: name.sentence.line, text: name.text };
}

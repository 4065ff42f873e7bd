import type { ArticleSentence, Token } from './lineTokens.ts';

// What one party is to another, stated or denied: "Russia and China, the closest allies" against "Russia and
// China do not have a formal alliance". A claim is the parties, a relation word and whether it is denied. The
// relation word must attach to the parties directly (apposition, "are", "have", "no ... between"), so "Russia and
// China criticised the NATO alliance" says nothing about an alliance between them.

export interface RelationClaim {
  sentence: ArticleSentence;
  /** The parties, as four-letter keys in sorted order ("chin+russ"). */
  parties: string;
  partyNames: string[];
  /** The relation word's Porter stem ("alli" for "allies", "allianc" for "alliance"). */
  relation: string;
  relationWord: string;
  denied: boolean;
}

const linkWords = new Set([
  'the',
  'a',
  'an',
  'their',
  'its',
  'both',
  'close',
  'closest',
  'formal',
  'strategic',
  'key',
  'longtime',
  'long-time',
  'old',
  'new',
  'official',
  'military',
  'firm',
  'staunch',
  'natural',
  'true',
  'real',
  ',',
  'now',
  'still',
  'also',
  'even',
  'never',
  'not',
  "n't",
  'no',
  'any',
]);
const linkVerbs = new Set(['be', 'become', 'remain', 'have', 'do', 'form', 'seem', 'appear']);
const denials = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without']);

/** Relation claims between named parties in one sentence. */
export function findRelationClaims(sentence: ArticleSentence, stem: (word: string) => string): RelationClaim[] {
  const tokens = sentence.tokens;
  const claims: RelationClaim[] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== 'NOUN' && !(token.pos === 'VERB' && /ed$/.test(token.lower))) return;
    if (!token.sense) return;
    const before = partiesBefore(tokens, index);
    const after = before ? undefined : partiesAfter(tokens, index);
    const found = before ?? after;
    if (!found || found.names.length < 2) return;
    const denied = token.negated || found.denied || denials.has(tokens[index - 1]?.lower ?? '');
    claims.push({
      sentence,
      parties: found.keys.join('+'),
      partyNames: found.names,
      relation: stem(token.lower),
      relationWord: token.text,
      denied,
    });
  });
  return claims;
}

// "Russia and China, the closest allies", "Russia and China are (not) allies", "Russia and China do not have a
// formal alliance": only link words between the parties and the relation word.
function partiesBefore(
  tokens: readonly Token[],
  index: number,
): { keys: string[]; names: string[]; denied: boolean } | undefined {
  let at = index - 1;
  let denied = false;
  for (let steps = 0; at >= 0 && steps < 7; steps += 1, at -= 1) {
    const token = tokens[at];
    if (!token) return undefined;
    if (token.pos === 'PROPN') break;
    if (denials.has(token.lower)) denied = true;
    const linking =
      linkWords.has(token.lower) ||
      (['AUX', 'VERB'].includes(token.pos) && linkVerbs.has(token.lemma)) ||
      token.pos === 'ADV' ||
      (token.pos === 'ADJ' && /^[a-z]/.test(token.text)) ||
      token.pos === 'PART';
    if (!linking) return undefined;
  }
  const parties = coordinatedNames(tokens, at, -1);
  return parties ? { ...parties, denied } : undefined;
}

// "no alliance between Russia and China", "not an ally of China"
function partiesAfter(
  tokens: readonly Token[],
  index: number,
): { keys: string[]; names: string[]; denied: boolean } | undefined {
  const next = tokens[index + 1]?.lower;
  if (next !== 'between') return undefined;
  const parties = coordinatedNames(tokens, index + 2, 1);
  return parties ? { ...parties, denied: false } : undefined;
}

// "Russia and China", "both Moscow and Beijing": proper nouns joined by "and", read from `from` in `direction`.
// Capitalised words with nothing between them are one name ("the Elm Street library"), not two parties.
function coordinatedNames(
  tokens: readonly Token[],
  from: number,
  direction: 1 | -1,
): { keys: string[]; names: string[] } | undefined {
  const names: string[] = [];
  let joined = false;
  let at = from;
  for (let steps = 0; steps < 7; steps += 1, at += direction) {
    const token = tokens[at];
    if (!token) break;
    if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) {
      names.push(token.text);
      continue;
    }
    if (token.lower === 'and' || token.lower === 'both' || token.text === ',') {
      joined ||= token.lower === 'and';
      continue;
    }
    break;
  }
  if (names.length === 0 || (names.length > 1 && !joined)) return undefined;
  const keys = [...new Set(names.map((name) => name.toLowerCase().replace(/[.'’]/g, '').slice(0, 4)))].sort();
  return { keys, names: direction === 1 ? names : names.reverse() };
}

/** Whether two relation stems are one word family: "alli" (allies) and "allianc" (alliance). */
export function sameRelation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4;
}

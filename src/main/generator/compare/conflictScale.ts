import type { ArticleSentence, Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// How bad a conflict is said to be: "tensions" (words, no shots) or "fighting" (violence). Two articles that
// describe the same escalating situation between the same parties with words from different levels disagree.
// "Trade war", "war of words", "verbal battle", "cold war" are not violence and are left out.

export type ConflictLevel = 'tension' | 'violence';

export const conflictWords: Readonly<Record<string, ConflictLevel>> = {
  tension: 'tension',
  tensions: 'tension',
  standoff: 'tension',
  'stand-off': 'tension',
  dispute: 'tension',
  row: 'tension',
  spat: 'tension',
  friction: 'tension',
  rift: 'tension',
  crisis: 'tension',
  fighting: 'violence',
  clash: 'violence',
  clashes: 'violence',
  hostilities: 'violence',
  combat: 'violence',
  battle: 'violence',
  battles: 'violence',
  war: 'violence',
  warfare: 'violence',
  violence: 'violence',
  bloodshed: 'violence',
  skirmishes: 'violence',
  shelling: 'violence',
};

const notViolent = new Set([
  'trade',
  'verbal',
  'diplomatic',
  'cold',
  'price',
  'culture',
  'tariff',
  'political',
  'legal',
  'currency',
  'information',
  'propaganda',
  'media',
  'bidding',
  'court',
]);

export interface ConflictMention {
  sentence: ArticleSentence;
  level: ConflictLevel;
  /** The level word and the intensifier next to it, as written ("escalating fighting", "tensions escalated"). */
  words: string;
  /** Named parties around it ("between Moscow and Kyiv", "over Ukraine"), as four-letter keys. */
  parties: string[];
  partyNames: string[];
  /** The verb and preposition that frame it ("comes amid"), when there are both: "come amid". */
  frame?: string;
}

const rising = senseFamily('rising');

/** Conflict words with an intensifier and named parties in one sentence. */
export function findConflictMentions(sentence: ArticleSentence): ConflictMention[] {
  const tokens = sentence.tokens;
  const mentions: ConflictMention[] = [];
  tokens.forEach((token, index) => {
    const level = conflictWords[token.lower];
    if (!level) return;
    if (notViolent.has(tokens[index - 1]?.lower ?? '') || tokens[index + 1]?.lower === 'of') return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const rise = before?.sense === rising ? index - 1 : after?.sense === rising ? index + 1 : undefined;
    // Without "rising" or "escalating", the word must set two named sides against each other: "fighting between
    // the army and the rebels", "tensions between Moscow and Kyiv".
    const intensifier = rise ?? index;
    const partiesFrom = intensifier > index ? intensifier + 1 : index + 1;
    const parties = partiesAround(tokens, partiesFrom);
    const frame = rise === undefined ? undefined : frameBefore(tokens, Math.min(index, intensifier));
    if (rise === undefined && (tokens[partiesFrom]?.lower !== 'between' || parties.keys.length < 2)) return;
    if (parties.names.length === 0 && !frame) return;
    const first = tokens[Math.min(index, intensifier)];
    const last = tokens[Math.max(index, intensifier)];
    if (!first || !last) return;
    mentions.push({
      sentence,
      level,
      words: sentence.lineText.slice(first.start, last.end),
      parties: parties.keys,
      partyNames: parties.names,
      ...(frame ? { frame } : {}),
    });
  });
  return mentions;
}

// "It comes amid rising tensions" / "The call comes amid escalating fighting": the same frame for the same scene.
function frameBefore(tokens: readonly Token[], first: number): string | undefined {
  const preposition = tokens[first - 1];
  const verb = tokens[first - 2];
  if (!preposition || !verb || preposition.pos !== 'ADP' || verb.pos !== 'VERB' || !verb.sense) return undefined;
  return `${verb.sense} ${preposition.lower}`;
}

// "between Moscow and Kyiv", "over Ukraine", "with the West", "in Eastern Europe"
function partiesAround(tokens: readonly Token[], from: number): { keys: string[]; names: string[] } {
  const names: string[] = [];
  if (!['between', 'over', 'with', 'in', 'along', 'on'].includes(tokens[from]?.lower ?? '')) return { keys: [], names };
  for (let at = from + 1; at < Math.min(tokens.length, from + 8); at += 1) {
    const token = tokens[at];
    if (!token || (token.pos === 'PUNCT' && token.text !== '-') || (token.pos === 'VERB' && token.lower !== 'led'))
      break;
    if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) names.push(token.text);
  }
  const keys = [...new Set(names.map((name) => name.toLowerCase().replace(/[.'’]/g, '').slice(0, 4)))];
  return { keys, names };
}

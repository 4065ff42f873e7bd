import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether a thing was closed or stopped for a while or for good: "mothballed", "temporarily closed", "suspended
// for now" against "shut for good", "permanently closed", "closed forever". The two rule each other out
// (contraries.ts): a library mothballed is not gone for good. A plain "closed" says neither.

/** The side "mothballed" and "temporarily closed" stand for. */
export const forAWhile = senseFamily('temporary');
/** The side "shut for good" stands for. */
export const forGood = senseFamily('permanent');

const stoppingVerbs = new Set([
  'close',
  'shut',
  'shutter',
  'suspend',
  'pause',
  'halt',
  'ground',
  'stop',
  'end',
  'scrap',
  'axe',
]);
// A suspension or a pause is for a while by its nature; a thing axed or scrapped is gone.
const alwaysForAWhile = new Set(['mothball', 'suspend', 'pause']);
const alwaysForGood = new Set(['axe', 'scrap']);
const forAWhileBefore = new Set(['temporarily', 'provisionally']);
const forGoodBefore = new Set(['permanently']);

/** Whether the verb at `index` closes something for a while or for good, if the sentence says. */
export function permanenceAt(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB' && !(token?.pos === 'ADJ' && /ed$/.test(token.lower))) return undefined;
  const lemma = token.lemma.replace(/ed$/, '');
  if (/^mothball/.test(token.lower)) return forAWhile;
  const read = told(tokens, index);
  if (read) return read;
  if (alwaysForAWhile.has(token.lemma) || alwaysForAWhile.has(lemma)) return forAWhile;
  if (alwaysForGood.has(token.lemma) || alwaysForGood.has(lemma)) return forGood;
  return undefined;
}

// "temporarily closed", "shut for good", "closed for the time being": the side the words around the verb tell.
function told(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  if (!token || (!stoppingVerbs.has(token.lemma) && !stoppingVerbs.has(token.lower))) return undefined;
  const before = tokens[index - 1]?.lower ?? '';
  if (forAWhileBefore.has(before)) return forAWhile;
  if (forGoodBefore.has(before)) return forGood;
  const after = tokens
    .slice(index + 1, index + 6)
    .map((word) => word.lower)
    .join(' ');
  if (/^(?:\S+ ){0,2}(?:for good|permanently|forever|for ever|for the last time)\b/.test(after)) return forGood;
  if (/^(?:\S+ ){0,2}(?:temporarily|for now|for the time being)\b/.test(after)) return forAWhile;
  return undefined;
}

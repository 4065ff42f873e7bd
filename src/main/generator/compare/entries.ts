import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Something moving into a place, told many ways: "the fire entered the town", "pushed into the eastern edge of
// Tarrow", "swept through the town's streets", "made its way into the building", "floodwater poured into the
// village", "protesters forced their way into parliament". Each says the thing got inside the place, which "the fire
// has not entered the town" denies. The place is the whole a part belongs to: "the eastern edge of Tarrow" is
// Tarrow, "the town's eastern streets" the town. "Broke through the dam" and "crashed through the barrier" breach a
// wall, not enter a place, so they are left to the severity scales (predicateClaims.ts).

export const entered = senseFamily('enter');

export interface Entry {
  /** Index of the place's head word. */
  place: number;
  /** Index of the last word of the movement ("into" in "pushed into"). */
  last: number;
}

const movingVerbs = new Set([
  'push',
  'sweep',
  'burn',
  'spread',
  'move',
  'race',
  'tear',
  'advance',
  'roll',
  'spill',
  'pour',
  'surge',
  'storm',
  'penetrate',
  'rush',
]);
// "made its way into", "forced their way into", "made its run into".
const wayVerbs = new Set(['make', 'force', 'fight', 'work']);
const wayNouns = new Set(['way', 'run', 'push', 'path']);
const possessives = new Set(['its', 'their', 'his', 'her', 'a']);

/** The entry a verb at `index` tells of, if any. */
export function entryAt(tokens: readonly Token[], index: number): Entry | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  if (token.lemma === 'enter') {
    const place = wholePlace(tokens, index + 1);
    return place === undefined ? undefined : { place, last: index };
  }
  let into = index + 1;
  if (wayVerbs.has(token.lemma) && possessives.has(tokens[index + 1]?.lower ?? '')) {
    if (!wayNouns.has(tokens[index + 2]?.lower ?? '')) return undefined;
    into = index + 3;
  } else if (!movingVerbs.has(token.lemma)) return undefined;
  if (!['into', 'through'].includes(tokens[into]?.lower ?? '')) return undefined;
  const place = wholePlace(tokens, into + 1);
  return place === undefined ? undefined : { place, last: into };
}

// The place a phrase starting at `from` names: its head, or the owner before "'s", or the whole after "of".
function wholePlace(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '')) at += 1;
  let head: number | undefined;
  while (tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN') head = at++;
  if (head === undefined) return undefined;
  if (/^['’]s$/.test(tokens[at]?.text ?? '') || tokens[at]?.pos === 'PART') return head;
  if (tokens[at]?.lower !== 'of') return head;
  let whole = at + 1;
  while (['DET', 'ADJ'].includes(tokens[whole]?.pos ?? '')) whole += 1;
  let wholeHead: number | undefined;
  while (tokens[whole]?.pos === 'NOUN' || tokens[whole]?.pos === 'PROPN') wholeHead = whole++;
  return wholeHead ?? head;
}

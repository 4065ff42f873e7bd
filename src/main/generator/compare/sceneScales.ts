import type { ArticleSentence, Token } from './lineTokens.ts';
import { findQuotations } from './quoteMentions.ts';

// How a scene is characterised, on small scales of general news vocabulary: a confrontation told as "some pushing
// and shoving" or as "angry clashes"; workers who "gathered for a protest" or "went on strike" (a strike stops
// work, a protest need not). Two articles that tell one scene with words from two steps of one scale disagree on
// what happened. Only the article's own words count: a quotation is the speaker's.

export type SceneScale = 'confrontation' | 'industrial action' | 'conduct';

export interface SceneMention {
  sentence: ArticleSentence;
  scale: SceneScale;
  /** The step on the scale: "scuffle" or "clash"; "protest" or "stoppage". */
  level: string;
  /** The words as written ("pushing and shoving", "went on strike"). */
  words: string;
  /** Token indexes of the scale words, left out of the scene's own words. */
  first: number;
  last: number;
}

interface Step {
  scale: SceneScale;
  level: string;
}

const steps: Record<string, Step> = {};
const add = (scale: SceneScale, level: string, words: string): void => {
  for (const word of words.split(' ')) steps[word] = { scale, level };
};
add(
  'confrontation',
  'scuffle',
  'scuffle scuffles scuffled scuffling jostling jostled shoving tussle tussled altercation',
);
add('confrontation', 'clash', 'clash clashes clashed brawl brawls brawled riot riots rioted rioting violence');
add('industrial action', 'protest', 'protest protests protested protesting demonstration demonstrations rally rallies');
add(
  'industrial action',
  'stoppage',
  'strike strikes striking walkout walkouts walk-out stoppage picket pickets picketed picketing',
);

// How a gathering went: "a short, peaceful gathering" or "angry scenes at the gate", "dockers confronted managers".
// "Violent" is left to contraries.ts, which reads "turned violent" against "peaceful" for one named thing.
add('conduct', 'peaceful', 'peaceful peacefully orderly good-natured good-humoured');
add('conduct', 'hostile', 'confrontation confrontations');

const people = new Set(['police', 'staff', 'officials', 'bosses', 'people', 'crowd', 'crowds', 'guards', 'security']);

function confrontedPeople(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (['DET', 'ADJ', 'PRON'].includes(tokens[at]?.pos ?? '')) at += 1;
  const head = tokens[at];
  if (!head) return false;
  return head.pos === 'PROPN' || people.has(head.lower) || /(?:er|or|ist|ian)s$/.test(head.lower);
}

const hostileMoods = new Set(['angry', 'ugly', 'heated', 'chaotic', 'violent']);

// "air strike", "lightning strike", "a strike on the city": a blow, not workers downing tools.
const blows = new Set(['air', 'missile', 'drone', 'military', 'lightning', 'preemptive', 'pre-emptive', 'nuclear']);

// "a ballot for strike action", "a strike ballot", "threatened a walkout": a strike still to be decided is no
// scene, so it cannot be set against a protest that did take place.
const toBeDecided = new Set(['ballot', 'vote', 'threat', 'threaten', 'consider', 'plan']);
const linkWords = new Set(['for', 'on', 'of', 'a', 'to', 'over', 'further', 'possible', 'new', 'more']);
function strikeToCome(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.lemma === 'ballot') return true;
  for (let at = index - 1; at >= Math.max(0, index - 4); at -= 1) {
    const before = tokens[at];
    if (!before) return false;
    if (toBeDecided.has(before.lemma)) return true;
    if (!linkWords.has(before.lower)) return false;
  }
  return false;
}

/** The scale words of one sentence, outside quotations and not denied. */
export function findSceneMentions(sentence: ArticleSentence): SceneMention[] {
  const tokens = sentence.tokens;
  const mentions: SceneMention[] = [];
  let quotes: ReturnType<typeof findQuotations> | undefined;
  tokens.forEach((token, index) => {
    const read = stepAt(tokens, index);
    if (!read || token.negated) return;
    quotes ??= findQuotations(sentence.file, sentence.line, sentence.lineText);
    if (quotes.some((quote) => quote.start <= token.start && quote.end >= token.end)) return;
    const first = tokens[read.first];
    const last = tokens[read.last];
    if (!first || !last) return;
    mentions.push({
      sentence,
      ...read.step,
      words: sentence.lineText.slice(first.start, last.end),
      first: read.first,
      last: read.last,
    });
  });
  return mentions;
}

function stepAt(tokens: readonly Token[], index: number): { step: Step; first: number; last: number } | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const previous = tokens[index - 1]?.lower ?? '';
  // "walked out of the factory": leaving work in protest.
  if (token.lemma === 'walk' && tokens[index + 1]?.lower === 'out') {
    return { step: { scale: 'industrial action', level: 'stoppage' }, first: index, last: index + 1 };
  }
  // "pushing and shoving" is one scuffle; "shoving" alone is found below.
  if (token.lower === 'pushing' && tokens[index + 1]?.lower === 'and' && tokens[index + 2]?.lower === 'shoving') {
    return { step: { scale: 'confrontation', level: 'scuffle' }, first: index, last: index + 2 };
  }
  if (token.lower === 'shoving' && previous === 'and' && tokens[index - 2]?.lower === 'pushing') return undefined;
  // "dockers confronted managers": people confronting people ("the council confronted a shortfall" is none).
  if (token.lower === 'confronted' && confrontedPeople(tokens, index + 1)) {
    return { step: { scale: 'conduct', level: 'hostile' }, first: index, last: index };
  }
  // "angry scenes", "ugly scenes", "heated scenes": the reporter's words for a confrontation.
  if (hostileMoods.has(token.lower) && /^scenes?$/.test(tokens[index + 1]?.lower ?? '')) {
    return { step: { scale: 'conduct', level: 'hostile' }, first: index, last: index + 1 };
  }
  const step = steps[token.lower];
  if (!step) return undefined;
  // "the Committee on the Peaceful Uses of Outer Space": a word of a name.
  if (step.scale === 'conduct' && index > 0 && /^\p{Lu}\p{Ll}/u.test(token.text)) return undefined;
  // "shares rallied", "a rally in bond prices" read as verbs or figures; a rally of people is a noun.
  if (token.lower.startsWith('rall') && token.pos !== 'NOUN') return undefined;
  if (step.level === 'stoppage' && token.lower.startsWith('strik')) {
    if (blows.has(previous) || token.pos === 'VERB' || tokens[index + 1]?.lower === 'on') return undefined;
    if (strikeToCome(tokens, index)) return undefined;
    // "went on strike": the verb belongs to the words.
    if (previous === 'on' && tokens[index - 2]?.pos === 'VERB') {
      return { step, first: index - 2, last: index };
    }
  }
  return { step, first: index, last: index };
}

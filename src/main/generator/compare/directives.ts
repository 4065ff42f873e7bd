import type { ArticleSentence, Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';
import { subjectOf } from './eventSubject.ts';
import { disjointNames, namesIn } from './senseWeights.ts';
import { attributes, attributionSpans } from './attribution.ts';

// What people were told to do, and how firmly: "residents were ordered to leave" is an obligation, "residents were
// advised (urged, asked) to leave" a recommendation. The same directive reported at two strengths is a
// disagreement a student can check. A directive is read from a verb of telling with "to" and what to do, written
// passive ("were ordered to leave") or active ("police ordered residents to leave"), or from a noun phrase
// ("a mandatory evacuation", "an evacuation order" against "an evacuation warning").

export type Strength = 'obligation' | 'recommendation';

export interface Directive {
  sentence: ArticleSentence;
  /** Word family of what people were to do, leaving in any words folded into one ("leave", "evacuate"). */
  action: string;
  actionText: string;
  /** Word family of who was told, when the sentence names them ("resident"). */
  told?: string;
  strength: Strength;
  /** The words that carry the strength, as written ("ordered", "advised"). */
  cue: string;
  /** Proper nouns of the sentence: residents of one district may be ordered out and those of another advised. */
  places: Set<string>;
}

const verbStrength = new Map<string, Strength>([
  ...['order', 'require', 'compel', 'direct', 'instruct', 'command', 'oblige'].map((word): [string, Strength] => [
    senseFamily(word),
    'obligation',
  ]),
  // "Passengers were asked to stay in their cabins" is a request; but "was asked to leave by the chair" a polite
  // order, which says nothing of how firm it was (`politeOrder`).
  ...['advise', 'urge', 'encourage', 'recommend', 'request', 'invite', 'call', 'ask'].map(
    (word): [string, Strength] => [senseFamily(word), 'recommendation'],
  ),
]);

const adjectiveStrength = new Map<string, Strength>([
  ['mandatory', 'obligation'],
  ['compulsory', 'obligation'],
  ['forced', 'obligation'],
  ['forcible', 'obligation'],
  ['voluntary', 'recommendation'],
]);

// "an evacuation order" against "an evacuation warning": the noun after the action says how firm it was.
const nounStrength = new Map<string, Strength>([
  [senseFamily('order'), 'obligation'],
  [senseFamily('advisory'), 'recommendation'],
  [senseFamily('warning'), 'recommendation'],
  [senseFamily('recommendation'), 'recommendation'],
]);

// Leaving one's home is written many ways; as what people were told to do, these are one action.
const leaving = new Set(['leave', 'evacuate', 'evacuation', 'flee', 'vacate', 'depart'].map((w) => senseFamily(w)));
const leave = senseFamily('leave');

const negators = new Set(['not', "n't", 'never', 'no']);

/** Directives with their strength in one sentence. */
export function findDirectives(sentence: ArticleSentence): Directive[] {
  const tokens = sentence.tokens;
  const found: Directive[] = [];
  tokens.forEach((token, index) => {
    const directive = verbDirective(sentence, index) ?? nounDirective(sentence, index);
    if (directive && !negated(tokens, index)) found.push(directive);
  });
  return found;
}

/** Same action, and nothing says the people told were different people. */
export function sameDirective(a: Directive, b: Directive): boolean {
  if (a.action !== b.action || disjointNames(a.places, b.places)) return false;
  return !a.told || !b.told || a.told === b.told || peopleAlike(a.told, b.told);
}

// "were ordered to leave", "ordered residents to leave", "urged people living nearby to stay indoors"
function verbDirective(sentence: ArticleSentence, index: number): Directive | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || token.pos !== 'VERB') return undefined;
  const strength = verbStrength.get(token.sense);
  if (!strength) return undefined;
  const passive = tokens[index - 1]?.pos === 'AUX' && tokens[index - 1]?.lemma === 'be';
  let at = index + 1;
  let told: number | undefined;
  if (!passive) {
    // The people told stand between the verb and "to": "ordered residents of Glen Park to leave".
    for (; at < tokens.length && at - index <= 8 && tokens[at]?.lower !== 'to'; at += 1) {
      const word = tokens[at];
      if (!word || word.pos === 'PUNCT' || word.pos === 'AUX') break;
      if (told === undefined && (word.pos === 'NOUN' || word.pos === 'PROPN')) told = at;
    }
    if (told === undefined) return undefined;
  } else {
    told = headBeforeWith(tokens, subjectOf(tokens, index));
  }
  // Only a common noun says who was told ("residents", "workers"); a place before the verb is not them.
  const whoTold = told === undefined || tokens[told]?.pos !== 'NOUN' ? undefined : tokens[told];
  // "were ordered out", "an evacuation was ordered", "ordered the evacuation of the valley": leaving, no "to".
  const leavingNamed =
    (passive && ['out', 'away'].includes(tokens[index + 1]?.lower ?? '')) || leaving.has(whoTold?.sense ?? '');
  if (leavingNamed && tokens[at]?.lower !== 'to') {
    return {
      sentence,
      action: leave,
      actionText: 'leave',
      ...(whoTold?.sense && !leaving.has(whoTold.sense) ? { told: whoTold.sense } : {}),
      strength,
      cue: token.text,
      places: placesIn(sentence),
    };
  }
  if (tokens[at]?.lower !== 'to') return undefined;
  const action = tokens[at + 1];
  if (!action || action.pos !== 'VERB' || !action.sense) return undefined;
  if (politeOrder(tokens, index, at + 1)) return undefined;
  return {
    sentence,
    action: leaving.has(action.sense) ? leave : action.sense,
    actionText: action.text,
    ...(whoTold?.sense ? { told: whoTold.sense } : {}),
    strength,
    cue: token.text,
    places: placesIn(sentence),
  };
}

// "Passengers with symptoms had been asked": those told are the passengers, not their symptoms.
function headBeforeWith(tokens: readonly Token[], noun: number | undefined): number | undefined {
  if (noun === undefined) return undefined;
  let at = noun - 1;
  while (at >= 0 && ['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '')) at -= 1;
  if (!['with', 'from', 'in', 'at', 'on'].includes(tokens[at]?.lower ?? '')) return noun;
  return tokens[at - 1]?.pos === 'NOUN' ? at - 1 : noun;
}

// "was asked to leave by the chair": a request from someone with the power to order it.
function politeOrder(tokens: readonly Token[], verb: number, action: number): boolean {
  if (tokens[verb]?.sense !== ask) return false;
  for (let at = action + 1; at < tokens.length && at - action <= 3; at += 1) {
    const word = tokens[at];
    if (!word || word.pos === 'PUNCT') return false;
    if (word.lower === 'by') return true;
  }
  return false;
}
const ask = senseFamily('ask');

// "a mandatory evacuation", "a voluntary evacuation", "an evacuation order", "an evacuation warning"
function nounDirective(sentence: ArticleSentence, index: number): Directive | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index];
  if (!token || token.pos !== 'NOUN' || !leaving.has(token.sense)) return undefined;
  const before = adjectiveStrength.get(tokens[index - 1]?.lower ?? '');
  // wink often tags "advisory" an adjective ("an evacuation advisory"); after the action it is still the noun.
  const next = tokens[index + 1];
  const after = next?.pos === 'NOUN' || next?.pos === 'ADJ' ? nounStrength.get(next.sense) : undefined;
  // "a mandatory evacuation warning" says both; trust neither.
  const strength = before && after && before !== after ? undefined : (before ?? after);
  if (!strength) return undefined;
  const cue = before ? (tokens[index - 1]?.text ?? '') : (tokens[index + 1]?.text ?? '');
  return { sentence, action: leave, actionText: 'leave', strength, cue, places: placesIn(sentence) };
}

// Verbs that make people do something whatever its strength: "forced from their homes", "told to leave".
const makingVerbs = new Set(
  [...verbStrength.keys(), ...['force', 'tell', 'drive', 'warn'].map((word) => senseFamily(word))].filter(
    (sense) => sense !== senseFamily('call'),
  ),
);
const evacuate = senseFamily('evacuate');

/**
 * What the verb at `index` made people do, as a word family: "were ordered out of their homes", "forced
 * hundreds from their homes" and "told residents to flee" are all leaving (the family of "evacuate"); "urged
 * people to stay indoors" gives "stay". For a date, the event is what people did, not that they were told to.
 */
export function directedAction(tokens: readonly Token[], index: number): { sense: string; text: string } | undefined {
  const token = tokens[index];
  if (!token || token.pos !== 'VERB' || !makingVerbs.has(token.sense)) return undefined;
  for (let at = index + 1; at < tokens.length && at - index <= 6; at += 1) {
    const word = tokens[at];
    if (!word || word.pos === 'PUNCT' || word.pos === 'AUX' || word.pos === 'VERB') return undefined;
    if (['out', 'away', 'from'].includes(word.lower)) return { sense: evacuate, text: token.text };
    if (word.lower === 'to') {
      const action = tokens[at + 1];
      if (!action || action.pos !== 'VERB' || !action.sense) return undefined;
      return { sense: leaving.has(action.sense) ? evacuate : action.sense, text: action.text };
    }
    if (!['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'PRON', 'ADP'].includes(word.pos)) return undefined;
  }
  return undefined;
}

function negated(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at -= 1) {
    const token = tokens[at];
    if (!token) break;
    if (negators.has(token.lower)) return true;
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART') break;
  }
  return false;
}

const peopleWords = new Set(
  ['people', 'resident', 'civilian', 'citizen', 'inhabitant', 'local', 'family', 'household', 'homeowner'].map((w) =>
    senseFamily(w),
  ),
);

// "Residents of Glen Park": the place, not the capitalised "Residents" a sentence opens with.
// Not the names of who said it: "..., Solvanne said" / "told The Bugle" name no place.
function placesIn(sentence: ArticleSentence): Set<string> {
  const attribution = attributionSpans(sentence);
  return namesIn(
    sentence,
    (index) => peopleWords.has(sentence.tokens[index]?.sense ?? '') || attributes(attribution, index),
  );
}

function peopleAlike(a: string, b: string): boolean {
  return peopleWords.has(a) && peopleWords.has(b);
}

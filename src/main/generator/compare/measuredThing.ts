import type { Token } from './lineTokens.ts';
import { countsPeople } from './numberUnits.ts';

// What a measure measures: "a 65-meter (213-foot) ship-to-shore crane" and "The crane was some 70 metres tall"
// both give the crane's length; "The 1,400 t crane" and "weighed some 1,200 tonnes" (said of "The crane") its
// mass. In a set about one event, the only length of the crane in each of two articles is most likely one fact,
// as the only count of firefighters is.

export interface MeasuredThing {
  /** Word family of the thing. */
  sense: string;
  /**
   * Said of it ("The crane was some 70 metres tall"), not joined to it: a joined measure may pick one of a kind
   * out ("the 10 mg dose", beside "the 20 mg dose"), a measure said of a thing only describes it.
   */
  said: boolean;
}

/**
 * The thing a measure describes: the noun its unit is joined to ("65-meter ... crane", "1,400 t crane"), else the
 * head of the sentence's subject when the measure stands in its predicate ("The crane was some 70 metres tall",
 * "The crane ... weighed about 1,400 metric tons"). Undefined when neither is a common noun.
 */
export function measuredThing(
  tokens: readonly Token[],
  valueFirst: number,
  unitLast: number,
): MeasuredThing | undefined {
  const joined = nounJoinedAfter(tokens, unitLast + 1);
  if (joined) return { sense: joined, said: false };
  const subject = subjectHead(tokens, valueFirst);
  if (!subject) return undefined;
  // "The tanker has leaked an estimated 150 tonnes of heavy fuel oil": a measure of a stuff measures the stuff, not
  // the sentence's subject.
  if (tokens[unitLast + 1]?.lower === 'of') return ofStuff(tokens, unitLast + 2);
  return { sense: subject, said: true };
}

// "65-meter (213-foot) ship-to-shore crane", "1,700-TEU feeder ship", "1,400 t crane": modifiers and hyphenated
// compounds up to the head noun.
function nounJoinedAfter(tokens: readonly Token[], from: number): string | undefined {
  let head: Token | undefined;
  for (let at = from; at < Math.min(tokens.length, from + 8); at += 1) {
    const token = tokens[at];
    if (!token) break;
    const inCompound = token.text === '-' || tokens[at - 1]?.text === '-';
    if (token.pos === 'NOUN' && token.sense) {
      head = token;
      continue;
    }
    if (inCompound || token.pos === 'ADJ') continue;
    break;
  }
  return head && !countsPeople(head.sense) ? head.sense : undefined;
}

function ofStuff(tokens: readonly Token[], from: number): MeasuredThing | undefined {
  const stuff = nounJoinedAfter(tokens, tokens[from]?.pos === 'DET' ? from + 1 : from);
  return stuff ? { sense: stuff, said: false } : undefined;
}

/** Words after a length that make it a distance from somewhere: "three miles from", "five miles away". */
export const distanceWords: ReadonlySet<string> = new Set([
  'away',
  'from',
  'off',
  'west',
  'east',
  'north',
  'south',
  'inland',
  'offshore',
  'outside',
]);

const aspects: Readonly<Record<string, string>> = {
  tall: 'height',
  high: 'height',
  height: 'height',
  long: 'length',
  length: 'length',
  wide: 'width',
  width: 'width',
  broad: 'width',
  across: 'width',
  deep: 'depth',
  depth: 'depth',
  thick: 'thickness',
  thickness: 'thickness',
};

/**
 * Which length a measure gives, when it says: "70 metres tall" and "a height of 65 m" a height, "a 60-metre-wide
 * dam" a width. Two lengths of one thing that say different aspects are two facts.
 */
export function measuredAspect(tokens: readonly Token[], valueFirst: number, unitLast: number): string | undefined {
  const after = tokens[unitLast + 1]?.text === '-' ? tokens[unitLast + 2] : tokens[unitLast + 1];
  const named = aspects[after?.lower ?? ''];
  if (named) return named;
  // "about three miles from the site", "five miles away", "1.5 nautical miles off the port", "a mile west of the
  // town": how far the thing is from somewhere, not its size.
  if (distanceWords.has(after?.lower ?? '')) return 'distance';
  // "an overall height of 65 m", "a lifting height of 45 m"
  if (tokens[valueFirst - 1]?.lower !== 'of') return undefined;
  return aspects[tokens[valueFirst - 2]?.lower ?? ''];
}

const subjectEnds = new Set(['AUX', 'VERB']);

// "The crane was ...", "The 1,400 t crane, one of six ... units on the quay, was commissioned in 2009 and has ...":
// the first noun of a sentence that opens with a determiner, when a verb follows it before the measure.
function subjectHead(tokens: readonly Token[], valueFirst: number): string | undefined {
  // A bullet or dash may open the line: "- The crane was some 70 metres tall".
  let at = 0;
  while (tokens[at]?.pos === 'PUNCT' || tokens[at]?.pos === 'SYM') at += 1;
  if (tokens[at]?.pos !== 'DET') return undefined;
  at += 1;
  while (at < valueFirst && tokens[at]?.pos !== 'NOUN') {
    if (!['ADJ', 'NUM', 'PROPN', 'PUNCT'].includes(tokens[at]?.pos ?? '')) return undefined;
    at += 1;
  }
  // "The 1,400 t crane": a unit between the figure and the noun is not the subject.
  while (tokens[at + 1]?.pos === 'NOUN' && at + 1 < valueFirst) at += 1;
  const noun = tokens[at];
  if (!noun || noun.pos !== 'NOUN' || !noun.sense || countsPeople(noun.sense)) return undefined;
  let verb = valueFirst - 1;
  while (verb > at && !subjectEnds.has(tokens[verb]?.pos ?? '')) verb -= 1;
  // "The decision, issued on Tuesday, allows the firm to build on 38 hectares", "lets the trust build on 12
  // hectares": the verb that leads to the measure has a subject of its own, so it says nothing of the decision.
  const before = tokens[verb - 1];
  const ownSubject = before?.lower === 'to' || (verb - 1 !== at && namers.has(before?.pos ?? ''));
  return verb > at && !ownSubject ? noun.sense : undefined;
}

const namers = new Set(['NOUN', 'PROPN', 'PRON']);

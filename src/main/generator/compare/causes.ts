import type { ArticleSentence, Token } from './lineTokens.ts';

// What started a fire, an explosion or a blackout, from a closed list of causes that rule each other out: lightning,
// a power line or other electrical fault, arson, a campfire, a cigarette, fireworks, a gas leak. "The fire began
// beneath a power line" and "lightning was by far the most likely ignition" name two causes of one fire. Only a
// cause stated as such counts: "investigators examine whether a power line sparked the blaze", "a possible arson
// lead", "commentators blame the power line" and "either lightning or something else" state none.

export interface CauseMention {
  sentence: ArticleSentence;
  /** The kind of event ("fire", "explosion", "outage"). */
  event: string;
  /** The cause, one of the closed list ("lightning", "power line"). */
  cause: string;
  /** The cause as written ("a Brackenridge Power line"). */
  text: string;
}

// Event words, folded to one kind each.
const events = new Map<string, string>([
  ...['fire', 'blaze', 'wildfire', 'bushfire', 'brushfire', 'inferno', 'ignition'].map((w): [string, string] => [
    w,
    'fire',
  ]),
  ...['explosion', 'blast'].map((w): [string, string] => [w, 'explosion']),
  ...['outage', 'blackout', 'power cut'].map((w): [string, string] => [w, 'outage']),
]);
// Words that say one thing brought the event about.
const causalWords = new Set([
  'start',
  'began',
  'begin',
  'begun',
  'spark',
  'ignite',
  'cause',
  'trigger',
  'ignition',
  'origin',
  'caused',
  'started',
  'sparked',
  'ignited',
  'triggered',
]);
// Words that leave the cause open, or give it as somebody else's view the article need not share.
const doubtWords = new Set([
  'whether',
  'if',
  'possible',
  'possibly',
  'may',
  'might',
  'could',
  'either',
  'blame',
  'blamed',
  'speculate',
  'rule',
  'unclear',
  'unknown',
  'not',
  "n't",
  'no',
]);
const lineWords = new Set(['power', 'powerline', 'distribution', 'transmission', 'electricity', 'electrical']);

/** The causes one sentence states for an event; none when it states two or leaves the cause open. */
export function findCauseMentions(sentence: ArticleSentence): CauseMention[] {
  const tokens = sentence.tokens;
  // "May" is also a month.
  const doubtful = tokens.some((token) => doubtWords.has(token.lower) && token.text !== 'May');
  if (doubtful || tokens.at(-1)?.text === '?') return [];
  const event = tokens.map((token) => events.get(token.lower)).find((kind) => kind !== undefined);
  if (!event || !tokens.some((token) => causalWords.has(token.lower) || causalWords.has(token.lemma))) return [];
  const found = new Map<string, { start: number; end: number }>();
  tokens.forEach((token, index) => {
    const cause = causeAt(tokens, index);
    if (cause && !found.has(cause.cause)) found.set(cause.cause, cause);
  });
  if (found.size !== 1) return [];
  const [[cause, span]] = [...found.entries()] as [[string, { start: number; end: number }]];
  return [{ sentence, event, cause, text: sentence.lineText.slice(span.start, span.end) }];
}

function causeAt(tokens: readonly Token[], index: number): { cause: string; start: number; end: number } | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const span = (first: number, last: number) => ({
    start: tokens[first]?.start ?? token.start,
    end: tokens[last]?.end ?? token.end,
  });
  // Lower case, or opening the sentence: "the Lightning Detection Network" is a name, not a strike.
  if (token.lower === 'lightning' && (token.text === 'lightning' || index === 0))
    return { cause: 'lightning', ...span(index, index) };
  if (token.lower === 'powerline' || token.lower === 'powerlines')
    return { cause: 'power line', ...span(index, index) };
  if ((token.lower === 'line' || token.lower === 'lines') && lineWords.has(tokens[index - 1]?.lower ?? '')) {
    return { cause: 'power line', ...span(index - 1, index) };
  }
  if (token.lower === 'fault' && tokens[index - 1]?.lower === 'electrical') {
    return { cause: 'power line', ...span(index - 1, index) };
  }
  if (['arson', 'arsonist', 'arsonists'].includes(token.lower)) return { cause: 'arson', ...span(index, index) };
  if (['campfire', 'bonfire'].includes(token.lower)) return { cause: 'campfire', ...span(index, index) };
  if (['cigarette', 'cigarettes'].includes(token.lower)) return { cause: 'cigarette', ...span(index, index) };
  if (['fireworks', 'firework'].includes(token.lower)) return { cause: 'fireworks', ...span(index, index) };
  if (token.lower === 'leak' && tokens[index - 1]?.lower === 'gas')
    return { cause: 'gas leak', ...span(index - 1, index) };
  return undefined;
}

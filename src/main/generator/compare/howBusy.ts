import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// How busy a place was: "The car park was largely empty at the time" against "The car park was packed with
// late-night shoppers". How many people were in harm's way is what readers judge an accident by, and tabloid and
// wire copy often tell it in opposite words. Read only where the place is the subject of "was" or "were" and the
// word is what it was ("was packed", "were almost deserted"); "a busy road" describes the road, not the moment.

export type Busyness = 'empty' | 'busy';

export interface BusyMention {
  sentence: ArticleSentence;
  busyness: Busyness;
  /** Word family of the place ("park"). */
  place: string;
  start: number;
  end: number;
}

const words: Readonly<Record<string, Busyness>> = {
  empty: 'empty',
  deserted: 'empty',
  quiet: 'empty',
  packed: 'busy',
  crowded: 'busy',
  busy: 'busy',
  full: 'busy',
  heaving: 'busy',
  rammed: 'busy',
  thronged: 'busy',
};
// "largely empty", "almost deserted", "very busy": words that grade the state and may stand before it.
const graders = new Set(['largely', 'mostly', 'almost', 'nearly', 'virtually', 'practically', 'very', 'fairly']);
const doubtWords = new Set(['not', "n't", 'never', 'would', 'could', 'may', 'might', 'usually', 'normally']);

/** The state one sentence gives a place at the time; none when it gives both or doubts it. */
export function findBusyMentions(sentence: ArticleSentence): BusyMention[] {
  const tokens = sentence.tokens;
  const found: BusyMention[] = [];
  tokens.forEach((token, index) => {
    const busyness = words[token.lower];
    if (!busyness || token.pos === 'NOUN') return;
    let be = index - 1;
    while (graders.has(tokens[be]?.lower ?? '')) be -= 1;
    const verb = tokens[be];
    if (verb?.lower !== 'was' && verb?.lower !== 'were') return;
    const place = tokens[be - 1];
    if (!place || place.pos !== 'NOUN' || !place.sense) return;
    if (tokens.slice(Math.max(0, be - 6), index).some((word) => doubtWords.has(word.lower))) return;
    // "The car park": the whole name of the place, with its article.
    let first = be - 1;
    while (tokens[first - 1]?.pos === 'NOUN') first -= 1;
    if (tokens[first - 1]?.pos === 'DET') first -= 1;
    found.push({ sentence, busyness, place: place.sense, start: tokens[first]?.start ?? place.start, end: token.end });
  });
  return oneSided(found, (mention) => mention.busyness);
}

/** One place told as nearly empty by one article and busy by another. */
export function findBusyFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findBusyMentions,
    about: (mention) => mention.place,
    choice: (mention) => mention.busyness,
    describe: () => 'How busy the place was at the time',
    textOf: markedWords,
    reasonsFor: (a, b) => ['one place', `${a.busyness} / ${b.busyness}`],
  });
}

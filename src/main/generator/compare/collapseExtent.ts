import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// How much of a structure fell: "Part of the top deck has collapsed", "the stand partially collapsed" against "the
// entire top floor caved in", "the whole roof gave way". Readers picture two different disasters, and outlets that
// lead with the dramatic version often say "entire" where the others say "part". The words of extent are read in
// the clause of the verb of collapsing; a doubt ("may collapse", "did not collapse") answers nothing, and a sentence
// that says both takes no side.

export type Extent = 'part' | 'whole';

export interface CollapseExtent {
  sentence: ArticleSentence;
  extent: Extent;
  /** Where the words of the extent and the collapse stand in the line: "part of a stage roof gave way". */
  start: number;
  end: number;
}

const collapseVerbs = new Set(['collapse', 'collapsed', 'collapses', 'collapsing']);
// "caved in", "gave way", "came (crashing) down": a verb and a word right after it, or one word further on.
const collapsePairs: Readonly<Record<string, string>> = { cave: 'in', give: 'way', come: 'down' };
const partWords = new Set(['part', 'parts', 'section', 'sections', 'portion', 'partially', 'partly', 'partial']);
const wholeWords = new Set(['entire', 'whole', 'completely', 'entirely', 'totally', 'total', 'complete']);
const doubtWords = new Set(['not', "n't", 'never', 'may', 'might', 'could', 'whether', 'if', 'risk', 'feared']);
// A clause that opens here holds no words of the collapse's extent from before it.
const clauseOpeners = new Set(['when', 'after', 'as', 'while', 'before', 'because', 'which', 'that', 'and', 'but']);
const reach = 25;

/** The extent one sentence gives a collapse; none when it gives both or doubts the collapse. */
export function findCollapseExtents(sentence: ArticleSentence): CollapseExtent[] {
  const tokens = sentence.tokens;
  const found: CollapseExtent[] = [];
  tokens.forEach((_, index) => {
    const last = collapseEndsAt(tokens, index);
    if (last === undefined) return;
    const clause = clauseBefore(tokens, index);
    if (clause.some((token) => doubtWords.has(token.lower))) return;
    // "collapsed completely": an adverb of extent right after the collapse.
    const next = tokens[last + 1];
    const words = next?.pos === 'ADV' ? [...clause, next] : clause;
    const part = words.find((token) => partWords.has(token.lower));
    // "A total of 12 homes collapsed" counts the homes; it says nothing of how much of each fell.
    const whole = words.find(
      (token, at) => wholeWords.has(token.lower) && !(token.lower === 'total' && words[at + 1]?.lower === 'of'),
    );
    const [extent, word] = part ? (['part', part] as const) : whole ? (['whole', whole] as const) : [];
    if (!extent || !word || (part && whole)) return;
    if (word === next) {
      found.push({ sentence, extent, start: tokens[index]?.start ?? next.start, end: next.end });
      return;
    }
    // "the entire canopy": the article before the word of extent is part of the phrase.
    const before = tokens[tokens.indexOf(word) - 1];
    const start = extent === 'whole' && before?.pos === 'DET' ? before.start : word.start;
    found.push({ sentence, extent, start, end: tokens[last]?.end ?? word.end });
  });
  return oneSided(found, (mention) => mention.extent);
}

// The last word of a collapse that starts at `index`: "collapsed", "caved in", "came crashing down".
function collapseEndsAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (collapseVerbs.has(token.lower)) return index;
  const after = collapsePairs[token.lemma];
  if (token.pos !== 'VERB' || after === undefined) return undefined;
  if (tokens[index + 1]?.lower === after) return index + 1;
  return tokens[index + 2]?.lower === after && tokens[index + 1]?.pos === 'VERB' ? index + 2 : undefined;
}

// The words from the opening of the verb's clause up to the verb: "when part of the upper deck ... collapsed".
function clauseBefore(tokens: readonly Token[], verb: number): Token[] {
  let start = verb;
  while (start > Math.max(0, verb - reach)) {
    const previous = tokens[start - 1];
    if (!previous || previous.text === ';' || previous.text === ':' || clauseOpeners.has(previous.lower)) break;
    start -= 1;
  }
  return tokens.slice(start, verb);
}

/** One collapse told as partial by one article and total by another. */
export function findCollapseExtentFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findCollapseExtents,
    about: () => 'collapse',
    choice: (mention) => mention.extent,
    describe: () => 'How much of the structure collapsed, part of it or all of it',
    textOf: markedWords,
    reasonsFor: (a, b) => ['one collapse', `${a.extent} / ${b.extent}`],
  });
}

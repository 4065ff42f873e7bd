import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleLine } from './articleText.ts';

// The compare and evidence finders both read every article line with wink: its words, their parts of speech,
// lemmas and sentence bounds. Reading a line once for both saves a whole pass of the NLP engine, which is most of
// the generator's floor. A line read from the set is kept with the line itself, so the memory goes with the set.

export interface LineDoc {
  values: string[];
  spaces: string[];
  lemmas: string[];
  tags: string[];
  kinds: string[];
  negations: boolean[];
  /** First and last token index of each sentence, as wink bounds them. */
  sentences: [number, number][];
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The one wink engine of the generator: sentences, parts of speech and negation; no entities or sentiment. */
export function winkEngine(): ReturnType<typeof winkNLP> {
  nlp ??= newEngine();
  return nlp;
}

/**
 * Starts a set on an engine that has read nothing. wink adds every word it meets to its vocabulary, and splits a
 * word it has not met differently from one it has: "the jeweller's was hurt" gives "jeweller" and "'s" until "a
 * jeweller's." has been read, and one token after. Without a fresh engine a set would read differently the second
 * time, or after another set.
 */
export function startFreshEngine(): void {
  nlp = newEngine();
}

function newEngine(): ReturnType<typeof winkNLP> {
  return winkNLP(steadyModel, ['sbd', 'pos', 'negation']);
}

// The model's loader of its custom-entity machines turns them to JSON in place, so each engine made from it would
// stringify the text the last one left: each takes twice as long as the one before, and the 21st fails with
// "Invalid string length". The first load serves all.
const loaders = model as typeof model & { metaCER: () => unknown };
let customEntityMachines: unknown;
const steadyModel: typeof model = { ...model, metaCER: () => (customEntityMachines ??= loaders.metaCER()) };

const docs = new WeakMap<ArticleLine, LineDoc>();

/** wink's reading of a line: of an article's line once per set, of any other text each time it is asked. */
export function lineDoc(line: ArticleLine | string): LineDoc {
  if (typeof line === 'string') return readDoc(line);
  let doc = docs.get(line);
  if (!doc) {
    doc = readDoc(line.text);
    docs.set(line, doc);
  }
  return doc;
}

function readDoc(text: string): LineDoc {
  const engine = winkEngine();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  const sentences: [number, number][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    sentences.push(sentence.out(its.span) as unknown as [number, number]);
  });
  return {
    values: tokens.out() as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    // wink's type for its.lemma lags behind its runtime signature.
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
    tags: tokens.out(its.pos) as string[],
    kinds: tokens.out(its.type) as string[],
    negations: tokens.out(its.negationFlag) as unknown as boolean[],
    sentences,
  };
}

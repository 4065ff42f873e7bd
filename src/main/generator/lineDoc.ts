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
  nlp ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return nlp;
}

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

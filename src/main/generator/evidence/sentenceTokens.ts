import type { ItsFunction } from 'wink-nlp';
import type { ArticleLine, Sentence } from '../articleText.ts';
import { lineDoc, winkEngine } from '../lineDoc.ts';
import type { ArticleSpelling } from './articleSpelling.ts';
import { quotedRanges } from './quotations.ts';

// The evidence rules read words, their part of speech and lemma, and whether they stand in a quotation. One wink
// pass per line, shared with the compare finder (`lineDoc.ts`), gives all of that and the sentence boundaries.

export interface Token {
  /** Position in the sentence's token list. */
  index: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal part of speech from wink (NOUN, PROPN, VERB, AUX, ADJ, ADV, DET, ADP, PART, PRON, PUNCT...). */
  pos: string;
  /** Offsets into the sentence's text. */
  start: number;
  end: number;
  quoted: boolean;
  /** The dictionary forms the word may stand for: its lemma, itself, and itself without a plain ending. */
  forms: readonly string[];
}

export interface EvidenceSentence extends Sentence {
  tokens: Token[];
  /** 0-based position of the sentence within its line. */
  order: number;
  /** How the whole article writes its words, set by the finder before the rules read the sentence. */
  spelling?: ArticleSpelling;
}

/** wink numbers the words of its lexicon first; a word it has never seen gets a number past the last of them. */
let lexiconSize: number | undefined;
// The generator's one engine (`lineDoc.ts`): the lines it reads for the compare finder are read once for both.
function engine(): ReturnType<typeof winkEngine> {
  const nlp = winkEngine();
  lexiconSize ??= Number(nlp.readDoc('qzxqvjkqzx').tokens().out(nlp.its.uniqueId)[0]);
  return nlp;
}

// wink lemmatises well, but a capitalised word it takes for a name ("The U.S. Alleged on Wednesday", "Officials
// said") keeps its inflection, so a word also stands for what a plain English ending taken off leaves.
const endings: readonly [string, string][] = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
];

// By word, then by lemma: a key joined from the two would be a new string to build and hash for every token.
const formsByWord = new Map<string, Map<string, readonly string[]>>();
let formsKept = 0;

function dictionaryForms(lower: string, lemma: string): readonly string[] {
  let byLemma = formsByWord.get(lower);
  let forms = byLemma?.get(lemma);
  if (!forms) {
    const found = lemma === lower ? [lower] : [lemma, lower];
    for (const [ending, replacement] of endings) {
      if (lower.length > ending.length + 2 && lower.endsWith(ending))
        found.push(lower.slice(0, -ending.length) + replacement);
    }
    forms = found;
    // Bounded so a long-running app reading many sets does not grow the table without end.
    if (formsKept < 200_000) {
      if (!byLemma) {
        byLemma = new Map();
        formsByWord.set(lower, byLemma);
      }
      byLemma.set(lemma, forms);
      formsKept += 1;
    }
  }
  return forms;
}

const commonWords = new Map<string, boolean>();

/**
 * Is this an everyday English word ("health", "intelligence") rather than a name ("Pentagon", "Reuters")?
 * Needed for the first word of a sentence, where every word is capitalised and wink tags many as names.
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  let common = commonWords.get(lower);
  if (common === undefined) {
    const { its } = engine();
    const doc = engine().readDoc(lower);
    const known = Number(doc.tokens().out(its.uniqueId)[0]) < (lexiconSize ?? 0);
    common = known && doc.tokens().length() === 1 && doc.tokens().out(its.pos)[0] !== 'PROPN';
    commonWords.set(lower, common);
  }
  return common;
}

const pluralNouns = new Map<string, boolean>();

/**
 * Is this a plural common noun ("Engineers", "residents") rather than a name ("Brussels", "Reuters")? wink tags
 * every capitalised first word a name and keeps its inflection, so such a word is read again in lower case. A
 * surname that is also a plural ("Banks", "Waters") passes for one; the article's spelling of it elsewhere
 * (articleSpelling.ts) is asked first.
 */
export function isPluralNoun(token: Token): boolean {
  if (token.pos === 'NOUN') return token.lemma !== token.lower;
  let plural = pluralNouns.get(token.lower);
  if (plural === undefined) {
    const { its } = engine();
    const tokens = engine().readDoc(token.lower).tokens();
    const lemma = tokens.out(its.lemma as unknown as ItsFunction<string>)[0];
    // wink's lemmatiser knows plurals of words its lexicon lacks ("meteorologists") and leaves names alone
    // ("Reuters", "Hales").
    plural = tokens.length() === 1 && tokens.out(its.pos)[0] === 'NOUN' && lemma !== undefined && lemma !== token.lower;
    pluralNouns.set(token.lower, plural);
  }
  return plural;
}

export function readEvidenceSentences(line: ArticleLine): EvidenceSentence[] {
  const { values, tags: pos, lemmas, sentences: spans } = lineDoc(line);
  const quotes = quotedRanges(line.text);
  // Tokens come in order and the quotations are sorted, so one pointer walks both.
  let quote = 0;
  const inQuotation = (offset: number): boolean => {
    while (quote < quotes.length && (quotes[quote]?.end ?? 0) <= offset) quote++;
    const range = quotes[quote];
    return range !== undefined && offset >= range.start;
  };

  // wink keeps every character of the text in its tokens, in order, so each token is found after the previous one.
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = line.text.indexOf(value, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = (at < 0 ? cursor : at) + value.length;
  }

  const sentences: EvidenceSentence[] = [];
  for (const [first, last] of spans) {
    const start = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (values[last] ?? '').length;
    const text = line.text.slice(start, end);
    if (text.trim() === '') continue;
    const sentenceTokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? '';
      const at = (starts[i] ?? 0) - start;
      const lower = value.toLowerCase();
      const lemma = (lemmas[i] ?? value).toLowerCase();
      sentenceTokens.push({
        index: i - first,
        text: value,
        lower,
        lemma,
        forms: dictionaryForms(lower, lemma),
        pos: pos[i] ?? 'X',
        start: at,
        end: at + value.length,
        quoted: inQuotation(starts[i] ?? 0),
      });
    }
    sentences.push({
      file: line.file,
      line: line.line,
      text,
      start,
      end,
      tokens: sentenceTokens,
      order: sentences.length,
    });
  }
  return sentences;
}

import type { ArticleSentence } from './lineTokens.ts';
import { findTitledNames } from './nameMentions.ts';

// Who the set names as people: anyone given a title ("Opposition leader Peter Jones", "Mr Lund") or an age
// ("Smith, 54,"). Two figures said of two different people ("Smith won 52%", "Jones trailed with 46%") are not
// one fact, however alike their sentences are.

// The figures and the dates of one set both ask; the names are read once per set.
const known = new WeakMap<readonly ArticleSentence[], Set<string>>();

/** Lower-case words of the names of people in the set ("anna", "smith", "peter", "jones"). */
export function peopleOfSet(sentences: readonly ArticleSentence[]): Set<string> {
  const cached = known.get(sentences);
  if (cached) return cached;
  const names = readPeople(sentences);
  known.set(sentences, names);
  return names;
}

function readPeople(sentences: readonly ArticleSentence[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const mention of findTitledNames(sentence)) for (const word of mention.nameWords) names.add(word);
    const tokens = sentence.tokens;
    tokens.forEach((token, index) => {
      // "Smith, 54," / "Tom Reed, 52,"
      if (
        token.pos === 'PROPN' &&
        tokens[index + 1]?.text === ',' &&
        /^\d{1,3}$/.test(tokens[index + 2]?.text ?? '') &&
        tokens[index + 3]?.text === ','
      ) {
        names.add(token.lower);
      }
    });
  }
  return names;
}

/** The people of the set a sentence names. */
export function peopleIn(
  sentence: ArticleSentence,
  people: ReadonlySet<string>,
  skip: (index: number) => boolean = () => false,
): Set<string> {
  const named = new Set<string>();
  for (const [index, token] of sentence.tokens.entries()) {
    if (token.pos === 'PROPN' && people.has(token.lower) && !skip(index)) named.add(token.lower);
  }
  return named;
}

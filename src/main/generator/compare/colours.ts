import type { ArticleSentence, Token } from './lineTokens.ts';
import type { AttributeMention } from './attributeFacts.ts';
import { colourRows } from './frameFillers.ts';

// The colour of a thing, as witnesses and police give it: "a dark grey Audi estate", "the black Audi getaway car",
// "a silver van", "a man in a red jacket". The thing is the first noun after the colour, so "the black Audi" and "a
// grey Audi" are one car told in two colours. A shade ("dark grey", "light blue") is the colour itself: "dark grey"
// and "grey" agree. A colour in a name ("the Black Sea", "the Green Party") or in a set phrase ("red tape", "the
// green light") is no colour of a thing.

// The colours a frame may be filled with (`frameFillers.ts`), and those a car or a coat is more often given. Amber
// is a level of warning ("an amber heat-health alert"), which `warningLevels.ts` compares.
const colourWords: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    colourRows.flatMap((row) => row.filter((word) => word !== 'amber').map((word) => [word, row[0] as string])),
  ),
  silver: 'silver',
  navy: 'blue',
  maroon: 'red',
  beige: 'beige',
  cream: 'cream',
  turquoise: 'turquoise',
};
const shades = new Set(['dark', 'light', 'pale', 'bright', 'deep', 'metallic']);
// Nouns a colour makes a set phrase of, which tell nothing of a colour.
const setPhrases = new Set([
  'tape',
  'light',
  'lights',
  'card',
  'cards',
  'paper',
  'market',
  'area',
  'belt',
  'carpet',
  'flag',
  'list',
  'line',
  'lines',
  'chip',
  'collar',
  'box',
  'hole',
  'alert',
  'warning',
  'wine',
  'meat',
  'matter',
  'space',
  'zone',
]);

/** Each colour a sentence gives a thing, with the thing it describes. */
export function findColours(sentence: ArticleSentence): AttributeMention[] {
  const tokens = sentence.tokens;
  const found: AttributeMention[] = [];
  tokens.forEach((token, at) => {
    const colour = colourWords[token.lower];
    // A capital past the sentence's first word makes a name: "the Black Sea".
    if (!colour || (at > 0 && token.text !== token.lower)) return;
    const thing = thingAfter(tokens, at + 1);
    if (thing === undefined) return;
    const first = shades.has(tokens[at - 1]?.lower ?? '') ? at - 1 : at;
    found.push({
      sentence,
      attribute: 'colour',
      thing: tokens[thing]?.sense ?? '',
      values: [colour],
      words: sentence.lineText.slice(tokens[first]?.start ?? token.start, tokens[lastNoun(tokens, thing)]?.end),
    });
  });
  return found;
}

// The noun the colour stands before: "grey Audi", "black Audi getaway car", not "red tape" or "the lights were red".
function thingAfter(tokens: readonly Token[], at: number): number | undefined {
  const next = tokens[at];
  if (!next || !isNoun(next) || !next.sense || setPhrases.has(next.lower)) return undefined;
  return at;
}

function lastNoun(tokens: readonly Token[], at: number): number {
  let last = at;
  while (tokens[last + 1] && isNoun(tokens[last + 1] as Token)) last += 1;
  return last;
}

// wink tags the "Ford" of "a white Ford Transit" a verb: a capitalised word after a colour is a make or a name.
function isNoun(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text);
}

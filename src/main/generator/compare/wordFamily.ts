import model from 'wink-eng-lite-web-model';
import { eng } from 'stopword';
import { synonymGroups } from './newsSynonyms.ts';

// Two outlets rarely use the same inflection or spelling: "Russian"/"Russia", "ideologised"/"ideologized",
// "troops"/"troop". Context is compared by word family: spelling made American, Porter stem, first six letters.

const porterStem = model.addons.stem as (word: string) => string;
const stopwords = new Set(eng);
const families = new Map<string, string>();

/** The family of one word: "Russian" and "Russia" give "russia", "allied" and "allies" give "alli". */
export function wordFamily(word: string): string {
  const known = families.get(word);
  if (known !== undefined) return known;
  const plain = americanSpelling(word.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s?$/, '').replace(/\./g, ''));
  const family = porterStem(plain).slice(0, 6);
  families.set(word, family);
  return family;
}

/** The family after folding near-synonyms used by news writers ("fields"/"areas", "troops"/"soldiers"). */
export function senseFamily(word: string): string {
  const family = wordFamily(word);
  senses ??= foldSynonyms();
  return senses.get(family) ?? family;
}

let senses: Map<string, string> | undefined;
function foldSynonyms(): Map<string, string> {
  const folded = new Map<string, string>();
  for (const group of synonymGroups) {
    const head = wordFamily(group[0] ?? '');
    for (const word of group) folded.set(wordFamily(word), head);
  }
  return folded;
}

// Words the stopword list lacks. Hedges and the prepositions of nearness say how close, not what: "Nearly 260,000
// homes" and "the substation near Millbridge" share no fact (the list keeps "about" and "over" but not these). And
// "its", which the list leaves out though it has "their" and "his".
const moreStopwords = new Set([
  'nearly',
  'near',
  'almost',
  'roughly',
  'approximately',
  'around',
  'just',
  'shortly',
  'its',
  "it's",
]);

/** Function words carry no fact; "US" written in capitals is a country, not the pronoun. */
export function isStopword(word: string): boolean {
  if (/^[A-Z][A-Z.]+$/.test(word)) return false;
  const lower = word.toLowerCase().replace(/[’‘]/g, "'");
  return stopwords.has(lower) || moreStopwords.has(lower);
}

/** British and American spellings of one word must meet: -ise/-ize, -our/-or, -tre/-ter, -ence/-ense. */
export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/our(s|ed|ing|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ence$/, 'ense');
}

import type { ArticleSentence, Token } from './lineTokens.ts';
import { isCalendarWord } from '../calendarWords.ts';
import { isNumberWord } from './numberWords.ts';

// Sharing "Russia" means little in a set about Russia; sharing "amassed" or "border" means a lot. A word's weight
// falls with the share of the set's sentences that use it, so thresholds hold for 5 articles and for 1,000.

export type SenseWeight = (sense: string) => number;

/** Weights of word families from how many sentences of the set use them. */
export function senseWeights(sentences: ArticleSentence[]): SenseWeight {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const seen = new Set<string>();
    for (const token of sentence.tokens) if (token.sense) seen.add(token.sense);
    for (const sense of seen) counts.set(sense, (counts.get(sense) ?? 0) + 1);
  }
  const total = Math.max(sentences.length, 1);
  const scale = Math.log(Math.max(total, 20));
  return (sense) => {
    const count = counts.get(sense) ?? 1;
    return Math.min(1, Math.max(0.05, Math.log(total / count) / scale + 0.1));
  };
}

/** Word families of a sentence other than the tokens `skip` says are the value itself. */
export function contextSenses(sentence: ArticleSentence, skip: (index: number) => boolean = () => false): Set<string> {
  const senses = new Set<string>();
  sentence.tokens.forEach((token, index) => {
    if (skip(index)) return;
    if (!token.sense || token.pos === 'NUM' || isCalendarWord(token.lower)) return;
    senses.add(token.sense);
  });
  return senses;
}

/** Word families within `reach` tokens either side of a span. */
export function nearbySenses(sentence: ArticleSentence, first: number, last: number, reach = 6): Set<string> {
  const senses = new Set<string>();
  const tokens = sentence.tokens;
  const walk = (step: -1 | 1): void => {
    // "Nordhalm Bank (NHB.CS) gained 2.4%": a bracketed aside is passed over; the words around it are beside.
    const [opening, closing] = step < 0 ? [')', '('] : ['(', ')'];
    let taken = 0;
    for (let at = (step < 0 ? first : last) + step; taken < reach; at += step) {
      const token = tokens[at];
      if (!token) return;
      if (token.text === opening) {
        while (tokens[at] && tokens[at]?.text !== closing) at += step;
        continue;
      }
      // "with 35 per cent, or roughly 300 homes, to be affordable": the figure told again is an aside too.
      if (step > 0 && token.text === ',' && tokens[at + 1]?.lower === 'or' && restatesFigure(tokens, at + 2)) {
        at += 2;
        while (tokens[at] && tokens[at]?.text !== ',') at += 1;
        continue;
      }
      if (token.sense && token.pos !== 'NUM' && !isCalendarWord(token.lower)) senses.add(token.sense);
      taken += 1;
    }
  };
  walk(-1);
  walk(1);
  return senses;
}

// ", or roughly 300 homes,": an aside of a few words around a figure, closed by a comma.
function restatesFigure(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + 6; at += 1) {
    const token = tokens[at];
    if (!token) return false;
    if (token.text === ',') return tokens.slice(from, at).some((inside) => inside.pos === 'NUM');
  }
  return false;
}

/** Total weight of the families two contexts share. */
export function sharedTotal(a: Set<string>, b: Set<string>, weight: SenseWeight): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const sense of small) if (large.has(sense)) total += weight(sense);
  return total;
}

/** Total weight of the families two contexts share, with the shared families for the reasons. */
export function sharedWeight(a: Set<string>, b: Set<string>, weight: SenseWeight): { total: number; shared: string[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared: string[] = [];
  let total = 0;
  for (const sense of small) {
    if (!large.has(sense)) continue;
    shared.push(sense);
    total += weight(sense);
  }
  return { total, shared };
}

/** Word families of the proper nouns in a sentence (not weekdays or months), other than the tokens `skip` says. */
export function namesIn(sentence: ArticleSentence, skip: (index: number) => boolean = () => false): Set<string> {
  const names = new Set<string>();
  sentence.tokens.forEach((token, index) => {
    if (skip(index) || token.pos !== 'PROPN' || !token.sense || isCalendarWord(token.lower)) return;
    // "Seventeen people were hurt": a number word opening a sentence is tagged as a name, but names no one.
    if (isNumberWord(token.lower)) return;
    // "VELA-III", "Artemis II": the numeral names which one of a series; the stem before it names the series.
    if (romanNumeral.test(token.text)) return;
    names.add(token.sense);
  });
  return names;
}

const romanNumeral = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/** Words either side of a mention within which a name tells what it is said of ("in Harl", "of Aegeas"). */
const nameReach = 6;

/**
 * The names within a few words of tokens `first` to `last`: "was carrying about 38,000 tonnes of diesel to Limerick"
 * names Limerick for the figure, while "The Greek-owned Thessaly Venture ... hit the Hollow Stones late on Thursday
 * night with 40,000 tonnes" names the ship and the reef for the rest of the sentence.
 */
export function namesNear(
  sentence: ArticleSentence,
  first: number,
  last: number,
  skip: (index: number) => boolean,
): Set<string> {
  return namesIn(sentence, (index) => skip(index) || index < first - nameReach || index > last + nameReach);
}

/** Whether two sets share nothing while neither is empty: "India's lander" against "Russia's Luna-25". */
export function disjointNames(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const name of a) if (b.has(name)) return false;
  return true;
}

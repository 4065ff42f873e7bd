import { hyphenJoins, type Token } from './lineTokens.ts';

// Who gives a figure, and figures that lean on the one before: "Police estimated the crowd at about 1,200 people.
// Organisers put the figure at 2,500." The noun before a verb of saying or estimating is the source, never what
// is counted; "the figure" stands for what the figure before it counted.

const estimateVerbs = new Set([
  'say',
  'tell',
  'claim',
  'estimate',
  'reckon',
  'put',
  'believe',
  'think',
  'insist',
  'suggest',
  'calculate',
  'guess',
  'count',
  'report',
]);
const contrastWords = new Set(['versus', 'vs', 'vs.', 'against', 'compared']);
const placeholders = new Set(['figure', 'number', 'total', 'estimate', 'count', 'tally']);

/** A verb that gives a figure as someone's word: "said", "estimated", "put (the figure at)", "reckon". */
export function isEstimateVerb(token: Token): boolean {
  return token.pos === 'VERB' && estimateVerbs.has(token.lemma);
}

/** A noun that stands for a figure, not for what it counts: "the figure", "the total". */
export function isPlaceholder(lower: string): boolean {
  return placeholders.has(lower);
}

/**
 * Whether a bare figure is given by a source ("Organisers put the figure at 2,500", "Cops claimed there were only
 * 1,000") or, after another figure of its sentence, set against it ("by 4.1, versus 1.6 on placebo", "120 this
 * year, against 150").
 */
export function givenAfterOther(tokens: readonly Token[], valueFirst: number, otherInSentence: boolean): boolean {
  const previous = tokens[valueFirst - 1]?.lower ?? '';
  const comparing = previous === 'with' || previous === 'to' ? tokens[valueFirst - 2]?.lower : previous;
  if (otherInSentence && contrastWords.has(comparing ?? '')) return true;
  for (let at = valueFirst - 1; at >= 0 && at >= valueFirst - 10; at -= 1) {
    const token = tokens[at];
    if (!token || (token.pos === 'PUNCT' && token.text !== ',')) return false;
    if (isEstimateVerb(token)) return true;
  }
  return false;
}

/**
 * Whether a bare figure ending its clause after "with" or "by" leaves its unit to the figure before it: "Castellane
 * won with 41,207 votes; Brennan-Shaw was third with 13,260.", "She had been ahead by just 87.", "The home side led
 * 3 goals to 1 at the break and won by 2.", "Sales rose by 4,000 units in May, and by 3,100 in June." A figure that a
 * noun follows counts that noun instead.
 */
export function elidedAfterOther(tokens: readonly Token[], valueFirst: number, valueLast: number): boolean {
  // "by just 87", "with only 900": an adverb may stand between.
  const lead = tokens[valueFirst - 1]?.pos === 'ADV' ? valueFirst - 2 : valueFirst - 1;
  const previous = tokens[lead]?.lower ?? '';
  if (previous !== 'with' && previous !== 'by') return false;
  const next = tokens[valueLast + 1];
  return next === undefined || (next.pos === 'PUNCT' && next.text !== '-' && next.text !== '%');
}

/**
 * Who gives a figure, as word families: the heads of the nouns before the verb of saying or estimating that leads
 * to it ("Harwick Police estimated the crowd at about 1,200": police; "Organisers said more than 3,000":
 * organisers). Empty when no such verb leads to it.
 */
export function givenBy(tokens: readonly Token[], valueFirst: number): Set<string> {
  const source = new Set<string>();
  const span = sourceSpan(tokens, valueFirst);
  if (!span) return source;
  // The head of each noun phrase: "Harwick Police" is the police, "the Save Harwick Libraries lot" the lot.
  const nounish = (token: Token | undefined): boolean => token?.pos === 'NOUN' || token?.pos === 'PROPN';
  for (let at = span.from; at < span.verb; at += 1) {
    const token = tokens[at];
    if (token && nounish(token) && token.sense && (at + 1 === span.verb || !nounish(tokens[at + 1]))) {
      source.add(token.sense);
    }
  }
  return source;
}

// Far enough for "put the cost of clearing and stabilising the slope at about 4.5 million euros".
const sourceReach = 12;

/**
 * Where the words of who gives a figure stand: from the first word of the noun phrase before the verb of saying
 * or estimating that leads to the figure, up to that verb. Undefined when no such verb leads to it.
 */
export function sourceSpan(tokens: readonly Token[], valueFirst: number): { from: number; verb: number } | undefined {
  let verb = valueFirst - 1;
  while (verb >= 0 && valueFirst - verb <= sourceReach) {
    const token = tokens[verb];
    // The hyphen inside "clean-up" is part of a word, not a break in the clause.
    if (!token || (token.pos === 'PUNCT' && token.text !== ',' && !hyphenJoins(tokens, verb))) return undefined;
    if (isEstimateVerb(token)) break;
    verb -= 1;
  }
  if (verb < 0 || valueFirst - verb > sourceReach) return undefined;
  let from = verb;
  for (let at = verb - 1; at >= 0 && verb - at <= 8; at -= 1) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') break;
    from = at;
  }
  return { from, verb };
}

// Words after which a clause starts: a figure there may be its subject.
const clauseOpeners = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas']);

/**
 * Whether a bare figure opens its clause as the subject of a passive ("Twenty-six were refloated on the afternoon
 * tide", "and 26 were refloated", "12 have since been rehomed"): it counts what the article counted last.
 */
export function subjectOfPassive(tokens: readonly Token[], valueFirst: number, valueLast: number): boolean {
  const before = tokens[valueFirst - 1];
  if (before && !clauseOpeners.has(before.lower)) return false;
  let at = valueLast + 1;
  let passive = false;
  while (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'ADV') {
    if (tokens[at]?.lemma === 'be') passive = true;
    at += 1;
  }
  const verb = tokens[at];
  return passive && verb?.pos === 'VERB' && /(?:ed|en|wn)$/.test(verb.lower);
}

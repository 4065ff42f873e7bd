import type { ArticleSentence, Token } from './lineTokens.ts';

// What a party said it will do about a verdict, a ruling or a result: challenge it ("we will appeal", "plans to
// appeal", "vowed to contest the result"), accept it ("will not appeal", "accepts the ruling"), or not yet say
// ("will study the judgment carefully before deciding on next steps", "is considering an appeal", "has not decided
// whether to appeal"). One speaker at one time takes one of the three. Read with the person the sentence names, so
// the prosecution's plans and the defence's are not compared.

export type Response = 'challenge' | 'accept' | 'undecided';

export interface ResponseMention {
  sentence: ArticleSentence;
  /** The person the sentence names (surname, lower case), and the name as written. */
  person: string;
  name: string;
  response: Response;
}

const challengeVerbs = new Set(['appeal', 'challenge', 'contest']);
const futureWords = new Set(['will', 'would', "'ll", 'shall']);
const intendingVerbs = new Set(['plan', 'intend', 'vow', 'pledge', 'promise', 'decide', 'aim']);
const negators = new Set(['not', "n't", 'never']);
const rulings = new Set(['verdict', 'ruling', 'judgment', 'judgement', 'decision', 'result', 'outcome', 'sentence']);
// A response only forecast by someone else states none.
const hedges = new Set(['likely', 'may', 'might', 'could', 'expected', 'if', 'unlikely', 'possibly', 'probably']);

/** The response one sentence gives, with the person it names; none without a named person or with two responses. */
export function findResponseMentions(sentence: ArticleSentence): ResponseMention[] {
  const tokens = sentence.tokens;
  if (tokens.at(-1)?.text === '?' || tokens.some((token) => hedges.has(token.lower) && token.text !== 'May')) {
    return [];
  }
  const responses = new Set<Response>();
  tokens.forEach((_, index) => {
    const response = responseAt(tokens, index);
    if (response) responses.add(response);
  });
  if (responses.size !== 1) return [];
  const person = namedPerson(tokens);
  if (!person) return [];
  return [{ sentence, ...person, response: [...responses][0] as Response }];
}

function responseAt(tokens: readonly Token[], index: number): Response | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const before = tokens[index - 1]?.lower ?? '';
  if (challengeVerbs.has(token.lower)) {
    // "will appeal", "will not appeal", "won't appeal"
    const negated = negators.has(before);
    const modal = tokens[negated ? index - 2 : index - 1]?.lower ?? '';
    if (futureWords.has(modal) || (modal === 'wo' && negated)) return negated ? 'accept' : 'challenge';
    // "plans to appeal", "decided not to appeal"
    if (before === 'to' || (before === 'not' && tokens[index - 2]?.lower === 'to')) {
      const verb = tokens[before === 'to' ? index - 2 : index - 3];
      if (verb && intendingVerbs.has(verb.lemma)) return before === 'not' ? 'accept' : 'challenge';
    }
    return undefined;
  }
  // "accepts the ruling", "accepted the verdict"
  if (token.lemma === 'accept' && !negators.has(before)) {
    const object = tokens.slice(index + 1, index + 4).find((word) => rulings.has(word.lower));
    return object ? 'accept' : undefined;
  }
  // "before deciding", "has not decided whether", "next steps", "considering an appeal", "weighing its options"
  if (token.lower === 'deciding' && before === 'before') return 'undecided';
  if (token.lemma === 'decide' && (negators.has(before) || before === 'yet')) return 'undecided';
  if (token.lower === 'steps' && before === 'next') return 'undecided';
  if (token.lemma === 'consider' && ['an', 'whether'].includes(tokens[index + 1]?.lower ?? '')) {
    const next = tokens[index + 1]?.lower === 'an' ? tokens[index + 2]?.lower : 'whether';
    return next === 'appeal' || next === 'whether' ? 'undecided' : undefined;
  }
  if (token.lemma === 'weigh' && tokens[index + 2]?.lower === 'options') return 'undecided';
  return undefined;
}

// The first full name of the sentence: "Defence lawyer Ruud Falkensen said". A surname that is also a common word
// ("Lena Park") is tagged a noun; capitalised after a name, it is a name.
function namedPerson(tokens: readonly Token[]): { person: string; name: string } | undefined {
  const namePart = (token: Token | undefined): boolean =>
    token?.pos === 'PROPN' || (token?.pos === 'NOUN' && /^\p{Lu}/u.test(token.text));
  for (let at = 0; at < tokens.length - 1; at += 1) {
    if (tokens[at]?.pos !== 'PROPN' || !namePart(tokens[at + 1])) continue;
    let last = at + 1;
    while (namePart(tokens[last + 1])) last += 1;
    const words = tokens.slice(at, last + 1).map((token) => token.text);
    return { person: (words.at(-1) ?? '').toLowerCase(), name: words.join(' ') };
  }
  return undefined;
}

import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Verbs that report or judge rather than tell what happened: "officials said on Sunday", "the company has not
// confirmed", "engineers believe". A source with one of them attributes the sentence (attribution.ts). Verbs of
// wanting and planning ("agreed to buy", "plans to reopen") tell no source, but like the others they say nothing
// happened to anything, so denying one ("did not say", "has not decided") contradicts nothing.

const speechWords = [
  'say',
  'tell',
  'ask',
  'add',
  'announce',
  'state',
  'claim',
  'think',
  'believe',
  'know',
  'note',
  'report',
  'confirm',
  'comment',
  'respond',
  'explain',
  'describe',
  'reveal',
  'disclose',
  'mention',
  'specify',
  'insist',
  'argue',
  'suggest',
  'accuse',
  'allege',
  'deny',
  'write',
  'warn',
  'estimate',
  'stress',
  'admit',
  'acknowledge',
];
const intentionWords = [
  'expect',
  'want',
  'need',
  'seem',
  'appear',
  'call',
  'plan',
  'try',
  'hope',
  'fear',
  'decide',
  'agree',
];

const speech = new Set(speechWords.map((word) => senseFamily(word)));
const speechLemmas = new Set(speechWords);
const reporting = new Set([...speechWords, ...intentionWords].map((word) => senseFamily(word)));

/** Whether a word family is a verb of saying, thinking, wanting or planning. */
export function isReportingVerb(sense: string): boolean {
  return reporting.has(sense);
}

/** Whether a token is a verb of saying: by its family, or by its lemma for "said", which is a stop word. */
export function reportsSpeech(token: Token): boolean {
  return token.pos === 'VERB' && (speech.has(token.sense) || speechLemmas.has(token.lemma));
}

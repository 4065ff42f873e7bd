import { headingRule } from './headings.ts';
import { wordsOf, type CueSpan, type RuleFinding, type SentenceReading, type SentenceRule } from './sentenceRule.ts';
import type { EvidenceSentence, Token } from './sentenceTokens.ts';
import { isNegation, isNounLike, isWord } from './wordForms.ts';

// Speculation is a guess in the writer's own voice: "Any invasion ... might harm President Xi's reputation",
// "in what appears to be preparation for an invasion". A "could" inside a quotation, or after "X said", is X's
// claim and is judged as an attribution instead.

const modals = new Set(['might', 'may', 'could']);
const hedgeAdverbs = new Set([
  'probably',
  'possibly',
  'perhaps',
  'potentially',
  'presumably',
  'apparently',
  'conceivably',
  'seemingly',
  'maybe',
]);
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', 'will', 'seems', 'looks']);

interface Hedge {
  cue: CueSpan;
  kind: string;
}

/** Every hedge in the sentence, wherever it stands; the rules below decide whose voice it is in. */
function hedgesIn(sentence: EvidenceSentence): Hedge[] {
  const tokens = sentence.tokens;
  const hedges: Hedge[] = [];
  for (const token of tokens) {
    const at = token.index;
    const next = tokens[at + 1];
    if (isModalHedge(tokens, at)) {
      hedges.push({ cue: { from: at, to: at }, kind: `the modal "${token.text}"` });
    } else if (isRuledOut(tokens, at)) {
      hedges.push({ cue: { from: at - 3, to: at + 1 }, kind: `"cannot be ruled out"` });
    } else if (isWord(token, 'likelihood') && isWord(tokens[at - 1], 'all')) {
      // "In all likelihood, the wall cracked years ago."
      hedges.push({ cue: { from: at - 1, to: at }, kind: `"${tokens[at - 1]?.text} ${token.text}"` });
    } else if (isHedgedNoun(tokens, at)) {
      // "the apparent cause": the writer hedges what the thing is.
      hedges.push({ cue: { from: at, to: at + 1 }, kind: `"${token.text}"` });
    } else if (isWord(token, 'appear', 'seem') && token.pos === 'VERB' && isWord(next, 'to')) {
      hedges.push({ cue: { from: at, to: at + 1 }, kind: `"${token.text} to"` });
    } else if (isWord(token, 'appear', 'seem') && token.pos === 'VERB' && isWord(tokens[at - 1], 'it')) {
      // "It appears (that) the fire started in the kitchen", "it seems the dam ..."
      hedges.push({ cue: { from: at - 1, to: at }, kind: `"${tokens[at - 1]?.text} ${token.text}"` });
    } else if (isPossibility(tokens, at)) {
      hedges.push({ cue: { from: at - 2, to: at }, kind: `"${token.text}"` });
    } else if (isWord(token, 'certainly') && isWord(tokens[at - 1], 'almost', 'near', 'nearly')) {
      // "would almost certainly fall": certain enough to say, not certain enough to know.
      hedges.push({ cue: { from: at - 1, to: at }, kind: `"${tokens[at - 1]?.text} ${token.text}"` });
    } else if (isWord(token, 'set') && isWord(next, 'to') && isWord(tokens[at - 1], 'look', 'looks', 'seem', 'seems')) {
      // "looks set to trigger legal action"; a plain "is set to" is a plan already made.
      hedges.push({ cue: { from: at - 1, to: at + 1 }, kind: `"${tokens[at - 1]?.text} set to"` });
    } else if (isWord(token, 'likely', 'unlikely')) {
      const before = tokens[at - 1];
      const from =
        before && (beForms.has(before.lower) || isWord(before, 'most', 'more', 'very', 'highly')) ? at - 1 : at;
      const to = isWord(next, 'to') ? at + 1 : at;
      hedges.push({ cue: { from, to }, kind: `"${token.text}"` });
    } else if (hedgeAdverbs.has(token.lower)) {
      hedges.push({ cue: { from: at, to: at }, kind: `"${token.text}"` });
    }
  }
  return hedges;
}

/**
 * "might harm", "could top $50 million", "Could China be next?". "could not find" is inability, not a guess; "may
 * not add up" stays a guess. The month "May" is tagged a name, and when wink takes it for the modal it stands
 * before a date or a possessive ("May 5", "May's storms").
 */
function isModalHedge(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  if (!modals.has(token.lower) || token.pos !== 'AUX' || !next) return false;
  if (token.lower === 'could' && isNegation(next, tokens[at + 2])) return false;
  // "Residents could see the water rising": what could be perceived is narrative, not a guess.
  if (token.lower === 'could' && isWord(next, 'see', 'hear', 'smell', 'feel', 'watch')) return false;
  const question = at === 0 && tokens[tokens.length - 1]?.lower === '?';
  if (['VERB', 'AUX', 'ADV', 'PART'].includes(next.pos) || question) return !isWord(next, "'s", '’s');
  // wink tags some verbs after a modal as adjectives or nouns ("could top", "may spell trouble").
  return token.text !== 'May' && !['PUNCT', 'NUM', 'PROPN', 'DET', 'ADP'].includes(next.pos);
}

/** "A second breach cannot be ruled out": a possibility left open, in the passive with no one named. */
function isRuledOut(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!isWord(token, 'rule') || !isWord(tokens[at + 1], 'out') || !isWord(tokens[at - 1], 'be')) return false;
  const negated = isNegation(tokens[at - 2], tokens[at - 1]) || isWord(tokens[at - 2], 'cannot');
  return negated && !isWord(tokens[at + 2], 'by');
}

/** "the apparent cause", "a probable leak": an adjective that hedges the noun after it. */
function isHedgedNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  // Not "possible": "the possible closure of the road" weighs an option rather than hedging a fact.
  if (!isWord(token, 'probable', 'apparent', 'presumed')) return false;
  return isWord(tokens[at - 1], 'a', 'an', 'the') && tokens[at + 1]?.pos === 'NOUN';
}

/** "It is possible (that) the dam was damaged": a possibility with an empty "it"; "it is possible to" is ability. */
function isPossibility(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!isWord(token, 'possible', 'probable', 'conceivable', 'plausible')) return false;
  if (!isWord(tokens[at - 2], 'it') || !isWord(tokens[at - 1], 'be')) return false;
  const next = tokens[at + 1];
  return next !== undefined && !isWord(next, 'to', 'for') && next.pos !== 'PUNCT';
}

function isCovered(reading: SentenceReading, at: number): boolean {
  return reading.attributions.some((a) => at >= a.covers.from && at <= a.covers.to);
}

/** "any help it might get": a modal in a clause that describes a noun hypothetically, not a claim about events. */
function inDescriptiveClause(tokens: readonly Token[], modal: number): boolean {
  const subject = tokens[modal - 1];
  return subject?.pos === 'PRON' && isNounLike(tokens[modal - 2]) && !isWord(subject, 'that', 'which', 'who');
}

function writerHedges(reading: SentenceReading): Hedge[] {
  const tokens = reading.sentence.tokens;
  return hedgesIn(reading.sentence).filter((hedge) => {
    const at = hedge.cue.from;
    const token = tokens[at] as Token;
    if (token.quoted || isCovered(reading, at)) return false;
    return !(modals.has(token.lower) && inDescriptiveClause(tokens, at));
  });
}

/** A guess in the writer's own voice, with no one named as holding it. */
function writerSpeculates(reading: SentenceReading): RuleFinding | undefined {
  const hedge = writerHedges(reading)[0];
  if (!hedge) return undefined;
  return {
    score: 2,
    reason: `${hedge.kind} states a possibility in the writer's own voice ("${wordsOf(reading.sentence, hedge.cue)}")`,
    cue: hedge.cue,
  };
}

/** Read top to bottom; a sentence is speculation when their scores reach the threshold. */
export const speculationRules: readonly SentenceRule[] = [
  { name: 'writer speculates', test: writerSpeculates },
  headingRule,
];

export const speculationThreshold = 2;

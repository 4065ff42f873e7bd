import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';

// Whether a failure was a cyber attack: "Monday's cyber incident led to 190 cancellations", "hackers took the
// booking system down" against "there was no indication of a cyber attack", "a technical failure rather than a
// cyber incident". Airports, banks, hospitals and councils all face the question after an outage, and outlets
// answer it differently. A cause left open ("whether a cyber attack was to blame", "could have been a cyber attack")
// is no answer; a sentence that gives both takes no side.

export type AttackAnswer = 'cyber attack' | 'no cyber attack';

export interface AttackMention {
  sentence: ArticleSentence;
  answer: AttackAnswer;
}

const attackNouns = new Set(['attack', 'attacks', 'incident', 'hack', 'intrusion']);
const attackWords = new Set(['cyberattack', 'cyber-attack', 'ransomware', 'hackers', 'hacker', 'hacked']);
// "fears of a suspected cyber attack": a worry, not an answer.
const doubtWords = new Set(
  ['whether', 'if', 'unclear', 'unknown', 'possible', 'possibly', 'may', 'might', 'could', 'suspected', 'fears'].concat(
    ['feared', 'fear', 'speculation', 'alleged', 'apparent', 'likely', 'probably'],
  ),
);
// "no indication of a cyber attack", "not a cyber attack", "rather than a cyber incident", "ruled out a cyber attack".
// ("knocked out card payments after a cyber attack" still tells one.)
const denials = new Set(['no', 'not', "n't", 'than', 'ruled', 'instead', 'nor', 'without', 'denied', 'denies', 'deny']);

/** The answer one sentence gives; none when it gives both, or leaves it open. */
export function findAttackMentions(sentence: ArticleSentence): AttackMention[] {
  const tokens = sentence.tokens;
  if (tokens.some((token) => doubtWords.has(token.lower) && token.text !== 'May') || tokens.at(-1)?.text === '?') {
    return [];
  }
  const answers = new Set<AttackAnswer>();
  tokens.forEach((token, index) => {
    if (!namesAttack(tokens, index)) return;
    const before = tokens.slice(Math.max(0, index - 6), index).map((word) => word.lower);
    answers.add(before.some((word) => denials.has(word)) ? 'no cyber attack' : 'cyber attack');
  });
  const [answer] = [...answers];
  return answers.size === 1 && answer ? [{ sentence, answer }] : [];
}

// "cyber attack", "cyber-attack", "cyber incident", "ransomware", "hackers"; the last word of "cyber attack" only.
function namesAttack(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (attackWords.has(token.lower)) return true;
  if (!attackNouns.has(token.lower)) return false;
  const previous = tokens[index - 1]?.text === '-' ? tokens[index - 2] : tokens[index - 1];
  return previous?.lower === 'cyber';
}

/** A failure called a cyber attack by one article and not by another. */
export function findAttackFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findAttackMentions,
    about: () => 'cyber',
    choice: (mention) => mention.answer,
    describe: () => 'Whether it was a cyber attack',
    reasonsFor: (a, b) => ['what caused the failure', `${a.answer} / ${b.answer}`],
  });
}

import { wordsOf as quote, type RuleFinding, type SentenceReading } from './sentenceRule.ts';
import { negationOf } from './missingEvidenceCues.ts';
import type { Token } from './sentenceTokens.ts';
import { isWord, isWordIn } from './wordForms.ts';

// A claim whose particulars its maker kept back, told after a "but" or a "though": "pledges worth around £200,000,
// but it has not said who made them", "claimed the firm had sat on permissions elsewhere, though she did not name
// any sites". Without the contrast, "The council did not say when the road would reopen" only leaves news untold.

const namingVerbs = new Set(['say', 'name', 'identify', 'specify', 'disclose', 'reveal', 'list']);
/** Verbs that take the thing named straight after them: "did not name any sites". */
const nounTakers = new Set(['name', 'identify', 'specify', 'list']);
const contrasts = new Set(['but', 'though', 'although', 'yet']);
// "Police have named the driver, but did not name the passenger" makes no claim to keep particulars of.
const claimingVerbs = new Set(['say', 'claim', 'allege', 'insist', 'argue', 'maintain', 'assert', 'suggest']);

export function particularsNotNamed({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || token.pos === 'NOUN' || !isWordIn(token, namingVerbs)) continue;
    const negation = negationOf(sentence, token.index);
    if (!negation || !contrastBefore(tokens, negation.start)) continue;
    const last = particularsAsked(tokens, token);
    if (last === undefined) continue;
    const cue = { from: negation.start, to: last };
    return {
      score: 2,
      reason: `the article says the claim's particulars were not named ("${quote(sentence, cue)}")`,
      cue,
    };
  }
  return undefined;
}

/** A "but" or "though" right before the denial, after a clause in which someone makes a claim. */
function contrastBefore(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(1, start - 3); at -= 1) {
    if (isWordIn(tokens[at], contrasts)) return tokens.slice(0, at).some((token) => isWordIn(token, claimingVerbs));
  }
  return false;
}

/** "who made them", "which sites", "any sites", "the donors": the last token of what was not named. */
function particularsAsked(tokens: readonly Token[], verb: Token): number | undefined {
  const next = tokens[verb.index + 1];
  if (isWord(next, 'who', 'which', 'whose')) return verb.index + 1;
  if (!isWordIn(verb, nounTakers) || !isWord(next, 'any', 'the', 'those', 'these', 'its', 'their')) return undefined;
  const noun = tokens[verb.index + 2];
  return noun?.pos === 'NOUN' ? verb.index + 2 : undefined;
}

import type { EvidenceSentence, Token } from './sentenceTokens.ts';
import { isCapitalised, isNounLike, isWord, isWordIn } from './wordForms.ts';

// Verbs that hand a claim to someone: "X said", "X warned", "the document showed", "Western diplomats fear".
// Speech, thought and the verbs documents take; the subject of one of these is the claim's source.

const reportingVerbs = new Set([
  'say',
  'tell',
  'state',
  'report',
  'announce',
  'confirm',
  'claim',
  'allege',
  'assert',
  'argue',
  'add',
  'note',
  'stress',
  'emphasise',
  'emphasize',
  'warn',
  'write',
  'explain',
  'insist',
  'deny',
  'accuse',
  'acknowledge',
  'admit',
  'declare',
  'describe',
  'call',
  'ask',
  'urge',
  'predict',
  'estimate',
  'believe',
  'fear',
  'think',
  'suggest',
  'show',
  'find',
  'reveal',
  'indicate',
  'conclude',
  'read',
  'reiterate',
  'lambast',
  'criticise',
  'criticize',
  'condemn',
  'denounce',
  'dismiss',
  'reject',
  'tweet',
  'post',
  'testify',
  'maintain',
  'contend',
  'concede',
  'remark',
  'observe',
  'mention',
  'comment',
  'respond',
  'reply',
  'caution',
  'worry',
  'expect',
  'voice',
  'express',
  'affirm',
  'pledge',
  'vow',
  'threaten',
  'blame',
  'charge',
  'quote',
  'cite',
  'speculate',
  'doubt',
  'question',
  'hint',
  'signal',
  'forecast',
  'recall',
  'suspect',
  'reckon',
  'assume',
  'complain',
  'theorise',
  'theorize',
]);

/** Verbs that only report after a quotation: '"...," the statement continued.' */
const afterQuotationVerbs = new Set(['continue', 'conclude', 'add', 'go']);

/** "continues to deny", "has repeatedly refused to say": a verb that hands its subject to the next one. */
export const catenativeVerbs = new Set([
  'continue',
  'keep',
  'appear',
  'seem',
  'try',
  'want',
  'refuse',
  'decline',
  'go',
  'begin',
  'start',
]);

/**
 * Is the token at `at` a reporting verb used as a verb? wink sometimes tags one as a noun after a plural subject
 * ("Western diplomats fear a ..."), so a noun counts when it stands between a noun and what it reports.
 */
export function isReportingVerb(sentence: EvidenceSentence, at: number): boolean {
  const tokens = sentence.tokens;
  const token = tokens[at] as Token;
  if (token.quoted) return false;
  if (isWord(token, 'point') && isWord(tokens[at + 1], 'out')) return true;
  const listed =
    isWordIn(token, reportingVerbs) || (isWordIn(token, afterQuotationVerbs) && followsQuotation(tokens, at));
  if (!listed) return false;
  // "NATO admitting new members", ", saying that": a gerund or participle clause has no speaker of its own.
  if (token.lower.endsWith('ing')) return false;
  if (token.pos === 'VERB') return !isAttributiveParticiple(tokens, at);
  // A capitalised word mid-sentence is a name ("the United States", "Daily Post") unless it is a past tense
  // miscapitalised after its subject ("The U.S. Alleged on Wednesday").
  if (isCapitalised(token) && at > 0 && !token.lower.endsWith('ed')) return false;
  if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ') {
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    const afterSubject = before !== undefined && isNounLike(before) && !before.lower.endsWith("'s");
    const beforeContent =
      after !== undefined && ['DET', 'PROPN', 'PRON', 'SCONJ', 'NOUN', 'ADP', 'PUNCT'].includes(after.pos);
    return afterSubject && beforeContent && !isWord(after, 'of');
  }
  return false;
}

/** "the published statement": a participle before a noun describes it and reports nothing. */
function isAttributiveParticiple(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return before?.pos === 'DET' && after !== undefined && isNounLike(after);
}

/** '"...," the statement continued.': a quotation before, and nothing after but the full stop. */
function followsQuotation(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  const endsClause = after === undefined || (after.pos === 'PUNCT' && !after.quoted);
  if (!endsClause) return false;
  for (let i = 0; i < at; i++) if (tokens[i]?.quoted) return true;
  return false;
}

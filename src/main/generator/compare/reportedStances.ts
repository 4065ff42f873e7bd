import type { ArticleSentence } from './lineTokens.ts';
import { subjectOf } from './eventSubject.ts';
import { findQuotations } from './quoteMentions.ts';
import { senseFamily } from './wordFamily.ts';

// The verb that reports a claim says how far the article stands behind it: "Erlandson admitted the factory had
// been losing money" presents the losses as a fact he conceded; "He claimed the plant had lost money" casts doubt
// on them. The same statement reported with a verb of each kind is told two ways.

export type ReportingStance = 'conceded' | 'doubted';

export interface ReportedClaim {
  sentence: ArticleSentence;
  stance: ReportingStance;
  /** The reporting verb as written ("admitted", "claimed"). */
  verb: string;
  /** Who said it: a name's last word or a noun's family; undefined for a pronoun ("He claimed ..."). */
  speaker?: string;
  /** Word families of what is reported, the clause after the verb. */
  senses: Set<string>;
}

const stances = new Map<string, ReportingStance>();
for (const word of ['admit', 'acknowledge', 'concede', 'confess']) stances.set(senseFamily(word), 'conceded');
for (const word of ['claim', 'allege']) stances.set(senseFamily(word), 'doubted');

/** Claims reported with a verb that concedes them or casts doubt on them, outside quotations and not denied. */
export function findReportedClaims(sentence: ArticleSentence): ReportedClaim[] {
  const tokens = sentence.tokens;
  const claims: ReportedClaim[] = [];
  tokens.forEach((token, index) => {
    const stance = token.pos === 'VERB' ? stances.get(token.sense) : undefined;
    if (!stance || token.negated) return;
    // "the claimed losses", "as alleged": what is reported must follow the verb.
    const next = tokens[index + 1];
    if (!next || !['SCONJ', 'DET', 'PRON', 'NOUN', 'PROPN'].includes(next.pos)) return;
    const quotes = findQuotations(sentence.file, sentence.line, sentence.lineText);
    if (quotes.some((quote) => quote.start <= token.start && quote.end >= token.end)) return;
    const senses = new Set<string>();
    for (let at = index + 1; at < tokens.length; at += 1) {
      const word = tokens[at];
      if (!word || word.text === ';') break;
      if (word.sense && word.pos !== 'PROPN') senses.add(word.sense);
    }
    const subject = subjectOf(tokens, index);
    const head = subject === undefined ? undefined : tokens[subject];
    const speaker = head?.pos === 'PROPN' ? head.lower : head?.pos === 'NOUN' && head.sense ? head.sense : undefined;
    claims.push({ sentence, stance, verb: token.text, ...(speaker ? { speaker } : {}), senses });
  });
  return claims;
}

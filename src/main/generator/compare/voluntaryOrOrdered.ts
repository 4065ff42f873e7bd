import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';

// Whether a recall was the company's own choice or ordered: "Corbel Foods has voluntarily recalled 140,000 pouches",
// "Varro described the recall as voluntary" against "Corbel Foods was ordered by the agency to withdraw 140,000
// units", "a move the Vehicle Standards Office ordered". Carmakers, food firms and toy makers all say their recalls
// are voluntary, and outlets often report the regulator's hand instead. Only sentences about a recall or a
// withdrawal are read; a doubt or a denial ("was not ordered", "whether it was voluntary") answers nothing, and a
// sentence that tells both takes no side.

export type RecallChoice = 'voluntary' | 'ordered';

export interface RecallChoiceMention {
  sentence: ArticleSentence;
  choice: RecallChoice;
}

const recallWords = new Set(['recall', 'recalled', 'recalling', 'recalls', 'withdraw', 'withdrawn', 'withdrew']);
const recallNouns = new Set(['recall', 'recalls', 'withdrawal']);
const voluntaryWords = new Set(['voluntary', 'voluntarily']);
const orderWords = new Set(['ordered', 'order', 'mandatory', 'compulsory']);
const doubtWords = new Set(['whether', 'if', 'not', "n't", 'could', 'may', 'might', 'no']);

/** The choice one sentence says a recall was; none when it tells both or leaves it open. */
export function findRecallChoices(sentence: ArticleSentence): RecallChoiceMention[] {
  const tokens = sentence.tokens;
  if (!tokens.some((token) => recallWords.has(token.lower)) || tokens.some((token) => doubtWords.has(token.lower))) {
    return [];
  }
  const choices = new Set<RecallChoice>();
  tokens.forEach((token, index) => {
    if (voluntaryWords.has(token.lower)) choices.add('voluntary');
    if (ordered(tokens, index)) choices.add('ordered');
  });
  const [choice] = [...choices];
  return choices.size === 1 && choice ? [{ sentence, choice }] : [];
}

// "was ordered by the agency", "a move the regulator ordered", "ordered the recall", "a mandatory recall", "a recall
// order"; not "in order to", nor shoppers "who ordered online".
function ordered(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !orderWords.has(token.lower)) return false;
  if (token.lower === 'order') return recallWords.has(tokens[index - 1]?.lower ?? '');
  if (token.lower !== 'ordered') return true;
  const passive = tokens[index - 1]?.lemma === 'be';
  const ofTheRecall =
    recallNouns.has(tokens[index + 2]?.lower ?? '') && ['the', 'a'].includes(tokens[index + 1]?.lower ?? '');
  const aMove = tokens.slice(Math.max(0, index - 5), index).some((word) => word.lower === 'move');
  return passive || ofTheRecall || aMove;
}

/** A recall called voluntary by one article and ordered by another. */
export function findRecallChoiceFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findRecallChoices,
    about: () => 'recall',
    choice: (mention) => mention.choice,
    describe: () => 'Whether the recall was voluntary or ordered',
    reasonsFor: (a, b) => ['one recall', `${a.choice} / ${b.choice}`],
  });
}

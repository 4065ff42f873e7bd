import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { findTriggerMentions } from './triggers.ts';

// One procedure said to be automatic in one article and asked for in another (triggers.ts): "a recount is
// automatic" / "a second count demanded by Pellow's camp". Filed by the procedure.

/** Procedures whose trigger differs between articles. */
export function findTriggerFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findTriggerMentions,
    about: (mention) => mention.procedure,
    choice: (mention) => mention.trigger,
    describe: (group) => `Why the ${group[0]?.text.toLowerCase() ?? ''} was held`,
    reasonsFor: (a, b) => [`one procedure: ${a.text} / ${b.text}`, `triggers: ${a.trigger} / ${b.trigger}`],
  });
}

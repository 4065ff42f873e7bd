import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { findResponseMentions } from './responses.ts';

// One person's response to a verdict or a result told two ways (responses.ts): "we will appeal it" in one article,
// "will study the judgment carefully before deciding on next steps" in another. Filed by the person, each article's
// first response.

/** Responses of one person that differ between articles. */
export function findResponseFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findResponseMentions,
    about: (mention) => mention.person,
    choice: (mention) => mention.response,
    describe: (group) => `Whether ${group[0]?.name ?? ''}'s side will challenge the decision`,
    reasonsFor: (a, b) => [`same person: ${a.name} / ${b.name}`, `responses: ${a.response} / ${b.response}`],
  });
}

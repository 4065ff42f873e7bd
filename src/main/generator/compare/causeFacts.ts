import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { findCauseMentions } from './causes.ts';

// One event given two causes by two articles (causes.ts): "a fire that began beneath a power line" against
// "lightning, by far the most likely ignition". Mentions are filed by the kind of event, so only causes of one fire
// meet.

/** Causes of one event that differ between articles. */
export function findCauseFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findCauseMentions,
    about: (mention) => mention.event,
    choice: (mention) => mention.cause,
    describe: (_group, event) => `Cause of the ${event}`,
    reasonsFor: (a, b) => [`one ${a.event}`, `causes: ${a.cause} / ${b.cause}`],
  });
}

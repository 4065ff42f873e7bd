import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { findCauseMentions, type CauseMention } from './causes.ts';

// One event given two causes by two articles (causes.ts): "a fire that began beneath a power line" against
// "lightning, by far the most likely ignition". Mentions are filed by the kind of event, so only causes of one fire
// meet. An article that states two causes takes no side. Only disagreements: two articles naming one cause may
// name it for two different fires.

/** Causes of one event that differ between articles. */
export function findCauseFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byEvent = new Map<string, Map<string, CauseMention[]>>();
  for (const sentence of sentences) {
    for (const mention of findCauseMentions(sentence)) {
      const files = byEvent.get(mention.event) ?? new Map<string, CauseMention[]>();
      files.set(mention.sentence.file, [...(files.get(mention.sentence.file) ?? []), mention]);
      byEvent.set(mention.event, files);
    }
  }
  const findings: FactFinding[] = [];
  for (const [event, files] of byEvent) {
    const group = [...files.values()]
      .filter((mentions) => new Set(mentions.map((mention) => mention.cause)).size === 1)
      .map((mentions) => mentions[0] as CauseMention)
      .sort((a, b) => a.sentence.order - b.sentence.order);
    if (group.length < 2) continue;
    const found = findingsFor(group, {
      kind: 'claim',
      fact: `Cause of the ${event}`,
      compare: (a, b) => (a.cause === b.cause ? 'same' : 'different'),
      refOf: (mention) => ({
        file: mention.sentence.file,
        line: mention.sentence.line,
        text: mention.sentence.lineText.slice(mention.sentence.start, mention.sentence.end),
      }),
      reasonsFor: (a, b) => [`one ${event}`, `causes: ${a.cause} / ${b.cause}`],
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

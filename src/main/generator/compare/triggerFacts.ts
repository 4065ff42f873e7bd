import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { findTriggerMentions, type TriggerMention } from './triggers.ts';

// One procedure said to be automatic in one article and asked for in another (triggers.ts): "a recount is
// automatic" / "a second count demanded by Pellow's camp". Filed by the procedure; an article that gives both takes
// no side. Only disagreements.

/** Procedures whose trigger differs between articles. */
export function findTriggerFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byProcedure = new Map<string, Map<string, TriggerMention[]>>();
  for (const sentence of sentences) {
    for (const mention of findTriggerMentions(sentence)) {
      const files = byProcedure.get(mention.procedure) ?? new Map<string, TriggerMention[]>();
      files.set(mention.sentence.file, [...(files.get(mention.sentence.file) ?? []), mention]);
      byProcedure.set(mention.procedure, files);
    }
  }
  const findings: FactFinding[] = [];
  for (const files of byProcedure.values()) {
    const group = [...files.values()]
      .filter((mentions) => new Set(mentions.map((mention) => mention.trigger)).size === 1)
      .map((mentions) => mentions[0] as TriggerMention)
      .sort((a, b) => a.sentence.order - b.sentence.order);
    if (group.length < 2) continue;
    const found = findingsFor(group, {
      kind: 'claim',
      fact: `Why the ${group[0]?.text.toLowerCase() ?? ''} was held`,
      compare: (a, b) => (a.trigger === b.trigger ? 'same' : 'different'),
      refOf: (mention) => ({
        file: mention.sentence.file,
        line: mention.sentence.line,
        text: mention.sentence.lineText.slice(mention.sentence.start, mention.sentence.end),
      }),
      reasonsFor: (a, b) => [`one procedure: ${a.text} / ${b.text}`, `triggers: ${a.trigger} / ${b.trigger}`],
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

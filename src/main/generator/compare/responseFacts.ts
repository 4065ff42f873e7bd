import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { findResponseMentions, type ResponseMention } from './responses.ts';

// One person's response to a verdict or a result told two ways (responses.ts): "we will appeal it" in one article,
// "will study the judgment carefully before deciding on next steps" in another. Filed by the person, each article's
// first response; an article that gives two takes no side. Only disagreements.

/** Responses of one person that differ between articles. */
export function findResponseFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byPerson = new Map<string, Map<string, ResponseMention[]>>();
  for (const sentence of sentences) {
    for (const mention of findResponseMentions(sentence)) {
      const files = byPerson.get(mention.person) ?? new Map<string, ResponseMention[]>();
      files.set(mention.sentence.file, [...(files.get(mention.sentence.file) ?? []), mention]);
      byPerson.set(mention.person, files);
    }
  }
  const findings: FactFinding[] = [];
  for (const files of byPerson.values()) {
    const group = [...files.values()]
      .filter((mentions) => new Set(mentions.map((mention) => mention.response)).size === 1)
      .map((mentions) => mentions[0] as ResponseMention)
      .sort((a, b) => a.sentence.order - b.sentence.order);
    if (group.length < 2) continue;
    const name = group[0]?.name ?? '';
    const found = findingsFor(group, {
      kind: 'claim',
      fact: `Whether ${name}'s side will challenge the decision`,
      compare: (a, b) => (a.response === b.response ? 'same' : 'different'),
      refOf: (mention) => ({
        file: mention.sentence.file,
        line: mention.sentence.line,
        text: mention.sentence.lineText.slice(mention.sentence.start, mention.sentence.end),
      }),
      reasonsFor: (a, b) => [`same person: ${a.name} / ${b.name}`, `responses: ${a.response} / ${b.response}`],
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

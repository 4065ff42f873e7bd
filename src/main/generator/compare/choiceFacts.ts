import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { fuller } from './fullerMention.ts';

// One thing given one of a few values by each article: the cause of one fire (causes.ts), what triggered one
// procedure (triggers.ts), one person's response to a ruling (responses.ts). Mentions are filed under what they
// are about, so the cost is one pass; an article that gives two values takes no side. Only disagreements are
// reported: two articles giving one value may be speaking of two different things of the same kind.

export interface ChoiceSpec<M extends { sentence: ArticleSentence }> {
  mentionsIn: (sentence: ArticleSentence) => M[];
  /** What the value is about: the kind of event, the procedure, the person. */
  about: (mention: M) => string;
  /** The value the article gives. */
  choice: (mention: M) => string;
  describe: (group: readonly M[], about: string) => string;
  /** The words that give the value, as written in the line; the whole sentence when not given. */
  textOf?: (mention: M) => string;
  reasonsFor: (a: M, b: M) => string[];
}

/** A sentence's first mention when its mentions give one value; none when they give two, as it takes no side. */
export function oneSided<M>(found: readonly M[], choice: (mention: M) => string): M[] {
  return new Set(found.map(choice)).size === 1 ? found.slice(0, 1) : [];
}

/** The words a finder marked in a mention's line ("part of the roof ... collapsed"), for `textOf`. */
export function markedWords(mention: { sentence: ArticleSentence; start: number; end: number }): string {
  return mention.sentence.lineText.slice(mention.start, mention.end);
}

/** Things given different values by different articles, one finding per thing. */
export function findChoiceFacts<M extends { sentence: ArticleSentence }>(
  sentences: readonly ArticleSentence[],
  spec: ChoiceSpec<M>,
): FactFinding[] {
  const byThing = new Map<string, Map<string, M[]>>();
  for (const sentence of sentences) {
    for (const mention of spec.mentionsIn(sentence)) {
      const files = byThing.get(spec.about(mention)) ?? new Map<string, M[]>();
      files.set(mention.sentence.file, [...(files.get(mention.sentence.file) ?? []), mention]);
      byThing.set(spec.about(mention), files);
    }
  }
  const findings: FactFinding[] = [];
  for (const [about, files] of byThing) {
    const group = [...files.values()]
      .filter((mentions) => new Set(mentions.map(spec.choice)).size === 1)
      .map((mentions) => mentions.reduce<M | undefined>(fuller, undefined) as M)
      .sort((a, b) => a.sentence.order - b.sentence.order);
    if (group.length < 2) continue;
    const found = findingsFor(group, {
      kind: 'claim',
      fact: spec.describe(group, about),
      compare: (a, b) => (spec.choice(a) === spec.choice(b) ? 'same' : 'different'),
      refOf: (mention) => ({
        file: mention.sentence.file,
        line: mention.sentence.line,
        text: spec.textOf?.(mention) ?? mention.sentence.lineText.slice(mention.sentence.start, mention.sentence.end),
      }),
      reasonsFor: spec.reasonsFor,
    });
    findings.push(...found.filter((finding) => finding.verdict === 'disagreement'));
  }
  return findings;
}

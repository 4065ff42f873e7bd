import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findDirectives, sameDirective, type Directive } from './directives.ts';

// One directive reported as an obligation by some articles and as a recommendation by others: "residents were
// ordered to leave" / "residents were advised to leave". Directives are filed under what people were told to do;
// the finding lists each article's first sentence about it. An article that reports both strengths (an order for
// one street, advice for the next) takes no side.

/** At most this many directives of one action are compared. */
const directivesPerAction = 64;

/** Directives whose strength the articles report differently. */
export function findDirectiveFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byAction = new Map<string, Directive[]>();
  for (const sentence of sentences) {
    for (const directive of findDirectives(sentence)) {
      const list = byAction.get(directive.action);
      if (!list) byAction.set(directive.action, [directive]);
      else if (list.length < directivesPerAction) list.push(directive);
    }
  }
  const findings: FactFinding[] = [];
  for (const directives of byAction.values()) {
    const finding = differentStrengths(directives);
    if (finding) findings.push(finding);
  }
  return findings;
}

function differentStrengths(directives: readonly Directive[]): FactFinding | undefined {
  const firm = directives.find((directive) =>
    directives.some((other) => opposed(directive, other) && directive.strength === 'obligation'),
  );
  if (!firm) return undefined;
  const soft = directives.find((other) => opposed(firm, other)) as Directive;
  const byFile = new Map<string, Directive[]>();
  for (const directive of directives) {
    if (!sameDirective(directive, firm) && !sameDirective(directive, soft)) continue;
    const own = byFile.get(directive.sentence.file);
    if (own) own.push(directive);
    else byFile.set(directive.sentence.file, [directive]);
  }
  const listed = [...byFile.values()]
    .filter((own) => new Set(own.map((directive) => directive.strength)).size === 1)
    .map((own) => own[0] as Directive)
    .sort((a, b) => a.sentence.order - b.sentence.order);
  if (new Set(listed.map((directive) => directive.strength)).size < 2) return undefined;
  return {
    fact: {
      fact: `Whether people were ordered or only advised to ${firm.actionText.toLowerCase()}`,
      kind: 'claim',
      values: listed.map((directive) => sentenceRef(directive.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `same directive: to ${firm.actionText} / to ${soft.actionText}`,
      `"${firm.cue}" (an obligation) in ${firm.sentence.file}, "${soft.cue}" (a recommendation) in ${soft.sentence.file}`,
    ],
  };
}

function opposed(a: Directive, b: Directive): boolean {
  return a.sentence.file !== b.sentence.file && a.strength !== b.strength && sameDirective(a, b);
}

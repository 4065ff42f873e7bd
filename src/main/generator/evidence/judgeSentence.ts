import { findAttributions } from './attributions.ts';
import { missingEvidenceRules, missingEvidenceThreshold } from './missingEvidenceCues.ts';
import { particularsNotNamed } from './particularsNotNamed.ts';
import type { CueSpan, RuleFinding, SentenceReading, SentenceRule } from './sentenceRule.ts';
import type { EvidenceSentence } from './sentenceTokens.ts';
import { speculationRules, speculationThreshold } from './speculationCues.ts';
import { supportedClaimRules, supportedClaimThreshold } from './supportedClaims.ts';
import { vagueAttributionRules, vagueAttributionThreshold } from './vagueAttribution.ts';

// One sentence, one verdict. The tables are tried in order and the first whose rules reach its threshold wins:
// a sentence that says the proof is missing is flagged even if it also names who made the claim; a vague source
// outweighs a named one in the same sentence; and a hedge that no attribution covers is the writer's own guess
// even when another clause names a source ("remarks that could carry further significance, the leaders said"):
// the guess is what a student should notice. A hedge inside what a named source says is the source's claim.

export type EvidenceKind = 'flagged' | 'vague_attribution' | 'supported' | 'speculation';

export interface EvidenceVerdict {
  kind: EvidenceKind | 'none';
  score: number;
  /** The words that triggered the verdict (unsupported kinds). */
  cue?: CueSpan;
  /** The words that name the source (supported). */
  source?: CueSpan;
  reasons: string[];
}

interface VerdictTable {
  kind: EvidenceKind;
  rules: readonly SentenceRule[];
  threshold: number;
}

export const verdictTables: readonly VerdictTable[] = [
  {
    kind: 'flagged',
    rules: [...missingEvidenceRules, { name: 'particulars not named', test: particularsNotNamed }],
    threshold: missingEvidenceThreshold,
  },
  { kind: 'vague_attribution', rules: vagueAttributionRules, threshold: vagueAttributionThreshold },
  { kind: 'speculation', rules: speculationRules, threshold: speculationThreshold },
  { kind: 'supported', rules: supportedClaimRules, threshold: supportedClaimThreshold },
];

export function readSentence(sentence: EvidenceSentence): SentenceReading {
  return { sentence, attributions: findAttributions(sentence) };
}

function reasonOf(finding: RuleFinding & { rule: string }): string {
  return `${finding.rule} (${finding.score > 0 ? '+' : ''}${finding.score}): ${finding.reason}`;
}

export function judgeSentence(reading: SentenceReading): EvidenceVerdict {
  // What the tables that fell short saw, so "why is this sentence not vague?" has an answer too.
  const shortOf: string[] = [];
  for (const table of verdictTables) {
    const findings = table.rules.flatMap((rule) => {
      const finding = rule.test(reading);
      return finding ? [{ rule: rule.name, ...finding }] : [];
    });
    const score = findings.reduce((sum, finding) => sum + finding.score, 0);
    if (score < table.threshold) {
      if (findings.some((f) => f.score > 0)) shortOf.push(...findings.map((f) => `not ${table.kind}, ${reasonOf(f)}`));
      continue;
    }
    // The strongest finding speaks for the sentence: its words become the cue or the source.
    const strongest = findings.reduce<RuleFinding>(
      (best, finding) => (finding.score > best.score ? finding : best),
      findings[0] as RuleFinding,
    );
    const verdict: EvidenceVerdict = { kind: table.kind, score, reasons: findings.map(reasonOf) };
    if (strongest.cue) verdict.cue = strongest.cue;
    if (strongest.source) verdict.source = strongest.source;
    return verdict;
  }
  return { kind: 'none', score: 0, reasons: shortOf };
}

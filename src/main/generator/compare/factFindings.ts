import type { FactKind, LineRef } from '../../../shared/analysis.ts';
import type { FactFinding } from './finding.ts';
import { judgeValues, type ValueMatch } from './factValues.ts';

export interface FactSpec<M> {
  kind: FactKind;
  /** The plain description shared by the disagreement and the agreements of one fact. */
  fact: string;
  compare: (a: M, b: M) => ValueMatch;
  refOf: (mention: M) => LineRef;
  /** Why two of the listed mentions are the same fact. */
  reasonsFor: (a: M, b: M) => string[];
  representative?: (members: readonly M[]) => M;
}

/** The disagreement and agreements of one group of mentions that tell the same fact. */
export function findingsFor<M>(group: readonly M[], spec: FactSpec<M>): FactFinding[] {
  const verdict = judgeValues(group, spec.compare, spec.representative);
  const findings: FactFinding[] = [];
  const reasonsOf = (listed: readonly M[]): string[] => {
    const [a, b] = listed;
    return a && b ? spec.reasonsFor(a, b) : [];
  };
  if (verdict.disagreement) {
    findings.push({
      fact: { fact: spec.fact, kind: spec.kind, values: verdict.disagreement.map(spec.refOf) },
      verdict: 'disagreement',
      reasons: reasonsOf(verdict.disagreement),
    });
  }
  for (const members of verdict.agreements) {
    findings.push({
      fact: { fact: spec.fact, kind: spec.kind, values: members.map(spec.refOf) },
      verdict: 'agreement',
      reasons: reasonsOf(members),
    });
  }
  return findings;
}

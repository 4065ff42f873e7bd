import type { Fact } from '../../../shared/analysis.ts';

/** A fact the finder reports, with the reasons that made it a disagreement or an agreement. */
export interface FactFinding {
  fact: Fact;
  verdict: 'disagreement' | 'agreement';
  reasons: string[];
}

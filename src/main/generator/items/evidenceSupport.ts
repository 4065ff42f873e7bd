import type { Item } from '../../../shared/items.ts';
import { claimDifficulty, judgedClaims } from './evidenceFindings.ts';
import { sentenceInPrompt, verdictOptions, verdictOrder, verdictReason } from './evidenceWording.ts';
import { itemId } from './itemId.ts';
import { letterOptions } from './orderOptions.ts';
import type { SetIndex } from './setIndex.ts';

// Single choice: one claim from an article and the same four verdicts every time — named source, unnamed people,
// unproven by the article's own account, a guess. The clean case (the claim names its source) is asked in exactly
// the same words as the others, so "it's unreliable" is not a safe answer.

const kind = 'evidence-support';

export function evidenceSupport(index: SetIndex): Item[] {
  return judgedClaims(index).map((claim): Item => {
    const id = itemId('evidence', kind, claim.evidence);
    const { options, keys } = letterOptions(
      verdictOrder.map((verdict) => ({ text: verdictOptions[verdict], correct: verdict === claim.verdict })),
    );
    return {
      id,
      skill: 'evidence',
      format: 'single_choice',
      prompt:
        `${index.outlet(claim.file)} writes in line ${claim.line}: ${sentenceInPrompt(claim.sentence)} ` +
        'Going by the article, what best describes the support for this claim?',
      options,
      key: keys[0] as string,
      explanation: verdictReason(claim.verdict, claim.cue, claim.flag),
      difficulty: claimDifficulty(claim),
      clean: claim.verdict === 'supported',
      evidence: claim.evidence,
    };
  });
}

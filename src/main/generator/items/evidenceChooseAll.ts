import type { Item } from '../../../shared/items.ts';
import { hardest } from './difficulty.ts';
import { claimDifficulty, claimsOf, type JudgedClaim } from './evidenceFindings.ts';
import { verdictClause } from './evidenceWording.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import { listInWords, quoteText } from './phrasing.ts';
import type { SetIndex } from './setIndex.ts';

// Choose all that apply: sentences of one article, some without support a reader could check and the rest naming
// their source (the distractors are real sentences that do name their source, so "pick everything" loses).

const kind = 'evidence-choose-all';
const maxUnsupported = 2;
const optionCount = 5;
// A sentence longer than this makes a wall of text as an option; such claims are asked one at a time instead.
const maxOptionLength = 300;

export function evidenceChooseAll(index: SetIndex): Item[] {
  return index.files.flatMap((file): Item[] => {
    const own = claimsOf(index, file).filter((claim) => claim.sentence.length <= maxOptionLength);
    const unsupported = own.filter((claim) => claim.verdict !== 'supported').slice(0, maxUnsupported);
    const supported = own.filter((claim) => claim.verdict === 'supported');
    const named = distinctSources(supported).slice(0, optionCount - unsupported.length);
    if (unsupported.length === 0 || named.length < 2) return [];
    const chosen = [...unsupported, ...named];
    const evidence = chosen.flatMap((claim) => claim.evidence);
    const id = itemId('evidence', kind, evidence);
    const { options, keys } = orderOptions(
      id,
      chosen.map((claim) => ({ text: claim.sentence, correct: claim.verdict !== 'supported' })),
    );
    return [
      {
        id,
        skill: 'evidence',
        format: 'choose_all',
        prompt:
          `Which of these sentences from ${index.outlet(file)} make a claim without support a reader could check ` +
          '(the article says it is unproven, it leans on people it does not name, or it only guesses)? ' +
          'Choose all that apply.',
        options,
        key: keys,
        explanation: explain(unsupported, named),
        difficulty: hardest(unsupported.map((claim) => claimDifficulty(claim))),
        clean: false,
        evidence,
      },
    ];
  });
}

function explain(unsupported: readonly JudgedClaim[], named: readonly JudgedClaim[]): string {
  const weak = unsupported.map(
    (claim) => `${quoteText(claim.sentence, 60)} ${verdictClause(claim.verdict, claim.cue, claim.flag)}.`,
  );
  const sources = listInWords(named.map((claim) => quoteText(claim.cue, 50)));
  return (
    `${weak.join(' ')} The other sentences name their source (${sources}). A named source can still be wrong, ` +
    'but a reader can check who it is and whether they would know.'
  );
}

/** Claims with different sources first, so the distractors are not three sentences all quoting one person. */
function distinctSources(claims: readonly JudgedClaim[]): JudgedClaim[] {
  const seen = new Set<string>();
  const first: JudgedClaim[] = [];
  const again: JudgedClaim[] = [];
  for (const claim of claims) {
    const source = claim.cue.toLowerCase();
    (seen.has(source) ? again : first).push(claim);
    seen.add(source);
  }
  return [...first, ...again];
}

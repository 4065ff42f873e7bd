import { createHash } from 'node:crypto';
import type { ItemOption } from '../../../shared/items.ts';

// Options are shown in an order fixed by their own text (a hash), so the key is not always first and the order
// is the same on every regeneration. Ids are plain letters in display order: they say nothing about the answer.

export interface OptionDraft {
  text: string;
  correct: boolean;
}

export interface OrderedOptions {
  options: ItemOption[];
  keys: string[];
}

export function orderOptions(seed: string, drafts: readonly OptionDraft[]): OrderedOptions {
  const ranked = distinct(drafts)
    .map((draft) => ({ draft, rank: createHash('sha256').update(`${seed}\u0000${draft.text}`).digest('hex') }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const options = ranked.map(({ draft }, index) => ({ id: String.fromCharCode(97 + index), text: draft.text }));
  const keys = ranked.flatMap(({ draft }, index) => (draft.correct ? [String.fromCharCode(97 + index)] : []));
  return { options, keys };
}

/** Options whose order carries meaning (a fixed list of verdicts), lettered as given. */
export function letterOptions(drafts: readonly OptionDraft[]): OrderedOptions {
  drafts = distinct(drafts);
  const options = drafts.map((draft, index) => ({ id: String.fromCharCode(97 + index), text: draft.text }));
  const keys = drafts.flatMap((draft, index) => (draft.correct ? [String.fromCharCode(97 + index)] : []));
  return { options, keys };
}

/**
 * Each text once. Two options that read the same cannot be told apart, and a wrong option that reads like a
 * right one is not wrong: the right one is kept. (Real sets repeat values: two outlets both say "Friday".)
 */
function distinct(drafts: readonly OptionDraft[]): OptionDraft[] {
  const byText = new Map<string, OptionDraft>();
  for (const draft of drafts) {
    const seen = byText.get(draft.text);
    if (!seen || (draft.correct && !seen.correct)) byText.set(draft.text, draft);
  }
  return drafts.filter((draft) => byText.get(draft.text) === draft);
}

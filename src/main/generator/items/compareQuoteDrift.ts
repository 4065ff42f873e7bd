import type { Item } from '../../../shared/items.ts';
import { quoteDriftDifficulty } from './difficulty.ts';
import { passageIn } from './evidencePassage.ts';
import { storiesOf, type ToldValue } from './factStories.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import { quoteText } from './phrasing.ts';
import { compareQuotes, describeChange, type QuoteChange, type QuoteComparison } from './quoteHunks.ts';
import type { SetIndex } from './setIndex.ts';

// Single choice: two outlets quote the same statement; are the words the same? The right answer for a drift names
// the real change ("“parties” became “sides”"); the wrong ones reverse it (the real words given to the wrong
// outlet) or claim a word is missing that both have. The clean case, two quotations word for word alike, is asked
// in the same words, and then "word for word the same" is right.

const kind = 'compare-quote-drift';
const sameWords = 'Where both quote the same part of the statement, they use the same words.';

export function compareQuoteDrift(index: SetIndex): Item[] {
  return storiesOf(index)
    .filter((story) => story.kind === 'quote')
    .flatMap((story) => {
      const items: Item[] = [];
      // The drift is between the disagreement's own two wordings, not a fragment another outlet agrees with.
      const [first, second] = (story.disagreement ?? [])
        .map((ref) => story.told.find((v) => v.file === ref.file && v.line === ref.line && v.text === ref.text))
        .filter((v): v is ToldValue => v !== undefined);
      if (first && second) {
        const comparison = compareQuotes(first.text, second.text);
        if (clearestChange(comparison)) items.push(driftItem(index, first, second, comparison));
      }
      const [agreeing, partner] = firstAgreeingPair(story.told);
      if (agreeing && partner) {
        const comparison = compareQuotes(agreeing.text, partner.text);
        // The wrong options claim a shared word is missing; a quotation of one or two small words has none to offer.
        if (comparison.changes.length === 0 && comparison.aligned >= minAligned && comparison.shared.length > 0) {
          items.push(sameItem(index, agreeing, partner, comparison));
        }
      }
      return items;
    });
}

/** The finder labels a quotation by its opening words; the prompt points at each outlet's own opening words. */
function prompt(index: SetIndex, first: ToldValue, second: ToldValue): string {
  return (
    `Two articles quote the same statement. First: ${index.outlet(first.file)}, line ${first.line}, ` +
    `${quoteText(first.text, 50)}. Second: ${index.outlet(second.file)}, line ${second.line}, ${quoteText(second.text, 50)}. ` +
    'How do the two quotations compare?'
  );
}

function driftItem(index: SetIndex, first: ToldValue, second: ToldValue, comparison: QuoteComparison): Item {
  const evidence = [first, second].map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const id = itemId('compare', kind, evidence);
  const main = clearestChange(comparison) as QuoteChange;
  const key = `In the second, ${describeChange(main)}.`;
  const reversed = `In the second, ${describeChange({ removed: main.added, added: main.removed })}.`;
  const missing = comparison.shared[0] ? [`In the second, “${comparison.shared[0]}” is left out.`] : [];
  const { options, keys } = orderOptions(id, [
    { text: key, correct: true },
    { text: reversed, correct: false },
    { text: sameWords, correct: false },
    ...missing.map((text) => ({ text, correct: false })),
  ]);
  // Swapped words are the drift; words one outlet adds or leaves out are often just a longer or shorter excerpt.
  const swaps = comparison.changes.filter((c) => c.removed !== '' && c.added !== '');
  const shown = swaps.length > 0 ? swaps : comparison.changes;
  const listed = shown.slice(0, 4).map(describeChange);
  const more = shown.length > 4 ? `, and ${shown.length - 4} more` : '';
  const all = `${listed.join('; ')}${more}`;
  return {
    id,
    skill: 'compare',
    format: 'single_choice',
    prompt: prompt(index, first, second),
    options,
    key: keys[0] as string,
    explanation:
      `Both put the words in quotation marks, but where they quote the same part of the statement they differ. ` +
      `From the first to the second: ${all}. ` +
      'Quotation marks promise the speaker’s exact words, so at least one outlet changed them (often in translation). ' +
      'Before you quote it yourself, find the original statement.',
    difficulty: quoteDriftDifficulty(comparison.changedWords, comparison.quoteWords),
    clean: false,
    evidence,
  };
}

function sameItem(index: SetIndex, first: ToldValue, second: ToldValue, comparison: QuoteComparison): Item {
  const evidence = [first, second].map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const id = itemId('compare', kind, evidence);
  const wrong = comparison.shared
    .slice(0, 2)
    .map((word, at) => `In the ${at === 0 ? 'second' : 'first'}, “${word}” is left out.`);
  const { options, keys } = orderOptions(id, [
    { text: sameWords, correct: true },
    ...wrong.map((text) => ({ text, correct: false })),
  ]);
  return {
    id,
    skill: 'compare',
    format: 'single_choice',
    prompt: prompt(index, first, second),
    options,
    key: keys[0] as string,
    explanation:
      `Where both quote the same part of the statement, the words match: ${quoteText(comparison.overlap, 100)}` +
      `${first.text.length !== second.text.length ? ' (one of them quotes more of the statement around it)' : ''}. ` +
      'When outlets quote a statement the same way, that is a good sign they worked from the original; not every ' +
      'pair of reports disagrees.',
    difficulty: 1,
    clean: true,
    evidence,
  };
}

// The change a student can check fastest: the shortest swap of words for other words (a word left out is the
// second choice), never one longer than a few words.
const maxChangeWords = 6;
// Below this share of lined-up words the outlets reordered or paraphrased the statement (see quoteHunks.ts).
const minAligned = 0.5;

function clearestChange(comparison: QuoteComparison): QuoteChange | undefined {
  if (comparison.aligned < minAligned) return undefined;
  const size = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const short = comparison.changes.filter((c) => size(c.removed) <= maxChangeWords && size(c.added) <= maxChangeWords);
  const swaps = short.filter((c) => c.removed !== '' && c.added !== '');
  const pool = swaps.length > 0 ? swaps : short;
  return pool.reduce<QuoteChange | undefined>(
    (best, c) => (!best || size(c.removed) + size(c.added) < size(best.removed) + size(best.added) ? c : best),
    undefined,
  );
}

function firstAgreeingPair(told: readonly ToldValue[]): [ToldValue, ToldValue] | [] {
  const firstOfClass = new Map<number, ToldValue>();
  for (const value of told) {
    const same = firstOfClass.get(value.sameAs);
    if (same) return [same, value];
    firstOfClass.set(value.sameAs, value);
  }
  return [];
}

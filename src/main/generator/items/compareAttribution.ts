import type { Item } from '../../../shared/items.ts';
import { figureGapDifficulty, type Difficulty } from './difficulty.ts';
import { passageIn } from './evidencePassage.ts';
import { figureSize, sameWording, storiesOf, type FactStory, type ToldValue } from './factStories.ts';
import { factInSentence, whyItMatters } from './compareWording.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import { listInWords } from './phrasing.ts';
import type { SetIndex } from './setIndex.ts';

// Choose all that apply: statements "<outlet> gives “<value>”" for one fact told by three or more outlets. The
// false ones give an outlet another outlet's real value, one that differs from its own, so a student has to
// check who said what, not just which values appear somewhere in the set.

const kind = 'compare-attribution';
const pairKinds = new Set(['number', 'date', 'name']);
const maxTrue = 3;
const maxFalse = 3;
const maxOutlets = 4;

export function compareAttribution(index: SetIndex): Item[] {
  return storiesOf(index)
    .filter((story) => pairKinds.has(story.kind) && story.disagreement && story.told.length >= 3)
    .map((story) => attributionItem(index, story));
}

function attributionItem(index: SetIndex, story: FactStory): Item {
  // A fact told by hundreds of outlets is asked about its first few; the statements stay checkable.
  const shown = story.told.slice(0, maxOutlets);
  const swaps: { outlet: ToldValue; value: ToldValue }[] = [];
  for (const outlet of shown) {
    if (swaps.length >= maxFalse) break;
    const other = story.told.find((o) => o.sameAs !== outlet.sameAs && !sameWording(o.text, outlet.text));
    if (other) swaps.push({ outlet, value: other });
  }
  // No more true statements than false ones, so ticking every box never earns credit.
  const truths = shown.slice(0, Math.max(1, Math.min(maxTrue, swaps.length)));
  const statement = (outlet: ToldValue, value: ToldValue): string =>
    `${index.outlet(outlet.file)} gives “${value.text}”.`;
  const cited = [...new Set([...shown, ...swaps.map((swap) => swap.value)])];
  const evidence = cited.map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const id = itemId('compare', kind, evidence);
  const { options, keys } = orderOptions(id, [
    ...truths.map((value) => ({ text: statement(value, value), correct: true })),
    ...swaps.map((swap) => ({ text: statement(swap.outlet, swap.value), correct: false })),
  ]);
  const fact = factInSentence(story.fact, index.lowercaseWords());
  const told = listInWords(
    cited.map((value) => `${index.outlet(value.file)} gives “${value.text}” (line ${value.line})`),
  );
  return {
    id,
    skill: 'compare',
    format: 'choose_all',
    prompt: `Several articles report ${fact}. Which of these statements about what they say are true? Choose all that apply.`,
    options,
    key: keys,
    explanation: `${told}. ${whyItMatters(story.kind)}`,
    difficulty: spreadDifficulty(cited),
    clean: false,
    evidence,
  };
}

function spreadDifficulty(cited: readonly ToldValue[]): Difficulty {
  // The closest two different figures decide how carefully the student must read.
  const sizes = cited.map((value) => figureSize(value.text) ?? NaN).filter(Number.isFinite);
  if (sizes.length < 2) return 2;
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  let closest: Difficulty = 1;
  for (let at = 1; at < sorted.length; at += 1) {
    const d = figureGapDifficulty([sorted[at - 1] as number, sorted[at] as number]);
    if (d > closest) closest = d;
  }
  return closest;
}

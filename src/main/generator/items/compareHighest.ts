import type { Item } from '../../../shared/items.ts';
import { figureGapDifficulty } from './difficulty.ts';
import { passageIn } from './evidencePassage.ts';
import { figureSize, storiesOf, type FactStory, type ToldValue } from './factStories.ts';
import { factInSentence } from './compareWording.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import { listInWords } from './phrasing.ts';
import type { SetIndex } from './setIndex.ts';

// Single choice across three or more outlets: which one gives the highest figure? The options are the outlets
// themselves and "they all give the same figure", which is the right answer when they agree (the clean case).
// Asked only when the answer is one outlet or none: a tie for the highest figure would make two options right.

const kind = 'compare-highest';
const minOutlets = 3;
const maxOutlets = 4;
const allSame = 'They all give the same figure.';

export function compareHighest(index: SetIndex): Item[] {
  return storiesOf(index).flatMap((story) => {
    if (story.kind !== 'number') return [];
    const told = story.told.slice(0, maxOutlets);
    const sizes = told.map((value) => figureSize(value.text));
    if (told.length < minOutlets || sizes.some((size) => size === undefined)) return [];
    const top = Math.max(...(sizes as number[]));
    const atTop = told.filter((_, at) => sizes[at] === top);
    const agree = new Set(told.map((value) => value.sameAs)).size === 1;
    if (!agree && atTop.length !== 1) return [];
    return [highestItem(index, story, told, agree ? undefined : atTop[0])];
  });
}

function highestItem(
  index: SetIndex,
  story: FactStory,
  told: readonly ToldValue[],
  highest: ToldValue | undefined,
): Item {
  const evidence = told.map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const id = itemId('compare', kind, evidence);
  const { options, keys } = orderOptions(id, [
    ...told.map((value) => ({ text: index.outlet(value.file), correct: value === highest })),
    { text: allSame, correct: highest === undefined },
  ]);
  const each = listInWords(
    told.map((value) => `${index.outlet(value.file)} gives “${value.text}” (line ${value.line})`),
  );
  const fact = factInSentence(story.fact, index.lowercaseWords());
  // How hard it is to pick the highest depends on how close the runner-up is.
  const [first, second] = [...new Set(told.map((value) => figureSize(value.text) ?? NaN))].sort((a, b) => b - a);
  return {
    id,
    skill: 'compare',
    format: 'single_choice',
    prompt: `These articles all report ${fact}. Which of them gives the highest figure?`,
    options,
    key: keys[0] as string,
    explanation: highest
      ? `${each}. The highest is “${highest.text}”, in ${index.outlet(highest.file)}. When outlets give different figures for the same thing, ask who counted and when before you repeat one.`
      : `${each}: the same figure, whatever the wording. The outlets agree here, and agreement between independent reports is a good sign.`,
    difficulty: highest ? figureGapDifficulty([first ?? NaN, second ?? NaN]) : 2,
    clean: highest === undefined,
    evidence,
  };
}

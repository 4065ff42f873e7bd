import type { Item } from '../../../shared/items.ts';
import { figureGapDifficulty, type Difficulty } from './difficulty.ts';
import { passageIn } from './evidencePassage.ts';
import { figureSize, sameWording, storiesOf, type FactStory, type ToldValue } from './factStories.ts';
import { factInSentence, sameInOtherWords, whyItMatters } from './compareWording.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import type { SetIndex } from './setIndex.ts';

// Single choice: two outlets and one fact; which pair of values is what they really report? The wrong options
// are the outlets' real values given to the wrong outlet, and never a value that is in fact the same as the right
// one, or the claim that an outlet gives no value. The clean case is two outlets that agree (possibly in
// different words), asked in exactly the same way.
// Quotations and whole claims are too long for this layout; compareQuoteDrift asks about those.

const kind = 'compare-pair';
const pairKinds = new Set(['number', 'date', 'name']);
const maxOptions = 4;

export function comparePair(index: SetIndex): Item[] {
  return storiesOf(index)
    .filter((story) => pairKinds.has(story.kind))
    .flatMap((story) => {
      const items: Item[] = differingPairs(story).map((pair) => pairItem(index, story, pair));
      const agreeing = agreeingPair(story);
      // Two outlets giving a name or title in the very same words is nothing to check; a figure or a date is.
      const trivial = agreeing && story.kind === 'name' && sameWording(agreeing[0].text, agreeing[1].text);
      if (agreeing && !trivial) items.push(pairItem(index, story, agreeing));
      return items;
    });
}

// A second pair of figures is asked only when they are clearly apart: "close to 125,000" and "up to 130,000"
// may both be right, and which pairs the finder saw as different (not merely compatible) is not in the analysis.
const clearGap = 0.15;

/**
 * The two values furthest apart (for figures), else the first two, when the finder says the outlets disagree;
 * for figures also the lowest against the next one up, when that gap is clear too.
 */
function differingPairs(story: FactStory): [ToldValue, ToldValue][] {
  const widest = differingPair(story);
  if (!widest || story.kind !== 'number') return widest ? [widest] : [];
  const classes = new Set<number>();
  const sized = story.told
    .filter((value) => !classes.has(value.sameAs) && classes.add(value.sameAs))
    .filter((value) => figureSize(value.text) !== undefined)
    .sort((a, b) => (figureSize(a.text) ?? 0) - (figureSize(b.text) ?? 0));
  const [low, next] = sized;
  if (!low || !next || sized.length < 3) return [widest];
  const gap = ((figureSize(next.text) ?? 0) - (figureSize(low.text) ?? 0)) / Math.max(figureSize(next.text) ?? 1, 1e-9);
  if (gap < clearGap) return [widest];
  // Another outlet that gives the same low figure, if there is one, so the second item is not about the same pair.
  const used = new Set(widest.map((value) => value.file));
  const lowOutlet = story.told.find((value) => value.sameAs === low.sameAs && !used.has(value.file)) ?? low;
  return [widest, inFileOrder(story, lowOutlet, next)];
}

/** The two values furthest apart (for figures), else the first two, when the finder says the outlets disagree. */
function differingPair(story: FactStory): [ToldValue, ToldValue] | undefined {
  const classes = new Set<number>();
  const values = story.told.filter((value) => !classes.has(value.sameAs) && classes.add(value.sameAs));
  if (!story.disagreement || values.length < 2) return undefined;
  // The same words in two classes would make a "disagreement" no student could see.
  if (values.length === 2 && sameWording((values[0] as ToldValue).text, (values[1] as ToldValue).text))
    return undefined;
  if (values.length > 2) {
    // Which of three names or dates differ is the finder's call, not ours; figures can be ranked by size.
    if (story.kind !== 'number') return undefined;
    const sized = values.filter((value) => figureSize(value.text) !== undefined);
    if (sized.length < 2) return undefined;
    const bySize = [...sized].sort((a, b) => (figureSize(a.text) ?? 0) - (figureSize(b.text) ?? 0));
    return inFileOrder(story, bySize[0] as ToldValue, bySize.at(-1) as ToldValue);
  }
  return [values[0] as ToldValue, values[1] as ToldValue];
}

function agreeingPair(story: FactStory): [ToldValue, ToldValue] | undefined {
  const firstOfClass = new Map<number, ToldValue>();
  for (const value of story.told) {
    const same = firstOfClass.get(value.sameAs);
    if (same) return [same, value];
    firstOfClass.set(value.sameAs, value);
  }
  return undefined;
}

function inFileOrder(story: FactStory, a: ToldValue, b: ToldValue): [ToldValue, ToldValue] {
  return story.told.indexOf(a) <= story.told.indexOf(b) ? [a, b] : [b, a];
}

function pairItem(index: SetIndex, story: FactStory, [first, second]: [ToldValue, ToldValue]): Item {
  const agree = first.sameAs === second.sameAs;
  const evidence = [first, second].map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const id = itemId('compare', kind, evidence);
  const said = (value: ToldValue | undefined): string => (value ? `“${value.text}”` : 'does not say');
  const option = (a: ToldValue | undefined, b: ToldValue | undefined): string =>
    `First: ${said(a)}. Second: ${said(b)}.`;
  // Wrong options: the outlets' values swapped, another outlet's real value given to one of them (never a value
  // that is the same claim as its own), or one of them said to give no value at all, although it does.
  const otherThan = (value: ToldValue): ToldValue[] =>
    story.told
      .filter((other) => other.sameAs !== value.sameAs && !sameWording(other.text, value.text))
      .slice(0, maxOptions);
  const wrong = [
    ...(agree ? [] : [option(second, first)]),
    ...otherThan(second).map((instead) => option(first, instead)),
    ...otherThan(first).map((instead) => option(instead, second)),
    option(first, undefined),
    option(undefined, second),
  ];
  const right = option(first, second);
  const distinctWrong = [...new Set(wrong)].filter((text) => text !== right);
  const { options, keys } = orderOptions(id, [
    { text: right, correct: true },
    ...distinctWrong.slice(0, maxOptions - 1).map((text) => ({ text, correct: false })),
  ]);
  const fact = factInSentence(story.fact, index.lowercaseWords());
  return {
    id,
    skill: 'compare',
    format: 'single_choice',
    prompt:
      `Two articles report ${fact}. First: ${index.outlet(first.file)}. Second: ${index.outlet(second.file)}. ` +
      'What does each one say?',
    options,
    key: keys[0] as string,
    explanation: agree ? agreeExplanation(story, first, second) : disagreeExplanation(story, first, second),
    difficulty: agree ? agreeDifficulty(first, second) : pairDifficulty(story, first, second),
    clean: agree,
    evidence,
  };
}

function disagreeExplanation(story: FactStory, first: ToldValue, second: ToldValue): string {
  const a = figureSize(first.text);
  const b = figureSize(second.text);
  const unit = first.text.includes('%') && second.text.includes('%') ? ' percentage points' : '';
  const gap =
    story.kind === 'number' && a !== undefined && b !== undefined
      ? `, a gap of ${Math.abs(a - b).toLocaleString('en-US')}${unit}`
      : '';
  return (
    `The first article gives “${first.text}” (line ${first.line}); the second gives “${second.text}” (line ${second.line}). ` +
    `They disagree${gap}. ${whyItMatters(story.kind)}`
  );
}

function agreeExplanation(story: FactStory, first: ToldValue, second: ToldValue): string {
  const wording =
    first.text === second.text ? 'in the same words' : `in different words ${sameInOtherWords(story.kind)}`;
  return (
    `The two articles agree: the first says “${first.text}” (line ${first.line}), the second “${second.text}” ` +
    `(line ${second.line}), ${wording}. Not every difference in wording is a disagreement, and outlets often get a fact right.`
  );
}

function pairDifficulty(story: FactStory, first: ToldValue, second: ToldValue): Difficulty {
  if (story.kind !== 'number') return 2;
  return figureGapDifficulty([figureSize(first.text) ?? NaN, figureSize(second.text) ?? NaN]);
}

/** The same figure in the same words is easy to confirm; "approximately" against "some" needs a second look. */
function agreeDifficulty(first: ToldValue, second: ToldValue): Difficulty {
  return first.text === second.text ? 1 : 2;
}

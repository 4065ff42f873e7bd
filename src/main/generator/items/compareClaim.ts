import type { Item } from '../../../shared/items.ts';
import { passageIn } from './evidencePassage.ts';
import { storiesOf, type FactStory, type ToldValue } from './factStories.ts';
import { factInSentence } from './compareWording.ts';
import { itemId } from './itemId.ts';
import { letterOptions } from './orderOptions.ts';
import { quoteText } from './phrasing.ts';
import type { SetIndex } from './setIndex.ts';

// Single choice on a claim two outlets both make, each in a sentence of its own: do they tell it the same way?
// The sentences are in the prompt, so the student compares what is said, not where it is. The options are the
// same three every time; the clean case (the outlets agree in different words) is asked in exactly these words.
// A claim told three ways is left out: which two of them contradict each other is the finder's call, not ours.

const kind = 'compare-claim';

const verdicts = {
  same: 'They agree: both say the same thing, in different words.',
  contradict: 'They disagree: what one says does not fit what the other says.',
  unrelated: 'Neither: they are about different things.',
};

export function compareClaim(index: SetIndex): Item[] {
  return storiesOf(index).flatMap((story) => {
    if (story.kind !== 'claim') return [];
    const items: Item[] = [];
    const disagreement = story.disagreement ?? [];
    const [first, second] = disagreement.map((ref) => told(story, ref)).filter((v): v is ToldValue => v !== undefined);
    if (disagreement.length === 2 && first && second && first.file !== second.file) {
      items.push(claimItem(index, story, first, second, false));
    }
    const agreeing = story.agreements.find((group) => group.length >= 2);
    const [a, b] = (agreeing ?? []).map((ref) => told(story, ref));
    if (a && b && a.file !== b.file) items.push(claimItem(index, story, a, b, true));
    return items;
  });
}

function told(story: FactStory, ref: { file: string; line: number; text: string }): ToldValue | undefined {
  return story.told.find((v) => v.file === ref.file && v.line === ref.line && v.text === ref.text);
}

function claimItem(index: SetIndex, story: FactStory, first: ToldValue, second: ToldValue, agree: boolean): Item {
  const evidence = [first, second].map((value) => passageIn(index.lineOf(value.file, value.line), value.text));
  const { options, keys } = letterOptions([
    { text: verdicts.same, correct: agree },
    { text: verdicts.contradict, correct: !agree },
    { text: verdicts.unrelated, correct: false },
  ]);
  const fact = factInSentence(story.fact, index.lowercaseWords());
  return {
    id: itemId('compare', kind, evidence),
    skill: 'compare',
    format: 'single_choice',
    prompt:
      `Two articles write about the same thing. ${index.outlet(first.file)}, line ${first.line}: ` +
      `${quoteText(first.text, 400)} ${index.outlet(second.file)}, line ${second.line}: ${quoteText(second.text, 400)} ` +
      'How do the two accounts compare?',
    options,
    key: keys[0] as string,
    explanation: agree
      ? `Both tell the same thing (${fact}), in their own words. Outlets that agree are not copying each other ` +
        'just because the facts match; agreement between independent reports is a good sign.'
      : `They disagree on ${fact}: the two sentences do not fit together as written. When outlets describe the ` +
        'same thing in ways that do not fit together, look for the original source before you believe either.',
    difficulty: 2,
    clean: agree,
    evidence,
  };
}

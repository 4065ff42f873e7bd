import type { Item } from '../../../shared/items.ts';
import { optionLines, similarLines } from './clutterPicks.ts';
import { whatClutterIs } from './clutterWording.ts';
import { quoteText } from './phrasing.ts';
import { articleLineDifficulty } from './difficulty.ts';
import { wholeLine } from './evidencePassage.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import { bySimilarLength } from './similarLength.ts';
import type { SetIndex } from './setIndex.ts';

// The clean case of spotting clutter: among clutter lines of the same page, which one is the article's own?
// The article line asked about is the one closest in length to the clutter around it (often a headline or a
// subheading), because a student who calls every short line clutter should get this wrong.

const kind = 'clutter-real-line';
const distractors = 3;

export function clutterRealLine(index: SetIndex): Item[] {
  return index.files.flatMap((file): Item[] => {
    const { chrome, article } = optionLines(index.linesOf(file), index.headline(file));
    if (chrome.length < 2 || article.length === 0) return [];
    const typical = [...chrome].sort((a, b) => a.text.length - b.text.length)[Math.floor(chrome.length / 2)];
    const real = bySimilarLength(typical?.text ?? '', article, (line) => line.text)[0];
    if (!real) return [];
    const others = similarLines(real.text, chrome, distractors);
    const evidence = [wholeLine(real)];
    const id = itemId('clutter', kind, evidence);
    const { options, keys } = orderOptions(id, [
      { text: real.text, correct: true },
      ...others.map((line) => ({ text: line.text, correct: false })),
    ]);
    return [
      {
        id,
        skill: 'clutter',
        format: 'single_choice',
        prompt: `Only one of these lines from ${index.outlet(file)} is part of the news story; the others are ${whatClutterIs}. Which one is the story's own?`,
        options,
        key: keys[0] as string,
        explanation:
          `Line ${real.line}, ${quoteText(real.text, 70)}, belongs to the article: it stands among the story’s ` +
          'paragraphs and is about the same event. ' +
          `The other lines (${others.map((l) => l.line).join(', ')}) are the page around it. ` +
          'A line can be short or look like a label and still be part of the story.',
        difficulty: articleLineDifficulty(real.text),
        clean: true,
        evidence,
      },
    ];
  });
}

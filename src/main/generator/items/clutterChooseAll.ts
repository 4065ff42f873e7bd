import type { Item } from '../../../shared/items.ts';
import { hardestChrome, optionLines } from './clutterPicks.ts';
import { clues, whatClutterIs } from './clutterWording.ts';
import { capitalise, lineList, quoteText } from './phrasing.ts';
import { clutterLineDifficulty, hardest } from './difficulty.ts';
import { wholeLine } from './evidencePassage.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import type { AnalysedLine, SetIndex } from './setIndex.ts';

// Choose all that apply: a few clutter lines and a few real lines of the same article, of similar length. The
// number of clutter lines varies with the article (two or three, one when the page has no more), so "always two" is not a strategy.

const kind = 'clutter-choose-all';
const optionCount = 5;

export function clutterChooseAll(index: SetIndex): Item[] {
  return index.files.flatMap((file): Item[] => {
    const { chrome, article } = optionLines(index.linesOf(file), index.headline(file));
    if (chrome.length === 0 || article.length < 2) return [];
    // The hardest line is left to the odd-line item (unless the page has only two); the rest are picked from hard
    // to easy, so one item mixes a line that reads like news with an obvious button.
    const ranked = hardestChrome(chrome);
    const pool = ranked.length > 2 ? ranked.slice(1) : ranked;
    // At least as many real lines as clutter lines, so ticking every box never earns credit.
    const wanted = Math.min(pool.length, 2 + (chrome.length % 2), article.length);
    const picked = spreadPick(pool, wanted);
    const real = nearestInLength(picked, article, Math.max(optionCount, 2 * picked.length) - picked.length);
    const evidence = [...picked, ...real].map(wholeLine);
    const id = itemId('clutter', kind, evidence);
    const { options, keys } = orderOptions(id, [
      ...picked.map((line) => ({ text: line.text, correct: true })),
      ...real.map((line) => ({ text: line.text, correct: false })),
    ]);
    const reasons = picked.map((line) => `${quoteText(line.text, 50)}${clues(line)}`).join('; ');
    return [
      {
        id,
        skill: 'clutter',
        format: 'choose_all',
        prompt: `Which of these lines from ${index.outlet(file)} are not part of the news story but ${whatClutterIs}? Choose all that apply.`,
        options,
        key: keys,
        explanation:
          `${picked.length === 1 ? 'One line is' : `${picked.length} lines are`} clutter: ${reasons}. ` +
          `${capitalise(lineList(real.map((l) => l.line)))} ${real.length === 1 ? 'is' : 'are'} part of the report itself.`,
        difficulty: hardest(picked.map((line) => clutterLineDifficulty(line.text))),
        clean: false,
        evidence,
      },
    ];
  });
}

/** `count` article lines, each as close as possible in length to one of the clutter lines. */
function nearestInLength(
  chrome: readonly AnalysedLine[],
  article: readonly AnalysedLine[],
  count: number,
): AnalysedLine[] {
  const gap = (line: AnalysedLine): number =>
    Math.min(...chrome.map((c) => Math.abs(Math.log(line.text.length / Math.max(1, c.text.length)))));
  return article
    .map((line, at) => ({ line, at, gap: gap(line) }))
    .sort((a, b) => a.gap - b.gap || a.at - b.at)
    .slice(0, count)
    .map((entry) => entry.line)
    .sort((a, b) => a.line - b.line);
}

/** `count` entries spread evenly over `ranked`, first and last included, in their ranked order. */
function spreadPick<T>(ranked: readonly T[], count: number): T[] {
  if (count >= ranked.length) return [...ranked];
  if (count === 1) return ranked.slice(0, 1);
  return Array.from({ length: count }, (_, at) => ranked[Math.round((at * (ranked.length - 1)) / (count - 1))] as T);
}

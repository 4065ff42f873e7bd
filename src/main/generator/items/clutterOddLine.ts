import type { Item } from '../../../shared/items.ts';
import { hardestChrome, optionLines, similarLines } from './clutterPicks.ts';
import { clues, whatClutterIs } from './clutterWording.ts';
import { quoteText } from './phrasing.ts';
import { clutterLineDifficulty } from './difficulty.ts';
import { wholeLine } from './evidencePassage.ts';
import { itemId } from './itemId.ts';
import { orderOptions } from './orderOptions.ts';
import type { AnalysedLine, SetIndex } from './setIndex.ts';

// Single choice: one clutter line among real lines of the same article, of about the same length, so the student
// has to read what each line says rather than pick the odd-looking one. The hardest clutter lines are asked first.

const kind = 'clutter-odd-line';
const itemsPerArticle = 2;
const distractors = 3;

/** One clutter line per run of clutter: the header and the footer teach different things, two buttons of one comment box do not. */
function askable(lines: readonly AnalysedLine[], chrome: readonly AnalysedLine[]): AnalysedLine[] {
  const runOf = new Map<number, number>();
  let run = 0;
  lines.forEach((line, at) => {
    if (line.boilerplate && !lines[at - 1]?.boilerplate) run += 1;
    if (line.boilerplate) runOf.set(line.line, run);
  });
  const seenRuns = new Set<number>();
  return hardestChrome(chrome).filter((line) => {
    const at = runOf.get(line.line) ?? 0;
    if (seenRuns.has(at)) return false;
    seenRuns.add(at);
    return true;
  });
}

export function clutterOddLine(index: SetIndex): Item[] {
  return index.files.flatMap((file) => {
    const { chrome, article } = optionLines(index.linesOf(file), index.headline(file));
    if (article.length < 2) return [];
    return askable(index.linesOf(file), chrome)
      .slice(0, itemsPerArticle)
      .map((odd): Item => {
        const real = similarLines(odd.text, article, distractors);
        const evidence = [wholeLine(odd)];
        const id = itemId('clutter', kind, evidence);
        const { options, keys } = orderOptions(id, [
          { text: odd.text, correct: true },
          ...real.map((line) => ({ text: line.text, correct: false })),
        ]);
        const realLines = real.map((line) => line.line).join(', ');
        return {
          id,
          skill: 'clutter',
          format: 'single_choice',
          prompt: `Which of these lines from ${index.outlet(file)} is not part of the news story but ${whatClutterIs}?`,
          options,
          key: keys[0] as string,
          explanation:
            `Line ${odd.line}, ${quoteText(odd.text, 70)}, is clutter${clues(odd)}: it is part of the web page, ` +
            `not of the report. The other options (lines ${realLines}) are the story's own lines.`,
          difficulty: clutterLineDifficulty(odd.text),
          clean: false,
          evidence,
        };
      });
  });
}

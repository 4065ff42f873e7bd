import type { Item } from '../../../shared/items.ts';
import { articleLineDifficulty, clutterLineDifficulty, hardest } from './difficulty.ts';
import { wholeLine } from './evidencePassage.ts';
import { clues, whatClutterIs } from './clutterWording.ts';
import { capitalise, lineList, quoteText } from './phrasing.ts';
import { itemId } from './itemId.ts';
import type { AnalysedLine, SetIndex } from './setIndex.ts';

// Mark the lines: a stretch of one article's own lines, in order, chrome included, where the student marks the
// clutter. Each run of chrome is shown with a few article lines around it, because whether "Latest articles" or a
// one-line headline is clutter depends on what stands next to it. The clean version is a stretch of the article
// with no clutter at all, asked in the same words: "there may be none" has to be a real possibility.

const kind = 'clutter-mark-lines';
const contextLines = 3;
const maxWindowLines = 12;
// Room to add article lines to a window that is mostly clutter.
const maxBalancedLines = 18;
const maxWindowsPerArticle = 2;
const cleanWindowLines = 5;

export function clutterMarkLines(index: SetIndex): Item[] {
  return index.files.flatMap((file) => {
    const lines = index.linesOf(file);
    const windows = chromeWindows(lines).map((window) => markItem(index, file, window));
    const clean = cleanWindow(lines);
    return clean ? [...windows, markItem(index, file, clean)] : windows;
  });
}

/** Each run of chrome with up to three article lines on either side; overlapping stretches merge. */
export function chromeWindows(lines: readonly AnalysedLine[]): AnalysedLine[][] {
  const spans: { from: number; to: number }[] = [];
  lines.forEach((line, at) => {
    if (!line.boilerplate) return;
    const from = Math.max(0, at - contextLines);
    const to = Math.min(lines.length, at + 1 + contextLines);
    const last = spans.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else spans.push({ from, to });
  });
  const windows = spans.map(({ from, to }) => {
    const balanced = balancedSpan(lines, from, Math.min(to, from + maxWindowLines));
    return lines.slice(balanced.from, balanced.to);
  });
  // A repeated headline is clutter only because it repeats: which copy to mark is a coin toss, so a stretch
  // holding a clutter line that reads exactly like an article line of the same page is not asked.
  const articleTexts = new Set(lines.filter((l) => !l.boilerplate).map((l) => l.text));
  const useful = windows.filter(
    (w) =>
      w.some((l) => !l.boilerplate) &&
      w.some((l) => l.boilerplate) &&
      !w.some((l) => l.boilerplate && articleTexts.has(l.text)),
  );
  // A page has clutter above and below the story; one stretch of each teaches more than three of the footer.
  return useful.length <= maxWindowsPerArticle
    ? useful
    : [useful[0] as AnalysedLine[], useful.at(-1) as AnalysedLine[]];
}

/**
 * Partial credit is (hits - false alarms) / clutter lines, so marking every line pays only where clutter outnumbers
 * the story's own lines. Such a stretch first takes in more of the story's neighbouring lines; where there are none
 * (a long footer), it keeps only as much of the clutter as the story lines shown can balance.
 */
export function balancedSpan(lines: readonly AnalysedLine[], from: number, to: number): { from: number; to: number } {
  const chromeIn = (a: number, b: number): number => lines.slice(a, b).filter((line) => line.boilerplate).length;
  const unbalanced = (a: number, b: number): boolean => 2 * chromeIn(a, b) > b - a;
  while (unbalanced(from, to) && to - from < maxBalancedLines) {
    if (from > 0 && !lines[from - 1]?.boilerplate) from -= 1;
    else if (to < lines.length && !lines[to]?.boilerplate) to += 1;
    else break;
  }
  while (unbalanced(from, to) && to - from > 1) {
    if (lines[to - 1]?.boilerplate) to -= 1;
    else if (lines[from]?.boilerplate) from += 1;
    else break;
  }
  return { from, to };
}

/** Five article lines from the middle of the article's longest stretch without any clutter. */
export function cleanWindow(lines: readonly AnalysedLine[]): AnalysedLine[] | undefined {
  let best: { from: number; length: number } | undefined;
  let from = 0;
  for (let at = 0; at <= lines.length; at += 1) {
    if (at === lines.length || lines[at]?.boilerplate) {
      const length = at - from;
      if (length >= cleanWindowLines && (!best || length > best.length)) best = { from, length };
      from = at + 1;
    }
  }
  if (!best) return undefined;
  const start = best.from + Math.floor((best.length - cleanWindowLines) / 2);
  return lines.slice(start, start + cleanWindowLines);
}

function markItem(index: SetIndex, file: string, window: readonly AnalysedLine[]): Item {
  const chrome = window.filter((line) => line.boilerplate);
  const clean = chrome.length === 0;
  const evidence = (clean ? window : chrome).map(wholeLine);
  const first = window[0]?.line;
  const last = window.at(-1)?.line;
  return {
    id: itemId('clutter', kind, evidence),
    skill: 'clutter',
    format: 'mark_lines',
    prompt:
      `These are lines ${first} to ${last} of ${index.outlet(file)}, in the order the web page showed them. ` +
      `Mark every line that is not part of the news story but ${whatClutterIs}. There may be none.`,
    explanation: clean ? cleanExplanation(window) : clutterExplanation(chrome),
    difficulty: clean
      ? hardest(window.map((line) => articleLineDifficulty(line.text)))
      : hardest(chrome.map((line) => clutterLineDifficulty(line.text))),
    clean,
    evidence,
    file,
    lines: window.map(({ line, text }) => ({ line, text })),
    key: chrome.map((line) => line.line),
  };
}

function clutterExplanation(chrome: readonly AnalysedLine[]): string {
  const shown = chrome.slice(0, 3).map((line) => `${quoteText(line.text, 60)}${clues(line)}`);
  const more = chrome.length > 3 ? `, and ${chrome.length - 3} more like them` : '';
  return (
    `${capitalise(lineList(chrome.map((l) => l.line)))} ${chrome.length === 1 ? 'belongs' : 'belong'} to the web page, ` +
    `not to the story: ${shown.join('; ')}${more}. The other lines carry the report itself, so they stay unmarked.`
  );
}

function cleanExplanation(window: readonly AnalysedLine[]): string {
  const short = window.find((line) => articleLineDifficulty(line.text) === 3);
  const hint = short
    ? ` A short line such as ${quoteText(short.text, 60)} can still be part of the story, for example a subheading.`
    : '';
  return (
    'Nothing to mark: every line here continues the report, one paragraph after another, with no menu, button, ' +
    `ad or other story's headline in between.${hint} Spotting clutter also means leaving the real article alone.`
  );
}

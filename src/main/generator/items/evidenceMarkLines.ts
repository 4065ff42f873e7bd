import type { Item } from '../../../shared/items.ts';
import { hardest } from './difficulty.ts';
import { claimDifficulty, claimsOf, type JudgedClaim } from './evidenceFindings.ts';
import { verdictClause } from './evidenceWording.ts';
import { itemId } from './itemId.ts';
import { capitalise, lineList, quoteText } from './phrasing.ts';
import type { AnalysedLine, SetIndex } from './setIndex.ts';

// Mark the lines: a few paragraphs of one article (its own text, no page clutter) where the student marks each
// line that makes a claim without checkable support. A "no proof was given" sentence that sits in another line
// than its claim is left out of these stretches: a student could fairly mark either line, and the single-choice
// item asks about that pair more clearly.

const kind = 'evidence-mark-lines';
const linesAround = 2;
const maxWindowsPerArticle = 2;

export function evidenceMarkLines(index: SetIndex): Item[] {
  return index.files.flatMap((file) => {
    const story = index.linesOf(file).filter((line) => !line.boilerplate);
    const own = claimsOf(index, file);
    const unsupported = own.filter((claim) => claim.verdict !== 'supported');
    const splitPairs = new Set(
      unsupported.filter((c) => c.flag && c.flag.line !== c.line).flatMap((c) => [c.line, c.flag?.line as number]),
    );
    const windows: AnalysedLine[][] = [];
    for (const claim of unsupported) {
      if (windows.length >= maxWindowsPerArticle) break;
      const at = story.findIndex((line) => line.line === claim.line);
      if (at < 0 || windows.some((w) => w.some((line) => line.line === claim.line))) continue;
      const window = story.slice(Math.max(0, at - linesAround), at + linesAround + 1);
      if (window.some((line) => splitPairs.has(line.line))) continue;
      windows.push(window);
    }
    return windows.map((window) => markItem(index, file, window, unsupported));
  });
}

function markItem(
  index: SetIndex,
  file: string,
  window: readonly AnalysedLine[],
  unsupported: readonly JudgedClaim[],
): Item {
  const shown = new Set(window.map((line) => line.line));
  const marked = unsupported.filter((claim) => shown.has(claim.line));
  const keyLines = [...new Set(marked.map((claim) => claim.line))].sort((a, b) => a - b);
  const evidence = marked.flatMap((claim) => claim.evidence);
  return {
    id: itemId('evidence', kind, evidence),
    skill: 'evidence',
    format: 'mark_lines',
    prompt:
      `Here are some paragraphs of ${index.outlet(file)}. Mark each line that makes a claim without support a ` +
      'reader could check: the article says it is unproven, it leans on people it does not name, or it only guesses.',
    explanation:
      `Mark ${lineList(keyLines)}. ` +
      marked
        .map(
          (claim) =>
            `${capitalise(quoteText(claim.sentence, 60))} ${verdictClause(claim.verdict, claim.cue, claim.flag)}.`,
        )
        .join(' ') +
      ' The other lines give a named source, or report events and background without a claim that needs one.',
    difficulty: hardest(marked.map((claim) => claimDifficulty(claim))),
    clean: false,
    evidence,
    file,
    lines: window.map(({ line, text }) => ({ line, text })),
    key: keyLines,
  };
}

import type { AnalysedLine } from './setIndex.ts';

// Words shared by the clutter items, so every prompt describes page clutter the same way and the clean and the
// cluttered versions of an item read alike (the wording must not hint which one the student has).

export const whatClutterIs =
  'page clutter: the website around the story (menus, links, buttons, ads, comment boxes, headlines of other stories)';

// The clutter rules write their reasons for teachers, with the rule's weight at the end: "… (+4)". A student
// needs the strongest one or two clues, not the arithmetic.
const weighted = /\s*\(([+-]?\d+(?:\.\d+)?)\)\s*$/u;
// Only clues at least this strong are shown beside the strongest one; weaker ones are arithmetic, not reasons.
const strongClueWeight = 3;
const maxClues = 2;

interface Clue {
  text: string;
  weight: number;
}

function readClue(reason: string, order: number): Clue {
  const match = weighted.exec(reason);
  // Unweighted reasons keep their order: earlier ones first.
  return match
    ? { text: reason.slice(0, match.index).trim(), weight: Number(match[1]) }
    : { text: reason.trim(), weight: 100 - order };
}

/** The strongest reasons a line was judged clutter (or article, when `toward` is 'article'), as one clause. */
export function clues(line: AnalysedLine, toward: 'clutter' | 'article' = 'clutter'): string {
  const sign = toward === 'clutter' ? 1 : -1;
  const ranked = line.reasons
    .map(readClue)
    .map((clue) => ({ text: withoutEcho(clue.text, line.text), weight: clue.weight * sign }))
    .filter((clue) => clue.text !== '' && clue.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const shown = ranked.filter((clue, at) => at === 0 || clue.weight >= strongClueWeight).slice(0, maxClues);
  return shown.length === 0 ? '' : ` (${[...new Set(shown.map((clue) => clue.text))].join('; ')})`;
}

/** "comment or rating widget: “Leave a Reply”" beside the quoted line "Leave a Reply" says it twice. */
function withoutEcho(clue: string, lineText: string): string {
  const quoted = /:\s*“([^”]*)”$/u.exec(clue);
  return quoted && quoted[1]?.trim() === lineText.trim() ? clue.slice(0, quoted.index).trim() : clue;
}

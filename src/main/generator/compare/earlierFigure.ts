import type { Token } from './lineTokens.ts';
import { isClauseBreak } from './eventSubject.ts';

// "raise annual fees from £6,200 to £8,950" / "hike fees from £6,200 to £9,450": the figure a change starts from,
// as written, for the figure it runs to. Two changes from one figure are most likely one change, told with two
// different ends.
export function earlierFigureOf(tokens: readonly Token[], valueFirst: number): string | undefined {
  if (tokens[valueFirst - 1]?.lower !== 'to') return undefined;
  for (let at = valueFirst - 2; at >= Math.max(0, valueFirst - 6); at -= 1) {
    const token = tokens[at];
    if (!token || isClauseBreak(token.text)) return undefined;
    if (token.lower !== 'from') continue;
    const between = tokens.slice(at + 1, valueFirst - 1);
    if (!between.some((word) => /\d/.test(word.text))) return undefined;
    return between.map((word) => word.lower.replaceAll(',', '')).join('');
  }
  return undefined;
}

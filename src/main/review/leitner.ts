// The Leitner boxes. A new item starts in box 1; a fully right answer (score 1) moves it up one box, anything less
// (partial credit included: a half-found flaw is still a flaw missed) sends it back to box 1. Each box says how
// long the item rests before it is due again: box 1 is due at once, so a miss comes straight back.

export const boxes = [1, 2, 3, 4, 5] as const;
export type Box = (typeof boxes)[number];

const day = 24 * 60 * 60 * 1000;

/** How long an item rests in each box before it is due again. */
export const restMs: Readonly<Record<Box, number>> = { 1: 0, 2: day, 3: 3 * day, 4: 7 * day, 5: 21 * day };

/** Items in these boxes count as mastered. */
export const masteredFrom: Box = 4;

/** The box after an answer scoring `score`, starting from `box` (an item never answered is in box 1). */
export function nextBox(box: Box, score: number): Box {
  if (score < 1) return 1;
  return box === 5 ? 5 : ((box + 1) as Box);
}

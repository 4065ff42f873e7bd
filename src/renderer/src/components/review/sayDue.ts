// The card's first sentence: how many items are due now, or when the next one will be.

const dayMs = 24 * 60 * 60 * 1000;

export function sayDue(dueTotal: number, nextDueAt: number | null, now: number): string {
  if (dueTotal > 0) return `${dueTotal} ${dueTotal === 1 ? 'item is' : 'items are'} due for another look.`;
  if (nextDueAt === null) return 'Nothing is due yet: a first review starts you on new items of every skill.';
  const days = Math.max(1, Math.ceil((nextDueAt - now) / dayMs));
  return `Nothing is due right now; the next item is due in ${days} ${days === 1 ? 'day' : 'days'}. You can still practise new items.`;
}

import type { Item } from '../../../shared/items.ts';
import { skills } from '../../../shared/items.ts';

// Discernment: in every skill about a third of the items have a clean answer, so "it's unreliable" to everything
// scores poorly and "it's fine" to everything too. When a skill's share is off, the over-represented side is
// trimmed, taking items round-robin across builders and articles (so every kind, format and article keeps its
// place), each in id order.

export const cleanShare = { target: 1 / 3, low: 0.28, high: 0.4 };
/** Trimming never takes a skill below this many items: a short skill is worse than an uneven one. */
const minItemsPerSkill = 8;

export interface BuiltItem {
  item: Item;
  /** The builder that made it, for round-robin trimming. */
  kind: string;
  /** The article the item is mostly about, so trimming keeps every article represented. */
  file: string;
  /** Higher is kept first when trimming: how much the item teaches (a named person beats "the statement"). */
  priority: number;
}

export function balanceClean(built: readonly BuiltItem[]): BuiltItem[] {
  return skills.flatMap((skill) => balanceSkill(built.filter((b) => b.item.skill === skill)));
}

function balanceSkill(built: readonly BuiltItem[]): BuiltItem[] {
  const clean = built.filter((b) => b.item.clean);
  const unclean = built.filter((b) => !b.item.clean);
  if (clean.length === 0 || unclean.length === 0) return [...built];
  const share = clean.length / built.length;
  if (share > cleanShare.high) {
    const keep = Math.max(
      Math.round((unclean.length * cleanShare.target) / (1 - cleanShare.target)),
      minItemsPerSkill - unclean.length,
    );
    return [...unclean, ...roundRobin(clean, keep)];
  }
  if (share < cleanShare.low) {
    const keep = Math.max(
      Math.round((clean.length * (1 - cleanShare.target)) / cleanShare.target),
      minItemsPerSkill - clean.length,
    );
    return [...clean, ...roundRobin(unclean, keep)];
  }
  return [...built];
}

/** `count` items taken one from each builder and article in turn, each queue best first, then in id order. */
export function roundRobin(built: readonly BuiltItem[], count: number): BuiltItem[] {
  const byKind = new Map<string, BuiltItem[]>();
  const order = (x: BuiltItem, y: BuiltItem): number => y.priority - x.priority || (x.item.id < y.item.id ? -1 : 1);
  for (const b of [...built].sort(order)) {
    const queue = `${b.kind}\u0000${b.file}`;
    const members = byKind.get(queue) ?? [];
    members.push(b);
    byKind.set(queue, members);
  }
  const queues = [...byKind.keys()].sort().map((kind) => byKind.get(kind) as BuiltItem[]);
  const taken: BuiltItem[] = [];
  while (taken.length < Math.min(count, built.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && taken.length < count) taken.push(next);
    }
  }
  return taken;
}

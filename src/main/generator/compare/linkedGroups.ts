// Mentions of one thing told by several articles, joined through an index: each mention is filed under its keys,
// two filed under one key are joined when `linked` says so, and joins carry over (a with b and b with c is one
// group). Each key holds at most `perKey` mentions, so a crowded key costs no more than a quiet one.

/** The groups of joined mentions, in the order their first members come. */
export function linkedGroups<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  perKey: number,
  linked: (a: T, b: T) => boolean,
): T[][] {
  const byKey = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of keysOf(item)) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [index]);
      else if (list.length < perKey) list.push(index);
    }
  });
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  for (const list of byKey.values()) {
    for (const [position, a] of list.entries()) {
      for (const b of list.slice(position + 1)) {
        if (linked(items[a] as T, items[b] as T)) parent[root(b)] = root(a);
      }
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  return [...groups.values()];
}

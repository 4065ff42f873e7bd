import { shuffled } from './shuffle.ts';

// Splits `total` as evenly as possible between groups that can each give at most `capacities[i]`: a group that
// runs short passes its share on to the others (a skill with few clean items gets more flawed ones, not a shorter
// session). When the split is uneven, the seeded `random` decides which groups get the extra one, so no group is
// favoured by its place in the list.

export function fairShares(total: number, capacities: readonly number[], random: () => number): number[] {
  const shares = capacities.map(() => 0);
  let left = Math.min(
    total,
    capacities.reduce((sum, capacity) => sum + capacity, 0),
  );
  while (left > 0) {
    const open = shares.flatMap((share, at) => (share < (capacities[at] ?? 0) ? [at] : []));
    const each = Math.floor(left / open.length);
    if (each > 0) {
      for (const at of open) {
        const given = Math.min(each, (capacities[at] ?? 0) - (shares[at] ?? 0));
        shares[at] = (shares[at] ?? 0) + given;
        left -= given;
      }
    } else {
      for (const at of shuffled(open, random).slice(0, left)) {
        shares[at] = (shares[at] ?? 0) + 1;
        left -= 1;
      }
    }
  }
  return shares;
}

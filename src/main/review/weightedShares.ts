// Splits `total` between groups in proportion to their weights, each group giving at most its capacity (a group
// that runs short passes the rest on). One at a time, each next place goes to the group with the highest
// weight / (places so far + 1) (the D'Hondt rule), ties to the earlier group: no randomness, so the same weights
// always give the same split, and any weight above 0 gets a place once the others have had their share.

export function weightedShares(total: number, weights: readonly number[], capacities: readonly number[]): number[] {
  const shares = weights.map(() => 0);
  for (let placed = 0; placed < total; placed += 1) {
    let best = -1;
    let bestQuotient = -Infinity;
    for (const [at, weight] of weights.entries()) {
      if ((shares[at] ?? 0) >= (capacities[at] ?? 0) || weight <= 0) continue;
      const quotient = weight / ((shares[at] ?? 0) + 1);
      if (quotient > bestQuotient) {
        best = at;
        bestQuotient = quotient;
      }
    }
    if (best < 0) break;
    shares[best] = (shares[best] ?? 0) + 1;
  }
  return shares;
}

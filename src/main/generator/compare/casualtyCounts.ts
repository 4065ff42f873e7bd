// "Three workers were injured" in one article, "four people have been taken to hospital" in another: when no
// article of the set gives both counts, the two are one count of casualties told two ways, and disagree. An
// article that gives both ("12 injured, four of them taken to hospital") shows they are two facts, and then they
// stay apart everywhere in the set.

const injured = 'injured';
const hospitalised = 'hospitalised';

/** The figures with hospital counts read as counts of the injured, unless an article of the set gives both. */
export function joinCasualties<F extends { file: string; unit: string }>(figures: readonly F[]): F[] {
  const injuredIn = new Set<string>();
  const hospitalisedIn = new Set<string>();
  for (const figure of figures) {
    if (figure.unit === injured) injuredIn.add(figure.file);
    if (figure.unit === hospitalised) hospitalisedIn.add(figure.file);
  }
  const both = [...injuredIn].some((file) => hospitalisedIn.has(file));
  if (both || injuredIn.size === 0 || hospitalisedIn.size === 0) return [...figures];
  return figures.map((figure) => (figure.unit === hospitalised ? { ...figure, unit: injured } : figure));
}

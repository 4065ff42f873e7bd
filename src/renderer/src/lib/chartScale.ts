// The arithmetic of the inline SVG charts: where a value lands on an axis and the path through some points. Kept
// apart from the markup so it can be tested; the charts are Svelte markup, not a chart library.

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1] in a straight line; a domain of one value lands in the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

export interface ChartPoint {
  x: number;
  y: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** An SVG path through the points in order ("M10 20L30 40"); empty when there are none. */
export function linePath(points: readonly ChartPoint[]): string {
  return points.map((point, at) => `${at === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join('');
}

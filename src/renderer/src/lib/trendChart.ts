import type { Skill } from '../../../shared/items.ts';
import { linearScale, linePath, type ChartPoint } from './chartScale.ts';
import type { SkillTrend } from './skillTrend.ts';

// Where everything of the per-skill trend chart goes, in the SVG's own units: accuracy 0 to 100 % up the side,
// finished sessions evenly along the bottom. The component only draws what this returns.

export interface TrendChartSize {
  width: number;
  height: number;
  /** Room for the axis labels: left of the plot and under it. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const trendChartSize: TrendChartSize = { width: 640, height: 260, left: 48, right: 20, top: 14, bottom: 40 };

export interface TrendLine {
  skill: Skill;
  path: string;
  points: (ChartPoint & { session: number; accuracy: number })[];
}

export interface TrendChartLayout {
  lines: TrendLine[];
  /** Horizontal grid lines with their labels ("50 %"). */
  yTicks: { y: number; label: string }[];
  /** Session numbers along the bottom; thinned out when there are many, the last always kept. */
  xTicks: { x: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const maxXLabels = 12;

export function trendChartLayout(
  trends: readonly SkillTrend[],
  sessionCount: number,
  size: TrendChartSize = trendChartSize,
): TrendChartLayout {
  const plot = {
    left: size.left,
    right: size.width - size.right,
    top: size.top,
    bottom: size.height - size.bottom,
  };
  const x = linearScale([1, Math.max(1, sessionCount)], [plot.left, plot.right]);
  const y = linearScale([0, 1], [plot.bottom, plot.top]);

  const lines = trends.map((trend) => {
    const points = trend.points.map((point) => ({
      x: x(point.session),
      y: y(point.accuracy),
      session: point.session,
      accuracy: point.accuracy,
    }));
    return { skill: trend.skill, path: linePath(points), points };
  });

  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: y(share), label: `${share * 100} %` }));
  const xTicks = sessionTicks(sessionCount).map((session) => ({ x: x(session), label: String(session) }));
  return { lines, yTicks, xTicks, plot };
}

/** 1, then every `step`th session, and always the last; a regular label crowding the last one gives way. */
export function sessionTicks(sessionCount: number): number[] {
  if (sessionCount < 1) return [];
  const step = Math.max(1, Math.ceil(sessionCount / maxXLabels));
  const ticks: number[] = [];
  for (let session = 1; session <= sessionCount; session += step) ticks.push(session);
  const lastTick = ticks.at(-1) ?? 1;
  if (lastTick !== sessionCount) {
    if (sessionCount - lastTick < step / 2 && lastTick !== 1) ticks.pop();
    ticks.push(sessionCount);
  }
  return ticks;
}

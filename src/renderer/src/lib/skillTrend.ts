import type { Skill } from '../../../shared/items.ts';
import type { SessionSummary } from '../../../shared/reports.ts';
import { skillNames, skillOrder } from './skillNames.ts';
import { percent } from './verdict.ts';

// A student's accuracy per skill over time: one point per finished session that asked the skill, numbered by the
// session's place among the finished ones (oldest first), so sessions are evenly spaced and a skill left out of a
// session simply has no point there. Unfinished sessions are still moving and have no point yet.

export interface TrendPoint {
  /** 1-based place among the finished sessions, oldest first. */
  session: number;
  sessionId: string;
  startedAt: number;
  accuracy: number;
}

export interface SkillTrend {
  skill: Skill;
  points: TrendPoint[];
}

export interface Trends {
  /** Finished sessions, oldest first: the chart's x axis. */
  sessions: SessionSummary[];
  trends: SkillTrend[];
}

export function skillTrends(sessions: readonly SessionSummary[]): Trends {
  const finished = sessions
    .filter((session) => session.finishedAt !== undefined)
    .toSorted((a, b) => a.startedAt - b.startedAt);
  const trends = skillOrder.map((skill) => ({
    skill,
    points: finished.flatMap((session, at) => {
      const result = session.perSkill.find((entry) => entry.skill === skill);
      if (!result || result.items === 0) return [];
      return [
        { session: at + 1, sessionId: session.sessionId, startedAt: session.startedAt, accuracy: result.accuracy },
      ];
    }),
  }));
  return { sessions: finished, trends };
}

/**
 * The chart in words, for a screen reader: "Compare sources: 3 sessions, from 40 % to 80 %, best 80 %. Spot the
 * clutter: no finished session yet."
 */
export function trendSummary(trends: readonly SkillTrend[]): string {
  return trends
    .map((trend) => {
      const name = skillNames[trend.skill];
      const first = trend.points[0];
      const last = trend.points.at(-1);
      if (!first || !last) return `${name}: no finished session yet.`;
      if (trend.points.length === 1) return `${name}: 1 session, ${percent(first.accuracy)}.`;
      const best = Math.max(...trend.points.map((point) => point.accuracy));
      return `${name}: ${trend.points.length} sessions, from ${percent(first.accuracy)} to ${percent(last.accuracy)}, best ${percent(best)}.`;
    })
    .join(' ');
}

import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../src/shared/reports.ts';
import type { SkillResult } from '../../../src/shared/quiz.ts';
import type { Skill } from '../../../src/shared/items.ts';
import { linearScale, linePath } from '../../../src/renderer/src/lib/chartScale.ts';
import { skillTrends, trendSummary } from '../../../src/renderer/src/lib/skillTrend.ts';
import { sessionTicks, trendChartLayout, trendChartSize } from '../../../src/renderer/src/lib/trendChart.ts';

// The per-skill trend chart: accuracy per finished session, one line per skill, a point only where the session
// asked the skill.

function skillResult(skill: Skill, score: number, items: number): SkillResult {
  return {
    skill,
    score,
    items,
    accuracy: items ? score / items : 0,
    answered: items,
    hits: 0,
    misses: 0,
    falseAlarms: 0,
    correctRejections: 0,
    hitRate: null,
    falseAlarmRate: null,
  };
}

function session(id: string, startedAt: number, finished: boolean, perSkill: SkillResult[]): SessionSummary {
  const score = perSkill.reduce((sum, result) => sum + result.score, 0);
  const items = perSkill.reduce((sum, result) => sum + result.items, 0);
  return {
    sessionId: id,
    mode: 'practice',
    setIds: ['set'],
    skills: perSkill.map((result) => result.skill),
    startedAt,
    ...(finished ? { finishedAt: startedAt + 60_000 } : {}),
    total: { ...skillResult('compare', score, items) },
    perSkill,
  };
}

const sessions = [
  session('c', 3000, true, [skillResult('compare', 4, 5), skillResult('clutter', 3, 3)]),
  session('a', 1000, true, [skillResult('compare', 1, 5), skillResult('evidence', 2, 4)]),
  session('open', 4000, false, [skillResult('compare', 5, 5)]),
  session('b', 2000, true, [skillResult('compare', 2, 4), skillResult('evidence', 0, 0)]),
];

describe('scales and paths', () => {
  it('maps a domain onto a range in a straight line, upside down too', () => {
    const y = linearScale([0, 1], [200, 0]);
    expect([y(0), y(0.25), y(1)]).toEqual([200, 150, 0]);
  });

  it('puts a domain of one value in the middle', () => {
    expect(linearScale([1, 1], [40, 60])(1)).toBe(50);
  });

  it('draws a path through the points in order, rounded to hundredths', () => {
    expect(
      linePath([
        { x: 1, y: 2 },
        { x: 3.14159, y: 4 },
      ]),
    ).toBe('M1 2L3.14 4');
    expect(linePath([])).toBe('');
  });
});

describe('the skill trends', () => {
  const { sessions: finished, trends } = skillTrends(sessions);

  it('numbers the finished sessions oldest first and leaves the unfinished one out', () => {
    expect(finished.map((s) => s.sessionId)).toEqual(['a', 'b', 'c']);
  });

  it('gives a skill a point only in the sessions that asked it', () => {
    const points = Object.fromEntries(
      trends.map((trend) => [trend.skill, trend.points.map((p) => [p.session, p.accuracy])]),
    );
    expect(points).toEqual({
      compare: [
        [1, 0.2],
        [2, 0.5],
        [3, 0.8],
      ],
      evidence: [[1, 0.5]],
      clutter: [[3, 1]],
    });
  });

  it('says the chart in words', () => {
    expect(trendSummary(trends)).toBe(
      'Compare sources: 3 sessions, from 20 % to 80 %, best 80 %. Check the evidence: 1 session, 50 %. ' +
        'Spot the clutter: 1 session, 100 %.',
    );
    expect(trendSummary(skillTrends([]).trends)).toContain('Compare sources: no finished session yet.');
  });
});

describe('the trend chart layout', () => {
  const { trends, sessions: finished } = skillTrends(sessions);
  const layout = trendChartLayout(trends, finished.length);
  const { plot } = layout;

  it('spreads the sessions from the left edge of the plot to the right one', () => {
    const compare = layout.lines.find((line) => line.skill === 'compare');
    expect(compare?.points.map((p) => p.x)).toEqual([plot.left, (plot.left + plot.right) / 2, plot.right]);
  });

  it('puts 0 % at the bottom and 100 % at the top', () => {
    const clutter = layout.lines.find((line) => line.skill === 'clutter');
    expect(clutter?.points[0]?.y).toBe(plot.top);
    expect(layout.yTicks[0]).toEqual({ y: plot.bottom, label: '0 %' });
    expect(plot.bottom).toBe(trendChartSize.height - trendChartSize.bottom);
  });

  it('draws each line through its own points', () => {
    const compare = layout.lines.find((line) => line.skill === 'compare');
    expect(compare?.path.match(/[ML]/g)).toHaveLength(3);
  });

  it('labels every session when there are few, and thins them out when there are many, keeping the last', () => {
    expect(sessionTicks(0)).toEqual([]);
    expect(sessionTicks(1)).toEqual([1]);
    expect(sessionTicks(5)).toEqual([1, 2, 3, 4, 5]);
    const many = sessionTicks(40);
    expect(many.length).toBeLessThanOrEqual(14);
    expect(many[0]).toBe(1);
    expect(many.at(-1)).toBe(40);
    const gaps = many.slice(1).map((tick, at) => tick - (many[at] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2);
  });
});

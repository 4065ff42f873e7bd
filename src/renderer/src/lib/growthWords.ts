import type { GrowthFigure } from '../../../shared/assignments.ts';
import { percent } from './verdict.ts';

// Growth figures as a table cell says them: a share, "not taken", or a signed change in percentage points.

export function shareOrDash(share: number | null): string {
  return share === null ? '–' : percent(share);
}

/** +12 points, −5 points, ±0; "–" when a form was not taken. */
export function growthText(figure: GrowthFigure): string {
  if (figure.growth === null) return '–';
  const points = Math.round(figure.growth * 100);
  if (points === 0) return '±0 points';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

import type { Tally } from '../../../shared/quiz.ts';

// The two bars of a skill's small chart: the share of real problems found (hits of hits + misses) beside the share
// of clean cases wrongly flagged (false alarms of false alarms + correct rejections). Shares rather than counts,
// so a skill with many clean lines does not look worse just for having more of them. A bar with nothing to
// measure has no share and says so.

export interface TallyBar {
  name: 'hits' | 'falseAlarms';
  label: string;
  /** 0 to 1; null when there was nothing of this kind to judge. */
  share: number | null;
  /** "3 of 4", or "none to find". */
  caption: string;
}

export function tallyBars(tally: Tally): [TallyBar, TallyBar] {
  return [
    bar('hits', 'Found', tally.hits, tally.hits + tally.misses, 'no problems to find'),
    bar(
      'falseAlarms',
      'False alarms',
      tally.falseAlarms,
      tally.falseAlarms + tally.correctRejections,
      'no clean cases',
    ),
  ];
}

function bar(name: TallyBar['name'], label: string, part: number, whole: number, empty: string): TallyBar {
  return whole === 0
    ? { name, label, share: null, caption: empty }
    : { name, label, share: part / whole, caption: `${part} of ${whole}` };
}

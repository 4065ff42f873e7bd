import type { ReportFilter } from '../../../shared/reports.ts';
import { dateInputValue, localMidnight, sayDay } from './reportDates.ts';

// The report filter as its form holds it (a group, or "" for all; two <input type="date"> values, "" for open)
// and as the calls take it (epoch ms). From is the start of its day and to the start of the day after, both in
// local time, so "from 1 to 23 November" counts every session of the 23rd as well.

export interface FilterInputs {
  group: string;
  /** An assignment's id, or "" for every session. */
  assignmentId?: string;
  from: string;
  to: string;
}

export type FilterFromInputs = { ok: true; filter: ReportFilter } | { ok: false; problem: string };

type Day = { year: number; monthIndex: number; day: number };

function readDay(value: string): Day | undefined {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(localMidnight(year, month - 1, day));
  // 2026-02-30 would roll over to March: not a day the person meant.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day) return undefined;
  return { year, monthIndex: month - 1, day };
}

/** Start of the local day an <input type="date"> names; undefined for "" or a value that is not a day. */
export function dayStart(value: string): number | undefined {
  const day = readDay(value);
  return day && localMidnight(day.year, day.monthIndex, day.day);
}

/** Start of the local day after the one named: the exclusive end of a range that includes the named day. */
export function dayAfter(value: string): number | undefined {
  const day = readDay(value);
  return day && localMidnight(day.year, day.monthIndex, day.day + 1);
}

export function filterFromInputs(inputs: FilterInputs): FilterFromInputs {
  const filter: ReportFilter = {};
  const group = inputs.group.trim();
  if (group) filter.group = group;
  if (inputs.assignmentId) filter.assignmentId = inputs.assignmentId;
  if (inputs.from) {
    const from = dayStart(inputs.from);
    if (from === undefined || from < 0) return { ok: false, problem: 'From is not a date from 1970 on; pick a day.' };
    filter.from = from;
  }
  if (inputs.to) {
    const to = dayAfter(inputs.to);
    if (to === undefined || to < 0) return { ok: false, problem: 'To is not a date from 1970 on; pick a day.' };
    filter.to = to;
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) {
    return { ok: false, problem: 'To is before From; pick a To date on or after the From date.' };
  }
  return { ok: true, filter };
}

/** The inverse, to show a filter already applied in its form. */
export function inputsFromFilter(filter: ReportFilter): FilterInputs {
  return {
    group: filter.group ?? '',
    assignmentId: filter.assignmentId ?? '',
    from: filter.from === undefined ? '' : dateInputValue(filter.from),
    // `to` is the start of the day after the last one counted.
    to: filter.to === undefined ? '' : dateInputValue(filter.to - 1),
  };
}

/**
 * "Group 7B · sessions from 1 November 2026 to 23 November 2026", as a report's subtitle; with an assignment,
 * "Group 7B · Lesson 4 · all sessions".
 */
export function describeFilter(
  filter: ReportFilter,
  { withGroup = true, assignmentName }: { withGroup?: boolean; assignmentName?: string | undefined } = {},
): string {
  const lastDay = filter.to === undefined ? undefined : sayDay(filter.to - 1);
  const firstDay = filter.from === undefined ? undefined : sayDay(filter.from);
  const dates =
    firstDay && lastDay
      ? `sessions from ${firstDay} to ${lastDay}`
      : firstDay
        ? `sessions from ${firstDay} on`
        : lastDay
          ? `sessions up to ${lastDay}`
          : 'all sessions';
  const scope = assignmentName ? `${assignmentName} · ${dates}` : dates;
  if (!withGroup) return scope.charAt(0).toUpperCase() + scope.slice(1);
  return `${filter.group ? `Group ${filter.group}` : 'All groups'} · ${scope}`;
}

/** The name of the assignment a class report is filtered to, from the report's own list. */
export function assignmentName(report: {
  filter: ReportFilter;
  assignments: readonly { id: string; name: string }[];
}): string | undefined {
  const { assignmentId } = report.filter;
  return assignmentId === undefined
    ? undefined
    : (report.assignments.find((entry) => entry.id === assignmentId)?.name ?? 'an assignment no longer here');
}

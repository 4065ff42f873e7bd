import { describe, expect, it } from 'vitest';
import {
  assignmentName,
  dayAfter,
  dayStart,
  describeFilter,
  filterFromInputs,
  inputsFromFilter,
} from '../../../src/renderer/src/lib/reportFilterInputs.ts';

// The teacher's date filter: whole local days in the form, epoch ms in the calls, the last day counted in full.

describe('the days of the report filter', () => {
  it('turns a date into the local midnight that starts it, and the one after it', () => {
    expect(dayStart('2026-11-23')).toBe(new Date(2026, 10, 23).getTime());
    expect(dayAfter('2026-11-23')).toBe(new Date(2026, 10, 24).getTime());
  });

  it('rolls the day after over the end of a month and a year', () => {
    expect(dayAfter('2026-02-28')).toBe(new Date(2026, 2, 1).getTime());
    expect(dayAfter('2026-12-31')).toBe(new Date(2027, 0, 1).getTime());
  });

  it('refuses what is not a day rather than guessing one', () => {
    for (const value of ['', '2026-02-30', '2026-13-01', '23/11/2026', '2026-1-5']) {
      expect(dayStart(value), value).toBeUndefined();
    }
  });

  it('counts every session of the last day: "to" is the start of the day after it', () => {
    const read = filterFromInputs({ group: ' 7B ', from: '2026-11-01', to: '2026-11-23' });
    expect(read).toEqual({
      ok: true,
      filter: { group: '7B', from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 10, 24).getTime() },
    });
    const lastMinute = new Date(2026, 10, 23, 23, 59).getTime();
    if (!read.ok) throw new Error('unreachable');
    expect(lastMinute).toBeLessThan(read.filter.to ?? 0);
  });

  it('leaves out what the form leaves empty', () => {
    expect(filterFromInputs({ group: '', from: '', to: '' })).toEqual({ ok: true, filter: {} });
  });

  it('accepts one day as both ends and refuses an end before the start', () => {
    expect(filterFromInputs({ group: '', from: '2026-11-23', to: '2026-11-23' }).ok).toBe(true);
    const backwards = filterFromInputs({ group: '', from: '2026-11-23', to: '2026-11-22' });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.problem).toMatch(/^To is before From/);
  });

  it('refuses days before 1970, which the calls cannot take', () => {
    expect(filterFromInputs({ group: '', from: '1969-12-31', to: '' })).toEqual({
      ok: false,
      problem: expect.stringContaining('1970'),
    });
    expect(filterFromInputs({ group: '', from: '', to: '1969-12-30' }).ok).toBe(false);
  });

  it('shows an applied filter in the form as it was typed', () => {
    const inputs = { group: '8A', assignmentId: 'lesson-4', from: '2026-03-29', to: '2026-10-25' };
    const read = filterFromInputs(inputs);
    if (!read.ok) throw new Error(read.problem);
    expect(read.filter.assignmentId).toBe('lesson-4');
    expect(inputsFromFilter(read.filter)).toEqual(inputs);
  });

  it('says the filter in words, naming the last day counted', () => {
    const read = filterFromInputs({ group: '7B', from: '2026-11-01', to: '2026-11-23' });
    if (!read.ok) throw new Error(read.problem);
    expect(describeFilter(read.filter)).toBe('Group 7B · sessions from 1 November 2026 to 23 November 2026');
    expect(describeFilter({})).toBe('All groups · all sessions');
    expect(describeFilter({ from: read.filter.from }, { withGroup: false })).toBe('Sessions from 1 November 2026 on');
    expect(describeFilter({ to: read.filter.to })).toBe('All groups · sessions up to 23 November 2026');
    expect(describeFilter({ group: '7B', assignmentId: 'x1' }, { assignmentName: 'Lesson 4' })).toBe(
      'Group 7B · Lesson 4 · all sessions',
    );
  });

  it('names the assignment a report is filtered to, from the report’s own list', () => {
    const assignments = [{ id: 'a1', name: 'Lesson 4' }];
    expect(assignmentName({ filter: { assignmentId: 'a1' }, assignments })).toBe('Lesson 4');
    expect(assignmentName({ filter: {}, assignments })).toBeUndefined();
    expect(assignmentName({ filter: { assignmentId: 'gone' }, assignments })).toBe('an assignment no longer here');
  });
});

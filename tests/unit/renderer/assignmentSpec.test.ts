import { describe, expect, it } from 'vitest';
import {
  assignmentSpecProblem,
  maxAssignmentItems,
  maxAssignmentMinutes,
} from '../../../src/renderer/src/lib/assignmentSpec.ts';
import { assignmentSpecSchema, maxTimeLimitMinutes, type AssignmentSpec } from '../../../src/shared/assignments.ts';
import { maxSessionItems } from '../../../src/shared/quiz.ts';

// The assignment form checks what main's schema checks, so the teacher hears what is wrong before anything is sent.

const good: AssignmentSpec = {
  name: 'Week 4',
  setIds: ['2022-02-putin-xi-nato'],
  skills: ['compare'],
  count: 10,
  mode: 'practice',
  feedback: 'during',
};

describe('the assignment form’s rules', () => {
  it('use the same limits as the shared schema', () => {
    expect(maxAssignmentItems).toBe(maxSessionItems);
    expect(maxAssignmentMinutes).toBe(maxTimeLimitMinutes);
  });

  it('accept and refuse what the schema accepts and refuses', () => {
    const cases: AssignmentSpec[] = [
      good,
      { ...good, name: '' },
      { ...good, setIds: [] },
      { ...good, skills: [] },
      { ...good, count: 0 },
      { ...good, count: maxSessionItems + 1 },
      { ...good, count: 2.5 },
      { ...good, timeLimitMinutes: 30 },
      { ...good, timeLimitMinutes: 0 },
      { ...good, timeLimitMinutes: maxTimeLimitMinutes + 1 },
    ];
    for (const spec of cases) {
      expect(assignmentSpecProblem(spec) === undefined, JSON.stringify(spec)).toBe(
        assignmentSpecSchema.safeParse(spec).success,
      );
    }
  });
});

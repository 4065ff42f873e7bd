import type { AssignmentSpec } from '../../../shared/assignments.ts';

// What the assignment form checks before asking main, in the teacher's words. Main checks again with the schema.
// The limits are those of src/shared (maxSessionItems, maxTimeLimitMinutes), repeated because those modules bring
// zod into the page's bundle; a unit test holds them together.

export const maxAssignmentItems = 200;
export const maxAssignmentMinutes = 240;

export function assignmentSpecProblem(spec: AssignmentSpec): string | undefined {
  if (spec.name.length === 0) return 'Give the assignment a name the students will recognise.';
  if (spec.setIds.length === 0) return 'Choose at least one article set.';
  if (spec.skills.length === 0) return 'Choose at least one skill.';
  if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > maxAssignmentItems) {
    return `The number of items is a whole number from 1 to ${maxAssignmentItems}.`;
  }
  const limit = spec.timeLimitMinutes;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > maxAssignmentMinutes)) {
    return `A time limit is a whole number of minutes from 1 to ${maxAssignmentMinutes}, or empty for none.`;
  }
  return undefined;
}

import { maxTimeLimitMinutes, type AssignmentSpec } from '../../../shared/assignments.ts';
import { maxSessionItems } from '../../../shared/quiz.ts';

// What the assignment form checks before asking main, in the teacher's words. Main checks again with the schema.
// (shared/assignments.ts is imported for its constants only; its zod schemas stay out of the page's first bundle
// because the teacher area is loaded on demand.)

export function assignmentSpecProblem(spec: AssignmentSpec): string | undefined {
  if (spec.name.length === 0) return 'Give the assignment a name the students will recognise.';
  if (spec.setIds.length === 0) return 'Choose at least one article set.';
  if (spec.skills.length === 0) return 'Choose at least one skill.';
  if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > maxSessionItems) {
    return `The number of items is a whole number from 1 to ${maxSessionItems}.`;
  }
  const limit = spec.timeLimitMinutes;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > maxTimeLimitMinutes)) {
    return `A time limit is a whole number of minutes from 1 to ${maxTimeLimitMinutes}, or empty for none.`;
  }
  return undefined;
}

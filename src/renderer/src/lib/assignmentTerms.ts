import type { Assignment } from '../../../shared/assignments.ts';
import { skillNames } from './skillNames.ts';

// An assignment's terms in one line, as a student reads them before starting and a teacher in the list.

export function assignmentTerms(assignment: Assignment): string {
  const parts = [
    `${assignment.itemIds.length} ${assignment.itemIds.length === 1 ? 'item' : 'items'}`,
    assignment.skills.map((skill) => skillNames[skill]).join(', '),
    assignment.mode === 'test' ? 'test' : 'practice',
    assignment.feedback === 'during' ? 'answers shown as you go' : 'answers shown at the end',
    assignment.timeLimitMinutes === undefined
      ? 'no time limit'
      : `${assignment.timeLimitMinutes} ${assignment.timeLimitMinutes === 1 ? 'minute' : 'minutes'}`,
  ];
  return parts.join(' · ');
}

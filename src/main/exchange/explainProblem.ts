import type { z } from 'zod';

// A schema problem in words a teacher understands: where in the file ("session 2, answer 5") and what is wrong
// with which field ("score must be between 0 and 1"). Fields and lists get their everyday names; the messages come
// from the schema where it sets them, otherwise from `problemWords`, the error map readResultsFile parses with.

const listEntry: Record<string, string> = {
  sessions: 'session',
  answers: 'answer',
  items: 'item',
  setIds: 'set',
  skills: 'skill',
  optionIds: 'option',
  lines: 'line',
};

const fieldName: Record<string, string> = {
  exportedAt: 'export time',
  createdAt: 'created time',
  startedAt: 'start time',
  finishedAt: 'finish time',
  answeredAt: 'answer time',
  requestedCount: 'requested count',
  setIds: 'sets',
  itemId: 'item id',
  optionId: 'option id',
  optionIds: 'option ids',
  falseAlarms: 'false alarms',
  correctRejections: 'correct rejections',
};

const typeName: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
};

/** Messages for problems the schema words no message of its own for (zod's per-parse error map). */
export function problemWords(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeName[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)}`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} entries`;
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Crossread does not know: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_union':
      return 'is not in a form Crossread understands';
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return undefined;
  }
}

/** "session 2, answer 5: score must be between 0 and 1", for the first problem zod found in `input`. */
export function explainProblem(issue: z.core.$ZodIssue, input: unknown): string {
  const places: string[] = [];
  let field: string | undefined;
  const path = issue.path;
  for (let at = 0; at < path.length; at += 1) {
    const step = path[at];
    const next = path[at + 1];
    if (typeof step === 'string' && typeof next === 'number') {
      places.push(`${listEntry[step] ?? fieldName[step] ?? step} ${next + 1}`);
      at += 1;
    } else if (typeof step === 'string' && at === path.length - 1) {
      field = fieldName[step] ?? step;
    } else {
      places.push(typeof step === 'string' ? (fieldName[step] ?? step) : `entry ${String(step)}`);
    }
  }
  const missing = issue.code === 'invalid_type' && valueAt(input, path) === undefined;
  const what = missing ? 'is missing' : issue.message;
  const subject = field === undefined ? what : `${field} ${what}`;
  return places.length === 0 ? subject : `${places.join(', ')}: ${subject}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

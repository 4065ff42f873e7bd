import type { Assignment } from '../../shared/assignments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { explainProblem, problemWords } from '../exchange/explainProblem.ts';
import { assignmentFileSchema, assignmentFileVersion, assignmentFormat } from './assignmentFileSchema.ts';
import { canonicalChecksum } from './canonicalJson.ts';

// Reads an assignment file's text into the assignment it carries, or says why not (BAD_ASSIGNMENT), naming the file
// and the problem. Whether it is an assignment file at all, and of which version, is decided before the schema is
// applied, so a results file chosen by mistake gets a sentence about that instead of a list of missing fields.

const askAgain = 'Ask the teacher for the assignment file again.';
const notAnAssignment = `this is not a Crossread assignment file. Choose the .crossread-assignment.json file the teacher gave you.`;

export function readAssignmentFile(fileName: string, text: string): Result<Assignment> {
  let input: unknown;
  try {
    // Editors on some systems put a byte-order mark in front of the JSON.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('BAD_ASSIGNMENT', `${fileName} is not readable JSON: it may be damaged or cut short. ${askAgain}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('BAD_ASSIGNMENT', `${fileName}: ${notAnAssignment}`);
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== assignmentFormat) return fail('BAD_ASSIGNMENT', `${fileName}: ${notAnAssignment}`);
  if (typeof version === 'number' && Number.isInteger(version) && version > assignmentFileVersion) {
    return fail(
      'BAD_ASSIGNMENT',
      `${fileName} was made by a newer Crossread (assignment file version ${version}; this one reads version ` +
        `${assignmentFileVersion}). Update Crossread on this computer, then import it again.`,
    );
  }
  if (version !== assignmentFileVersion) {
    return fail(
      'BAD_ASSIGNMENT',
      `${fileName}: the assignment file version (${describe(version)}) is not one Crossread knows. ${askAgain}`,
    );
  }
  const parsed = assignmentFileSchema.safeParse(input, { error: problemWords });
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const problem = first ? explainProblem(first, input) : 'it does not match the assignment file format';
    return fail('BAD_ASSIGNMENT', `${fileName}: ${problem}. The file may have been edited or damaged. ${askAgain}`);
  }
  if (canonicalChecksum(parsed.data.assignment) !== parsed.data.checksum) {
    return fail(
      'BAD_ASSIGNMENT',
      `${fileName} was changed after the teacher exported it (its checksum does not match the assignment), so ` +
        `it may not ask what the teacher chose. ${askAgain}`,
    );
  }
  return ok(parsed.data.assignment);
}

function describe(version: unknown): string {
  if (version === undefined) return 'missing';
  const shown = JSON.stringify(version);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

import { fail, ok, type Result } from '../../shared/result.ts';
import { explainProblem, problemWords } from './explainProblem.ts';
import { resultsFileSchema, resultsFileVersion, resultsFormat, type ResultsFile } from './resultsFileSchema.ts';

// Reads a results file's text into results Crossread can merge, or says why not (BAD_IMPORT), naming the file and
// the first problem. Whether it is a results file at all, and of which version, is decided before the schema is
// applied, so a photo renamed to .json or a file from a newer Crossread gets a sentence about that instead of a
// list of missing fields.

const notResults = 'this is not a Crossread results file. Choose a file made with "Export my results" in Crossread.';
const damaged = 'The file may have been edited or damaged; ask the student to export their results again.';

export function readResultsFile(fileName: string, text: string): Result<ResultsFile> {
  let input: unknown;
  try {
    // Editors on some systems put a byte-order mark in front of the JSON.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('BAD_IMPORT', `${fileName}: ${notResults}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('BAD_IMPORT', `${fileName}: ${notResults}`);
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== resultsFormat) return fail('BAD_IMPORT', `${fileName}: ${notResults}`);
  if (typeof version === 'number' && Number.isInteger(version) && version > resultsFileVersion) {
    return fail(
      'BAD_IMPORT',
      `${fileName} was made by a newer Crossread (results file version ${version}; this one reads version ` +
        `${resultsFileVersion}). Update Crossread on this computer, then import it again.`,
    );
  }
  if (version !== resultsFileVersion) {
    return fail(
      'BAD_IMPORT',
      `${fileName}: the results file version (${describeVersion(version)}) is not one Crossread knows. ${damaged}`,
    );
  }

  const parsed = resultsFileSchema.safeParse(input, { error: problemWords });
  if (parsed.success) return ok(parsed.data);
  const [first] = parsed.error.issues;
  const problem = first ? explainProblem(first, input) : 'it does not match the results file format';
  return fail('BAD_IMPORT', `${fileName}: ${problem}. ${damaged}`);
}

function describeVersion(version: unknown): string {
  if (version === undefined) return 'missing';
  const shown = JSON.stringify(version);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

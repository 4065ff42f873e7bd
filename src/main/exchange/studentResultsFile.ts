import type { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { findStudent } from '../people/studentStore.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { loadSessions } from '../store/sessionRows.ts';
import { explainProblem } from './explainProblem.ts';
import {
  resultsFileSchema,
  resultsFileVersion,
  resultsFormat,
  type ResultsFile,
  type ResultsSession,
} from './resultsFileSchema.ts';

// Everything stored about one student, as a results file: their profile and every session with its answers,
// finished or not (an unfinished one finishes later and is exported again; the import adds what is new). The
// file is checked against the same schema an import uses, so a file this computer makes is one any computer of
// this version takes.

export function studentResultsFile(db: DatabaseSync, studentId: string, exportedAt: number): Result<ResultsFile> {
  const student = findStudent(db, studentId);
  if (student === undefined) {
    return fail('UNKNOWN_STUDENT', `No student with id "${studentId}" is stored on this computer; pick a profile.`);
  }
  const file = {
    format: resultsFormat,
    version: resultsFileVersion,
    exportedAt,
    student,
    sessions: loadSessions(db, { studentId }).map(resultsSession),
  } satisfies ResultsFile;
  const checked = resultsFileSchema.safeParse(file);
  if (!checked.success) {
    const [first] = checked.error.issues;
    const problem = first ? explainProblem(first, file) : 'it does not match the results file format';
    return fail('INTERNAL', `The results of ${student.name} could not be put in a results file (${problem}).`);
  }
  return ok(checked.data);
}

/** The fields a results file carries, by name: whatever else a later SessionState holds stays on this computer. */
function resultsSession(state: SessionState): ResultsSession {
  return {
    id: state.id,
    mode: state.mode,
    seed: state.seed,
    setIds: state.setIds,
    skills: state.skills,
    requestedCount: state.requestedCount,
    items: state.items.map(({ id, skill }) => ({ id, skill })),
    startedAt: state.startedAt,
    ...(state.finishedAt === undefined ? {} : { finishedAt: state.finishedAt }),
    ...(state.assignment === undefined ? {} : { assignment: { ...state.assignment } }),
    answers: state.answers.map(({ itemId, skill, response, answeredAt, score, tally }) => ({
      itemId,
      skill,
      response,
      answeredAt,
      score,
      tally: {
        hits: tally.hits,
        misses: tally.misses,
        falseAlarms: tally.falseAlarms,
        correctRejections: tally.correctRejections,
      },
    })),
  };
}

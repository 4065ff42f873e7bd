import type { DatabaseSync } from 'node:sqlite';
import type { ImportSummary } from '../../shared/exchange.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { findStudent, insertStudent } from '../people/studentStore.ts';
import type { AnswerRecord, SessionState } from '../quiz/sessionState.ts';
import type { SessionStore } from '../quiz/sessionStore.ts';
import type { ResultsAnswer, ResultsFile, ResultsSession } from './resultsFileSchema.ts';

// Merges a checked results file into this computer's results, all of it or nothing: one transaction, rolled back
// on the first conflict or failed write. What is already here is never changed, only added to:
// - the student is added if their id is new (a stored student keeps their stored name and group);
// - a session is added if new; one already here must be the same session (same student, same items and settings),
//   and gains the finish time if only the file has it;
// - an answer is added if new; one already here must be the same answer, and then counts once (a file imported
//   twice adds nothing). A finished session here gains no answers: finishing closes a session on every computer.
// Anything else means the file and this computer disagree about what happened; the file is rejected and the
// teacher told where. The transaction holds the write lock from its start (BEGIN IMMEDIATE), so what is read
// inside it cannot change before the writes.

const nothingKept = 'Nothing from this file was imported.';

export function mergeResults(
  db: DatabaseSync,
  store: SessionStore,
  fileName: string,
  file: ResultsFile,
): Result<ImportSummary> {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (cause) {
    return fail('STORAGE_FAILED', `${fileName} could not be imported now (${describe(cause)}). Try again.`);
  }
  try {
    const merged = mergeInto(db, store, fileName, file);
    db.exec(merged.ok ? 'COMMIT' : 'ROLLBACK');
    return merged;
  } catch (cause) {
    // SQLite rolls some failures back by itself; roll back only what is still open.
    if (db.isTransaction) db.exec('ROLLBACK');
    return fail(
      'STORAGE_FAILED',
      `${fileName} could not be stored (${describe(cause)}). ${nothingKept} Check that the disk has free space ` +
        'and try again.',
    );
  }
}

function mergeInto(db: DatabaseSync, store: SessionStore, fileName: string, file: ResultsFile): Result<ImportSummary> {
  const summary: ImportSummary = {
    fileName,
    studentsAdded: 0,
    sessionsAdded: 0,
    answersAdded: 0,
    answersAlreadyStored: 0,
  };
  const conflict = (problem: string): Result<ImportSummary> =>
    fail('BAD_IMPORT', `${fileName}: ${problem}. ${nothingKept}`);
  const studentId = file.student.id;

  if (findStudent(db, studentId) === undefined) {
    insertStudent(db, file.student);
    summary.studentsAdded = 1;
  }

  for (const [sessionAt, session] of file.sessions.entries()) {
    const place = `session ${sessionAt + 1} ("${session.id}")`;
    const stored = store.get(session.id);
    if (stored === undefined) {
      const created = store.create(sessionState(session, studentId));
      if (!created.ok) return created;
      summary.sessionsAdded += 1;
    } else {
      const problem = sessionConflict(stored, session, studentId);
      if (problem) return conflict(`${place} ${problem}`);
    }

    const storedAnswers = new Map(stored?.answers.map((answer) => [answer.itemId, answer]));
    for (const [answerAt, answer] of session.answers.entries()) {
      const answerPlace = `${place}, answer ${answerAt + 1} (item "${answer.itemId}")`;
      const storedAnswer = storedAnswers.get(answer.itemId);
      if (storedAnswer !== undefined) {
        if (answerKey(storedAnswer) !== answerKey(answer)) {
          return conflict(`${answerPlace} differs from the answer stored on this computer`);
        }
        summary.answersAlreadyStored += 1;
      } else if (stored?.finishedAt !== undefined) {
        return conflict(`${answerPlace} is not stored here, but the session is already finished on this computer`);
      } else {
        const added = store.addAnswer(session.id, answer);
        if (!added.ok) return added;
        summary.answersAdded += 1;
      }
    }

    if (stored !== undefined && stored.finishedAt === undefined && session.finishedAt !== undefined) {
      const finished = store.finish(session.id, session.finishedAt);
      if (!finished.ok) return finished;
    }
  }
  return ok(summary);
}

/** The session as the store keeps it, still without answers: they are added one by one after it. */
function sessionState(session: ResultsSession, studentId: string): SessionState {
  return {
    version: 1,
    id: session.id,
    mode: session.mode,
    seed: session.seed,
    setIds: session.setIds,
    skills: session.skills,
    requestedCount: session.requestedCount,
    studentId,
    items: session.items,
    answers: [],
    startedAt: session.startedAt,
    ...(session.finishedAt === undefined ? {} : { finishedAt: session.finishedAt }),
    ...(session.assignment === undefined ? {} : { assignment: { ...session.assignment } }),
  };
}

/** Why a stored session and the file's session with the same id cannot be the same session; undefined if they are. */
function sessionConflict(stored: SessionState, session: ResultsSession, studentId: string): string | undefined {
  if (stored.studentId !== studentId) return "is already stored on this computer as another student's session";
  if (settingsKey(stored) !== settingsKey(session)) {
    return 'is stored on this computer with different items or settings';
  }
  if (stored.finishedAt !== undefined && session.finishedAt !== undefined && stored.finishedAt !== session.finishedAt) {
    return 'was finished at a different time on this computer';
  }
  return undefined;
}

/** What a session is from its start: never changed by answering or finishing it. */
function settingsKey(session: SessionState | ResultsSession): string {
  return JSON.stringify([
    session.mode,
    session.seed,
    session.setIds,
    session.skills,
    session.requestedCount,
    session.items.map((item) => [item.id, item.skill]),
    session.startedAt,
  ]);
}

function answerKey(answer: AnswerRecord | ResultsAnswer): string {
  const { tally } = answer;
  return JSON.stringify([
    answer.itemId,
    answer.skill,
    answer.response,
    answer.answeredAt,
    answer.score,
    [tally.hits, tally.misses, tally.falseAlarms, tally.correctRejections],
  ]);
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

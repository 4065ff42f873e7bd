/* eslint-disable @typescript-eslint/no-explicit-any -- the tests change files into shapes no type describes */
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../../../src/main/exchange/readResultsFile.ts';
import { resultsFileSchema, type ResultsFile } from '../../../../src/main/exchange/resultsFileSchema.ts';
import type { ImportSummary } from '../../../../src/shared/exchange.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callOk } from '../quiz/support/seedItems.ts';
import {
  exportOf,
  fingerprint,
  importArgs,
  openComputer,
  resultRows,
  studentWithSessions,
  type Computer,
} from './support/classroom.ts';

// Files that are results files in every field but disagree with what the teacher's computer already holds: the
// whole file is refused, with where it disagrees, and nothing from it is kept (not even the parts before the
// disagreement, which the transaction had already written).

const tempDir = useTempDir('crossread-exchange-conflict-');

/** Ana's and Ben's results, each exported from their own computer, and a teacher's computer holding Ana's. */
async function classroom(): Promise<{ teacher: Computer; ana: ResultsFile; ben: ResultsFile; anaText: string }> {
  const anasComputer = await openComputer(await tempDir());
  const bensComputer = await openComputer(await tempDir());
  const ana = await studentWithSessions(anasComputer, 'Ana', undefined, '7B');
  const ben = await studentWithSessions(bensComputer, 'Ben', undefined, '7B');
  const anaText = (await exportOf(anasComputer, ana.student.id)).data;
  const benText = (await exportOf(bensComputer, ben.student.id)).data;
  const teacher = await openComputer(await tempDir());
  await callOk(teacher.handlers, 'importResults', importArgs(teacher, 'ana.json', anaText));
  return {
    teacher,
    ana: resultsFileSchema.parse(JSON.parse(anaText)),
    ben: resultsFileSchema.parse(JSON.parse(benText)),
    anaText,
  };
}

function changed(file: ResultsFile, change: (copy: any) => void): string {
  const copy = structuredClone(file);
  change(copy);
  return JSON.stringify(copy);
}

/** A session this computer has not seen, first in the file: written before the conflict is found. */
function withNewSessionFirst(copy: any): void {
  copy.sessions.unshift({ ...structuredClone(copy.sessions[1]), id: 'a-session-only-this-file-has' });
}

async function importFails(teacher: Computer, fileName: string, text: string): Promise<string> {
  expect(readResultsFile(fileName, text).ok).toBe(true);
  const before = fingerprint(teacher.db);
  const result = (await teacher.handlers.importResults(importArgs(teacher, fileName, text))) as Result<ImportSummary>;
  if (result.ok) throw new Error(`${fileName} was imported: ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe('BAD_IMPORT');
  expect(result.error.message).toMatch(
    new RegExp(`^${fileName.replace('.', '\\.')}: .*Nothing from this file was imported\\.$`),
  );
  expect(fingerprint(teacher.db)).toBe(before);
  return result.error.message;
}

describe('a results file that disagrees with the stored results', () => {
  it("is refused when it claims another student's session, and the new student is not kept", async () => {
    const { teacher, ana, ben } = await classroom();
    const stolen = changed(ben, (copy) => (copy.sessions[1].id = ana.sessions[0]?.id));
    expect(await importFails(teacher, 'ben.json', stolen)).toContain(
      `session 2 ("${ana.sessions[0]?.id}") is already stored on this computer as another student's session`,
    );
    expect(resultRows(teacher.db).students.map((row: any) => row.name)).toEqual(['Ana']);
  });

  it('is refused when a stored answer differs, after a new session earlier in the file', async () => {
    const { teacher, ana } = await classroom();
    const regraded = changed(ana, (copy) => {
      withNewSessionFirst(copy);
      copy.sessions[2].answers[1].score = copy.sessions[2].answers[1].score === 1 ? 0.5 : 1;
    });
    expect(await importFails(teacher, 'ana-regraded.json', regraded)).toContain(
      `session 3 ("${ana.sessions[1]?.id}"), answer 2 (item "${ana.sessions[1]?.answers[1]?.itemId}") differs from the answer stored`,
    );
    const moved = changed(ana, (copy) => (copy.sessions[0].answers[0].answeredAt += 1));
    expect(await importFails(teacher, 'ana-moved.json', moved)).toContain('answer 1');
  });

  it('is refused when a stored session has other settings or another finish time', async () => {
    const { teacher, ana } = await classroom();
    expect(
      await importFails(
        teacher,
        'ana-seed.json',
        changed(ana, (copy) => (copy.sessions[0].seed += 1)),
      ),
    ).toContain('is stored on this computer with different items or settings');
    expect(
      await importFails(
        teacher,
        'ana-items.json',
        changed(ana, (copy) => copy.sessions[1].items.reverse()),
      ),
    ).toContain('different items or settings');
    expect(
      await importFails(
        teacher,
        'ana-finish.json',
        changed(ana, (copy) => (copy.sessions[0].finishedAt += 60_000)),
      ),
    ).toContain('was finished at a different time on this computer');
  });

  it('is refused when it adds an answer to a session finished on this computer', async () => {
    const { teacher, ana } = await classroom();
    const finished = ana.sessions[0];
    const unanswered = finished?.items.find((item) => !finished.answers.some((answer) => answer.itemId === item.id));
    if (!finished || !unanswered) throw new Error('the finished session has an unanswered item');
    const late = changed(ana, (copy) =>
      copy.sessions[0].answers.push({
        ...structuredClone(copy.sessions[0].answers[0]),
        itemId: unanswered.id,
        skill: unanswered.skill,
        answeredAt: (finished.finishedAt ?? 0) + 1,
      }),
    );
    expect(await importFails(teacher, 'ana-late.json', late)).toContain(
      `answer 5 (item "${unanswered.id}") is not stored here, but the session is already finished on this computer`,
    );
  });
});

describe('several files imported one by one', () => {
  it('imports the good ones while each bad one is refused with its reason', async () => {
    const { ana, ben, anaText } = await classroom();
    const teacher = await openComputer(await tempDir());
    const chenClaimsAnas = changed(ben, (copy) => {
      copy.student = { ...copy.student, id: 'chen', name: 'Chen' };
      copy.sessions[0].id = ana.sessions[1]?.id;
    });
    const files: [string, string][] = [
      ['ana.json', anaText],
      ['photo.json', '\u0089PNG\r\n\u001a\n'],
      ['chen.json', chenClaimsAnas],
      ['ben.json', JSON.stringify(ben)],
      ['ben-v9.json', changed(ben, (copy) => (copy.version = 9))],
    ];
    const outcomes: Result<ImportSummary>[] = [];
    for (const [fileName, text] of files) {
      outcomes.push(
        (await teacher.handlers.importResults(importArgs(teacher, fileName, text))) as Result<ImportSummary>,
      );
    }
    expect(outcomes.map((outcome) => (outcome.ok ? 'imported' : outcome.error.code))).toEqual([
      'imported',
      'BAD_IMPORT',
      'BAD_IMPORT',
      'imported',
      'BAD_IMPORT',
    ]);
    expect(
      outcomes.map((outcome) => (outcome.ok ? outcome.value.fileName : outcome.error.message.split(/[: ]/)[0])),
    ).toEqual(files.map(([fileName]) => fileName));
    const rows = resultRows(teacher.db);
    expect(rows.students.map((row: any) => row.name).sort()).toEqual(['Ana', 'Ben']);
    expect(rows.sessions).toHaveLength(ana.sessions.length + ben.sessions.length);
    const answers = [...ana.sessions, ...ben.sessions].reduce((sum, session) => sum + session.answers.length, 0);
    expect(rows.answers).toHaveLength(answers);
  });
});

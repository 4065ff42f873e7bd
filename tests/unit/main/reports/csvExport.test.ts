import Papa from 'papaparse';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../src/shared/exportFile.ts';
import { skills } from '../../../../src/shared/items.ts';
import type { ExportCsvArgs } from '../../../../src/shared/reports.ts';
import { seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { handClock } from '../teacher/support/teacherGateFor.ts';
import { day, items, seedClassroom, sessions, students } from './support/classroom.ts';
import { openReports, valueOf } from './support/reportDeps.ts';
import { insertSession, insertStudent } from './support/seedRows.ts';

// The exports read back with a strict CSV reader (header row, one record per CRLF, no guessing) and compared with
// the rows stored.

const tempDir = useTempDir('crossread-csv-');

type CsvRow = Record<string, string>;

async function exportOf(seed: (db: DatabaseSync) => void, args: Omit<ExportCsvArgs, 'token'>): Promise<ExportFile> {
  const { reports, token } = await openReports(await tempDir(), handClock(day(20)), seed);
  return valueOf(await reports.exportCsv({ token, ...args }));
}

function records(file: ExportFile): string[][] {
  expect(file.data.startsWith('\uFEFF')).toBe(true);
  const read = Papa.parse<string[]>(file.data.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(read.errors).toEqual([]);
  return read.data;
}

function headerOf(file: ExportFile): string[] {
  return records(file)[0] ?? [];
}

function rowsOf(file: ExportFile): CsvRow[] {
  const [header = [], ...rows] = records(file);
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((column, at) => [column, row[at] ?? ''])));
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('the answers export', () => {
  it('is a UTF-8 file with a BOM and CRLF line ends, named after the table and the day', async () => {
    const file = await exportOf(seedClassroom, { table: 'answers' });
    expect(file).toMatchObject({
      fileName: 'crossread-answers-2026-11-20.csv',
      mimeType: 'text/csv',
      encoding: 'utf8',
    });
    expect(file.data.startsWith('\uFEFFstudent_id,student_name,group,session_id,')).toBe(true);
    // A header and 11 answer rows, each ended by CRLF, and no other line break anywhere.
    expect(file.data.split('\r\n')).toHaveLength(13);
    expect(file.data.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('holds one row per student × session × counted item, with every stored answer as it was stored', async () => {
    const rows = rowsOf(await exportOf(seedClassroom, { table: 'answers' }));
    // Students by name; sessions oldest first; items in the order asked. s1 counts its unanswered C2; unfinished
    // s2 only its answered E1; s6 belongs to nobody.
    expect(rows.map((row) => `${row['student_name']} ${row['session_id']} ${row['item_id']}`)).toEqual([
      `Ana s1 ${items.E1.id}`,
      `Ana s1 ${items.E2.id}`,
      `Ana s1 ${items.C1.id}`,
      `Ana s1 ${items.C2.id}`,
      `Ana s2 ${items.E1.id}`,
      `Ben s3 ${items.E1.id}`,
      `Ben s3 ${items.C1.id}`,
      `Ben s5 ${items.E1.id}`,
      `Cleo s4 ${items.E1.id}`,
      `Cleo s4 ${items.E2.id}`,
      `Cleo s4 ${items.X1.id}`,
    ]);

    const studentsById = new Map(Object.values(students).map((student) => [student.id, student]));
    for (const session of sessions) {
      const student = session.studentId === null ? undefined : studentsById.get(session.studentId);
      for (const answer of session.answers) {
        const row = rows.find((r) => r['session_id'] === session.id && r['item_id'] === answer.itemId);
        if (!student) {
          expect(row).toBeUndefined();
          continue;
        }
        expect(row).toEqual({
          student_id: student.id,
          student_name: student.name,
          group: student.group,
          session_id: session.id,
          mode: session.mode,
          session_started: iso(session.startedAt),
          session_finished: session.finishedAt === undefined ? '' : iso(session.finishedAt),
          item_id: answer.itemId,
          skill: session.items.find((item) => item.id === answer.itemId)?.skill,
          answered_at: iso(answer.answeredAt),
          score: String(answer.score),
          correct: answer.score === 1 ? '1' : '0',
          hits: String(answer.tally[0]),
          misses: String(answer.tally[1]),
          false_alarms: String(answer.tally[2]),
          correct_rejections: String(answer.tally[3]),
          response: expect.any(String),
        });
        expect(JSON.parse(row?.['response'] ?? '')).toEqual(answer.response);
      }
    }
    // Left unanswered in a finished session: scored 0, no decisions, no time, no response.
    expect(rows[3]).toMatchObject({
      item_id: items.C2.id,
      answered_at: '',
      score: '0',
      correct: '0',
      hits: '',
      misses: '',
      false_alarms: '',
      correct_rejections: '',
      response: '',
    });
  });

  it('follows the group and date filter', async () => {
    const group = rowsOf(await exportOf(seedClassroom, { table: 'answers', group: '7B' }));
    expect(group.map((row) => row['session_id'])).toEqual(['s4', 's4', 's4']);
    const dates = rowsOf(await exportOf(seedClassroom, { table: 'answers', from: day(5, 0) }));
    expect(dates.map((row) => `${row['session_id']} ${row['item_id']}`)).toEqual([`s5 ${items.E1.id}`]);
  });
});

describe('the summary export', () => {
  it('has one row per student with totals and, for every skill, items, accuracy, hits and false alarms', async () => {
    const file = await exportOf(seedClassroom, { table: 'summary' });
    expect(file.fileName).toBe('crossread-summary-2026-11-20.csv');
    const header = headerOf(file);
    for (const skill of skills) {
      for (const column of ['items', 'accuracy', 'hits', 'false_alarms'])
        expect(header).toContain(`${skill}_${column}`);
    }
    const rows = rowsOf(file);
    expect(rows.map((row) => row['student_name'])).toEqual(['Ana', 'Ben', 'Cleo', 'Dan']);
    // Worked out by hand from support/classroom.ts.
    expect(rows[0]).toMatchObject({
      student_id: students.ana.id,
      group: '7A',
      sessions: '2',
      items: '5',
      answered: '4',
      score: '2.5',
      accuracy: '0.5',
      hits: '3',
      misses: '2',
      false_alarms: '1',
      correct_rejections: '2',
      compare_items: '0',
      compare_accuracy: '',
      evidence_items: '3',
      evidence_accuracy: '0.6667',
      evidence_hits: '2',
      evidence_false_alarms: '0',
      clutter_items: '2',
      clutter_accuracy: '0.25',
      clutter_hits: '1',
      clutter_false_alarms: '1',
    });
    expect(rows[2]).toMatchObject({
      compare_items: '1',
      compare_accuracy: '0',
      evidence_items: '2',
      evidence_accuracy: '1',
    });
    // Dan never practised: nothing to score is an empty accuracy, not 0.
    expect(rows[3]).toMatchObject({ sessions: '0', items: '0', accuracy: '', evidence_accuracy: '' });
  });
});

describe('names a spreadsheet could misread', () => {
  const risky = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2+3'];
  const awkward = 'Smith, "Jo"\nsecond line';

  function seedRiskyNames(db: DatabaseSync): void {
    const names = [...risky, awkward];
    for (const [at, name] of names.entries()) {
      const id = `student-${at}`;
      insertStudent(db, { id, name, group: at === 0 ? "=cmd|' /C calc'!A0" : '7A, east' });
      insertSession(db, {
        id: `session-${at}`,
        studentId: id,
        mode: 'test',
        setIds: [seedSetId],
        skills: ['evidence'],
        items: [items.E1],
        startedAt: day(2, 9, at),
        finishedAt: day(2, 10, at),
        answers: [
          {
            itemId: items.E1.id,
            score: 1,
            tally: [1, 0, 0, 0],
            answeredAt: day(2, 9, 30),
            response: { optionId: '=1+1' },
          },
        ],
      });
    }
  }

  it('come back as text, never as a formula, and a comma, quote or line break stays in its cell', async () => {
    for (const table of ['answers', 'summary'] as const) {
      const rows = rowsOf(await exportOf(seedRiskyNames, { table }));
      const nameOf = (id: string) => rows.find((row) => row['student_id'] === id)?.['student_name'];
      for (const [at, name] of risky.entries()) expect(nameOf(`student-${at}`)).toBe(`'${name}`);
      expect(nameOf(`student-${risky.length}`)).toBe(awkward);
      expect(rows.find((row) => row['student_id'] === 'student-0')?.['group']).toBe("'=cmd|' /C calc'!A0");
      expect(rows.find((row) => row['student_id'] === 'student-1')?.['group']).toBe('7A, east');
      // No cell anywhere starts like a formula, apart from the apostrophe-guarded ones.
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

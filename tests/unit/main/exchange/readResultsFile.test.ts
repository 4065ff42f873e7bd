/* eslint-disable @typescript-eslint/no-explicit-any -- the tests change files into shapes no type describes */
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../../../src/main/exchange/readResultsFile.ts';
import { resultsFileSchema, type ResultsFile } from '../../../../src/main/exchange/resultsFileSchema.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { exportOf, openComputer, studentWithSessions } from './support/classroom.ts';

// What a teacher reads when a file cannot be imported: the file's name and the first problem, in words.

const tempDir = useTempDir('crossread-exchange-read-');

async function anasFile(): Promise<ResultsFile> {
  const computer = await openComputer(await tempDir());
  const { student } = await studentWithSessions(computer, 'Ana');
  return resultsFileSchema.parse(JSON.parse((await exportOf(computer, student.id)).data));
}

function reasonFor(text: string, fileName = 'results-ana.json'): string {
  const read = readResultsFile(fileName, text);
  if (read.ok) throw new Error(`${fileName} was expected to be refused`);
  expect(read.error.code).toBe('BAD_IMPORT');
  return read.error.message;
}

/** The file with one change made to a copy. */
function changed(file: ResultsFile, change: (copy: Record<string, any>) => void): string {
  const copy = structuredClone(file) as unknown as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
}

describe('readResultsFile', () => {
  it('reads the file Crossread exported, byte-order mark or not', async () => {
    const file = await anasFile();
    expect(readResultsFile('ana.json', JSON.stringify(file))).toEqual({ ok: true, value: file });
    expect(readResultsFile('ana.json', `\uFEFF${JSON.stringify(file, null, 2)}`)).toEqual({ ok: true, value: file });
  });

  it('says a file is not a results file when it is not JSON, or JSON of something else', async () => {
    const file = await anasFile();
    for (const text of [
      '',
      'name,score\nAna,3',
      '[1, 2]',
      'null',
      '{"format": "crossread-report"}',
      '"crossread-results"',
    ]) {
      expect(reasonFor(text)).toMatch(/^results-ana\.json: this is not a Crossread results file\./);
    }
    expect(reasonFor(JSON.stringify(file).slice(0, -1))).toMatch(/not a Crossread results file/);
    expect(reasonFor(changed(file, (copy) => delete copy['format']))).toMatch(/not a Crossread results file/);
  });

  it('says a file from a newer Crossread needs an update, and names an unknown version', async () => {
    const file = await anasFile();
    expect(reasonFor(changed(file, (copy) => (copy['version'] = 3)))).toBe(
      'results-ana.json was made by a newer Crossread (results file version 3; this one reads version 1). ' +
        'Update Crossread on this computer, then import it again.',
    );
    expect(reasonFor(changed(file, (copy) => (copy['version'] = '1')))).toMatch(
      /^results-ana\.json: the results file version \("1"\) is not one Crossread knows\./,
    );
    expect(reasonFor(changed(file, (copy) => delete copy['version']))).toMatch(/version \(missing\)/);
  });

  it('names the place and the field of the first problem', async () => {
    const file = await anasFile();
    const cases: [(copy: Record<string, any>) => void, string][] = [
      [
        (copy) => (copy['sessions'][1]['answers'][1]['score'] = 1.5),
        'session 2, answer 2: score must be between 0 and 1',
      ],
      [
        (copy) => delete copy['sessions'][0]['answers'][2]['tally']['hits'],
        'session 1, answer 3, tally: hits is missing',
      ],
      [(copy) => (copy['student']['name'] = ''), 'student: name is empty'],
      [(copy) => (copy['student']['name'] = 42), 'student: name must be text'],
      [(copy) => (copy['sessions'][0]['mode'] = 'exam'), 'session 1: mode must be one of: practice, test'],
      [
        (copy) => (copy['sessions'][1]['startedAt'] = -5),
        'session 2: start time must be a time (milliseconds since 1970)',
      ],
      [
        (copy) => (copy['sessions'][0]['answers'][0]['response'] = { optionId: 'a', lines: [2] }),
        'session 1, answer 1: response is not in a form Crossread understands',
      ],
      [(copy) => (copy['sessions'][0]['colour'] = 'red'), 'session 1: has a field Crossread does not know: "colour"'],
      [
        (copy) => (copy['sessions'][1]['answers'][1]['itemId'] = 'not-an-item'),
        'session 2, answer 2: item id "not-an-item" is not one of this session\'s items',
      ],
      [
        (copy) => copy['sessions'][1]['answers'].push(copy['sessions'][1]['answers'][0]),
        `session 2, answer 3: item id "${file.sessions[1]?.answers[0]?.itemId}" was already answered in answer 1`,
      ],
      [
        (copy) => copy['sessions'].push(copy['sessions'][0]),
        `session 3: id "${file.sessions[0]?.id}" is the same as session 1's`,
      ],
    ];
    for (const [change, problem] of cases) {
      expect(reasonFor(changed(file, change))).toBe(
        `results-ana.json: ${problem}. The file may have been edited or damaged; ask the student to export their results again.`,
      );
    }
  });
});

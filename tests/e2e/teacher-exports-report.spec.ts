import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { ExportFile } from '../../src/shared/exportFile.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, startBrowserMode, stopBrowserMode, test, watchConsole } from './support/browserMode.ts';
import { callApi, callValue } from './support/callApi.ts';
import { downloadText } from './support/download.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { becomeNewStudent } from './support/students.ts';
import { takeTest, type TakenTest } from './support/takeTest.ts';

// A teacher's term in one story: the teacher sets a PIN, two students take tests on this computer, a third
// student's results arrive as a file from another computer, and the teacher exports the answers and the summary
// as CSV (read back and checked against what was answered) and the class report as a PDF (turned into images).

const pin = '482916';
const risky = '=HYPERLINK("http://x.example","click")';
const run = promisify(execFile);

test('a teacher sets a PIN, exports CSV and PDF of two students’ tests and imports a results file', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const consoleProblems = watchConsole(page);
  const server = await startBrowserMode();
  try {
    await page.goto(server.url);

    await page.getByRole('button', { name: 'Teacher area' }).click();
    await expect(page.getByRole('heading', { name: 'Set a PIN' })).toBeVisible();
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByLabel('PIN again', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await expect(page.getByRole('heading', { name: 'Class overview' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();

    const taken = new Map<string, TakenTest>();
    await becomeNewStudent(page, 'Ana Silva', '7A');
    taken.set('Ana Silva', await takeTest(page, 5));
    await page.getByRole('button', { name: 'Back to the article sets' }).click();
    await page.getByRole('button', { name: 'Not you? Switch' }).click();
    await becomeNewStudent(page, risky, '7B');
    taken.set(risky, await takeTest(page, 4));
    await page.getByRole('button', { name: 'Back to the article sets' }).click();

    // Students cannot read the class's results: the teacher's calls refuse anyone without the PIN's token.
    const refused = await callApi(server.url, 'classReport', { token: 'x'.repeat(32) });
    expect(refused.ok ? 'answered' : refused.error.code).toBe('TEACHER_LOCKED');

    await page.getByRole('button', { name: 'Teacher area' }).click();
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Class overview' })).toBeVisible();
    const students = page.getByRole('table', { name: /Students by skill/ });
    // One row per student in the table's body; its head has two rows of its own. Counted by a retrying assertion,
    // so the count is taken once the table has rendered, never before.
    await expect(students.locator('tbody tr')).toHaveCount(2);
    await keepScreenshot(page, 'teacher-class-overview');
    await expectNoAxeViolations(page, 'class overview');

    // CSV of every answer: a row per item of each test, the same response and score the engine gave.
    const answersCsv = await downloadText(page.getByRole('button', { name: 'Export CSV (answers)' }));
    expect(answersCsv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(answersCsv);
    const expected = [...taken].flatMap(([name, test]) =>
      test.results.items.map((item) => ({ name, item, response: test.given.get(item.itemId) })),
    );
    expect(rows).toHaveLength(expected.length);
    for (const { name, item, response } of expected) {
      const row = rows.find(
        (candidate) => candidate['item_id'] === item.itemId && unescaped(candidate['student_name']) === name,
      );
      expect(row, `${name} / ${item.itemId}`).toBeDefined();
      expect(JSON.parse(row?.['response'] ?? 'null')).toEqual(response);
      expect(Number(row?.['score'])).toBeCloseTo(item.score, 6);
    }
    // A name that is a spreadsheet formula is written so that it stays text.
    expect(rows.some((row) => row['student_name'] === `'${risky}`)).toBe(true);

    const summary = parseCsv(await downloadText(page.getByRole('button', { name: 'Export CSV (summary)' })));
    expect(summary.map((row) => unescaped(row['student_name'])).sort()).toEqual(['Ana Silva', risky].sort());
    for (const row of summary) {
      const test = taken.get(unescaped(row['student_name']));
      expect(Number(row['score'])).toBeCloseTo(test?.results.total.score ?? -1, 6);
      expect(Number(row['hits'])).toBe(test?.results.total.hits);
      expect(Number(row['false_alarms'])).toBe(test?.results.total.falseAlarms);
    }

    // The class report as a PDF, turned into one image per page for people to look at.
    const pdfPath = test.info().outputPath('class-report.pdf');
    const printed = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).first().click();
    await (await printed).saveAs(pdfPath);
    const pngPrefix = join('test-results', 'screens', 'teacher-class-report-pdf');
    await run('pdftoppm', ['-png', '-r', '60', pdfPath, pngPrefix]);
    const pages = (await readdir(join('test-results', 'screens'))).filter((file) =>
      file.startsWith('teacher-class-report-pdf'),
    );
    expect(pages.length).toBeGreaterThan(0);
    expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // One student's report, and its PDF.
    await students
      .getByRole('button', { name: 'Ana Silva' })
      .or(students.getByRole('link', { name: 'Ana Silva' }))
      .click();
    await expect(page.getByRole('heading', { name: 'Report: Ana Silva' })).toBeVisible();
    await expectNoAxeViolations(page, 'student report');
    const studentPdfPath = test.info().outputPath('student-report.pdf');
    const studentPrinted = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).first().click();
    await (await studentPrinted).saveAs(studentPdfPath);
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      studentPdfPath,
      join('test-results', 'screens', 'teacher-student-report-pdf'),
    ]);
    await page.getByRole('button', { name: 'Back to the class overview' }).click();

    // A third student's results, from another computer, arrive as a file; importing it twice adds nothing.
    const file = await resultsFromAnotherComputer();
    await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Results files' }).click();
    const picker = page.getByLabel('Results files');
    await picker.setInputFiles({ name: file.fileName, mimeType: 'application/json', buffer: Buffer.from(file.data) });
    await page.getByRole('button', { name: 'Import results' }).click();
    await expect(page.getByText(/^Added 1 student, 1 session and 3 answers/)).toBeVisible();
    await picker.setInputFiles({ name: file.fileName, mimeType: 'application/json', buffer: Buffer.from(file.data) });
    await page.getByRole('button', { name: 'Import results' }).click();
    await expect(page.getByText(/^Nothing new: 3 answers/)).toBeVisible();
    await keepScreenshot(page, 'teacher-import-results');
    await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Class report' }).click();
    await expect(
      students.getByRole('link', { name: 'Remote Rui' }).or(students.getByRole('button', { name: 'Remote Rui' })),
    ).toBeVisible();

    expect(consoleProblems).toEqual([]);
  } finally {
    await stopBrowserMode(server);
  }
});

/** The CSV as a spreadsheet reads it: the byte order mark dropped, one object per row keyed by the header. */
function parseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The formula guard's apostrophe taken off, to compare a name with the one typed. */
function unescaped(cell: string | undefined): string {
  return cell?.startsWith("'") ? cell.slice(1) : (cell ?? '');
}

/** Another data folder (another computer): a student takes a 3-item test there and exports their results. */
async function resultsFromAnotherComputer(): Promise<ExportFile> {
  const other = await startBrowserMode();
  try {
    const student = await callValue<{ id: string }>(other.url, 'createStudent', { name: 'Remote Rui', group: '7A' });
    const view = await callValue<{
      sessionId: string;
      items: { id: string; format: string; options?: { id: string }[] }[];
    }>(other.url, 'startSession', {
      mode: 'test',
      setIds: ['2022-02-putin-xi-nato'],
      skills: ['compare', 'evidence', 'clutter'],
      count: 3,
      studentId: student.id,
    });
    for (const item of view.items) {
      const response =
        item.format === 'single_choice'
          ? { optionId: item.options?.[0]?.id }
          : item.format === 'choose_all'
            ? { optionIds: [] }
            : { lines: [] };
      await callValue(other.url, 'submitAnswer', { sessionId: view.sessionId, itemId: item.id, response });
    }
    await callValue(other.url, 'finishSession', { sessionId: view.sessionId });
    return await callValue<ExportFile>(other.url, 'exportResults', { studentId: student.id });
  } finally {
    await stopBrowserMode(other);
  }
}

import type { Page } from '@playwright/test';
import type { SessionView } from '../../src/shared/quiz.ts';
import { apiValue } from './support/apiValue.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, startBrowserMode, stopBrowserMode, test, watchConsole } from './support/browserMode.ts';
import { callApi } from './support/callApi.ts';
import { downloadText } from './support/download.ts';
import { keepScreenshot } from './support/screenshots.ts';
import { finishWith } from './support/resultsScreen.ts';
import { becomeNewStudent } from './support/students.ts';
import { answerEvery } from './support/takeTest.ts';

// A lesson in one story: the teacher adds a group, makes an assignment, saves it as a file to hand out and locks
// this computer to it for that group. A student takes it and cannot get anywhere else: no teacher area, no other
// session (main refuses it too), not even after a reload; only the teacher's PIN lifts the lock. The file then
// opens on another computer (another data folder) with the same items.

const pin = '735194';

interface AssignmentFile {
  format: string;
  version: number;
  assignment: { id: string; name: string; itemIds: string[] };
}

test('an assignment handed out as a file, and a computer locked to it until the teacher’s PIN', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleProblems = watchConsole(page);
  const classComputer = await startBrowserMode();
  const homeComputer = await startBrowserMode();
  try {
    await page.goto(classComputer.url);
    await setTeacherPin(page);

    await page.getByRole('button', { name: 'Students and groups' }).click();
    await addStudents(page, '8C', ['Ivo Petrov', 'Maya Chen']);
    await addStudents(page, '8D', ['Zed Other']);

    await page.getByRole('button', { name: 'Assignments', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Evidence check');
    await page.getByRole('radio', { name: /^Test/ }).check();
    await expect(page.getByRole('radio', { name: /^During the session/ })).toBeDisabled();
    await page.getByRole('spinbutton', { name: 'Number of items' }).fill('4');
    await page.getByRole('button', { name: 'Make assignment' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Evidence check' }) });
    await expect(card).toBeVisible();
    await expect(card.getByText(/^4 items · .* · test · answers shown at the end · no time limit/)).toBeVisible();
    await expectNoAxeViolations(page, 'assignments');
    await keepScreenshot(page, 'teacher-assignments');

    const fileText = await downloadText(card.getByRole('button', { name: 'Save as a file' }));
    const file = JSON.parse(fileText) as AssignmentFile;
    expect(file.format).toBe('crossread-assignment');
    expect(file.assignment.itemIds).toHaveLength(4);

    await card.getByLabel('Students listed').selectOption({ label: 'Group 8C' });
    await card.getByRole('button', { name: 'Lock this computer to it' }).click();

    // Locked: the assignment, the group's names and nothing else.
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence check' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Ivo Petrov/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Maya Chen/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Zed Other/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Teacher area' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'classroom');
    await keepScreenshot(page, 'classroom-locked');

    // Main refuses any other session, whatever asks for it.
    const other = await callApi(classComputer.url, 'startSession', {
      mode: 'practice',
      setIds: ['2022-02-putin-xi-nato'],
      skills: ['clutter'],
      count: 2,
    });
    expect(other.ok ? 'started' : other.error.code).toBe('CLASSROOM_LOCKED');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence check' })).toBeVisible();

    await page.getByRole('button', { name: /^Ivo Petrov/ }).click();
    await expect(page.getByRole('heading', { name: 'Ready, Ivo Petrov?' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'My progress' })).toHaveCount(0);
    const started = page.waitForResponse('**/api/startAssignment');
    await page.getByRole('button', { name: 'Start the assignment' }).click();
    const view = await apiValue<SessionView>(await started);
    expect(view.assignmentId).toBe(file.assignment.id);
    expect(view.items.map((item) => item.id).toSorted()).toEqual(file.assignment.itemIds);
    await answerEvery(page, view);
    const results = await finishWith(page, 'Finish and see results');
    expect(results.items).toHaveLength(4);
    await expect(page.getByRole('button', { name: 'Back to the article sets' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Practise the missed ones/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Done: next student' }).click();
    await expect(page.getByRole('heading', { name: 'Who is practising?' })).toBeFocused();
    // A test is handed in once: Ivo cannot start it again.
    await page.getByRole('button', { name: /^Ivo Petrov/ }).click();
    await page.getByRole('button', { name: 'Start the assignment' }).click();
    await expect(page.getByRole('alert')).toContainText('has already been handed in under this name');
    await page.getByRole('button', { name: 'Not you? Switch' }).first().click();

    // A wrong PIN keeps the lock; the right one lifts it.
    await page.getByRole('button', { name: 'Teacher: unlock this computer' }).click();
    await page.getByLabel('PIN', { exact: true }).fill('000000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('That PIN is not right');
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence check' })).toBeVisible();
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Article sets' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Teacher area' })).toBeVisible();

    // The lesson's report: the class overview filtered to the assignment has Ivo's one session.
    await page.getByRole('button', { name: 'Teacher area' }).click();
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByLabel('Assignment', { exact: true }).selectOption({ label: 'Evidence check' });
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(page.getByText(/^All groups · Evidence check · all sessions/)).toBeVisible();
    const ivo = page
      .getByRole('table', { name: /Students by skill/ })
      .getByRole('row')
      .filter({ hasText: 'Ivo Petrov' });
    await expect(ivo.getByRole('cell').first()).toHaveText('1');

    // Ivo picked the wrong name by mistake once: the teacher lets him take it again.
    await page.getByRole('button', { name: 'Assignments', exact: true }).click();
    // The list shows who has handed it in, so nobody has to guess.
    await page.getByRole('button', { name: 'Who handed it in' }).click();
    const handIns = page.getByRole('region', { name: 'Who has handed in Evidence check' });
    await expect(handIns.getByRole('listitem')).toHaveCount(1);
    await expect(handIns.getByRole('listitem')).toContainText('Ivo Petrov (8C)');
    await handIns.getByRole('button', { name: 'Allow one more attempt for Ivo Petrov (8C)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ivo Petrov (8C) can take' })).toBeVisible();
    await expect(handIns.getByRole('listitem')).toContainText('May take it once more');

    // Done with it: deleted from the list after a confirmation; Ivo's results stay in the report.
    await page.getByRole('button', { name: 'Delete Evidence check' }).click();
    await page.getByRole('button', { name: 'Delete it' }).click();
    await expect(page.getByText(/^None yet\./)).toBeVisible();
    await page.getByRole('navigation', { name: 'Teacher area' }).getByRole('button', { name: 'Class report' }).click();
    await expect(ivo.getByRole('cell').first()).toHaveText('1');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();

    // The file on a student's own computer: imported, and the same four items.
    await page.goto(homeComputer.url);
    await becomeNewStudent(page, 'Home Learner');
    await page.getByRole('button', { name: 'Import an assignment file…' }).click();
    await page.getByLabel('Assignment file').setInputFiles({
      name: 'evidence-check.crossread-assignment.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await page.getByRole('button', { name: 'Import assignment' }).click();
    await expect(page.getByRole('status').filter({ hasText: '“Evidence check” was added.' })).toBeVisible();
    const startedAtHome = page.waitForResponse('**/api/startAssignment');
    await page.getByRole('button', { name: 'Start Evidence check' }).click();
    const homeView = await apiValue<SessionView>(await startedAtHome);
    expect(homeView.items.map((item) => item.id).toSorted()).toEqual(file.assignment.itemIds);
    expect(consoleProblems).toEqual([]);
  } finally {
    await stopBrowserMode(classComputer);
    await stopBrowserMode(homeComputer);
  }
});

async function setTeacherPin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Teacher area' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('PIN again', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByRole('heading', { name: 'Class overview' })).toBeVisible();
}

async function addStudents(page: Page, group: string, names: string[]): Promise<void> {
  await page.getByLabel('Group', { exact: true }).fill(group);
  await page.getByLabel('Names, one a line').fill(names.join('\n'));
  await page.getByRole('button', { name: 'Add students' }).click();
  await expect(page.getByRole('status').filter({ hasText: `added to group ${group}` })).toContainText(
    `${names.length} ${names.length === 1 ? 'student was' : 'students were'} added to group ${group}.`,
  );
}

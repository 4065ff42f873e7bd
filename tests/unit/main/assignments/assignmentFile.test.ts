import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalChecksum } from '../../../../src/main/assignments/canonicalJson.ts';
import { itemsFilePath } from '../../../../src/main/quiz/itemBank.ts';
import type { Assignment, ImportedAssignment } from '../../../../src/shared/assignments.ts';
import type { ExportFile } from '../../../../src/shared/exportFile.ts';
import { contentDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { callFails, callOk } from '../quiz/support/seedItems.ts';
import {
  addStudent,
  allSeedItems,
  createAssignment,
  fingerprint,
  openComputer,
  startAssignment,
  type Computer,
} from './support/assignmentComputer.ts';

// The teacher exports an assignment on one computer; it is imported on another with the same content and taken
// there. A file that was edited, damaged, or names items the other computer lacks is refused and writes nothing.

const tempDir = useTempDir('crossread-assignment-file-');

async function exported(computer: Computer, assignment: Assignment): Promise<ExportFile> {
  return callOk<ExportFile>(computer.handlers, 'exportAssignment', {
    token: computer.token,
    assignmentId: assignment.id,
  });
}

async function teacherAndClassroom(): Promise<{
  teacher: Computer;
  classroom: Computer;
  made: Assignment;
  file: ExportFile;
}> {
  const teacher = await openComputer(await tempDir());
  const classroom = await openComputer(await tempDir());
  const made = await createAssignment(teacher, { name: 'Week 3: Sources (pré)', count: 9, timeLimitMinutes: 30 });
  return { teacher, classroom, made, file: await exported(teacher, made) };
}

/** The file's JSON with `change` applied, the checksum left as exported unless `rehash`. */
function edited(file: ExportFile, change: (assignment: Assignment) => void, rehash = false): string {
  const body = JSON.parse(file.data) as { assignment: Assignment; checksum: string };
  change(body.assignment);
  if (rehash) body.checksum = canonicalChecksum(body.assignment);
  return JSON.stringify(body);
}

async function refused(computer: Computer, fileName: string, text: string): Promise<string> {
  const before = fingerprint(computer.db);
  const error = await callFails(computer.handlers, 'importAssignment', { fileName, text });
  expect(error.code).toBe('BAD_ASSIGNMENT');
  expect(error.message).toContain(fileName);
  expect(fingerprint(computer.db)).toBe(before);
  return error.message;
}

describe('exportAssignment and importAssignment', () => {
  it('carries the assignment to another computer, where a student gets the same items in the same order', async () => {
    const { teacher, classroom, made, file } = await teacherAndClassroom();
    expect(file.fileName).toBe('week-3-sources-pre.crossread-assignment.json');
    expect(file).toMatchObject({ mimeType: 'application/json', encoding: 'utf8' });
    const body = JSON.parse(file.data) as Record<string, unknown>;
    expect(body).toEqual({
      format: 'crossread-assignment',
      version: 1,
      assignment: made,
      checksum: canonicalChecksum(made),
    });
    expect(body['checksum']).toMatch(/^[0-9a-f]{64}$/);

    const imported = await callOk<ImportedAssignment>(classroom.handlers, 'importAssignment', {
      fileName: file.fileName,
      text: file.data,
    });
    expect(imported).toEqual({ assignment: made, alreadyThere: false });
    const listed = await callOk<{ assignments: Assignment[] }>(classroom.handlers, 'listAssignments', {});
    expect(listed.assignments).toEqual([made]);
    const row = classroom.db.prepare('SELECT imported_at FROM assignments WHERE id = ?').get(made.id) as {
      imported_at: number;
    };
    expect(row.imported_at).toBe(classroom.clock.now());

    // The same student (same id: a results file carried them over, here the profile is made with it) gets the
    // same order on both computers.
    const ana = await addStudent(teacher, 'Ana');
    classroom.db
      .prepare('INSERT INTO students (id, name, group_name, created_at) VALUES (?, ?, NULL, ?)')
      .run(ana.id, ana.name, ana.createdAt);
    const there = await startAssignment(classroom, made.id, ana);
    const here = await startAssignment(teacher, made.id, ana);
    expect([...there.items.map((item) => item.id)].sort()).toEqual(made.itemIds);
    expect(there.items.map((item) => item.id)).toEqual(here.items.map((item) => item.id));
    expect(there.endsAt).toBe(there.startedAt + 30 * 60_000);
  });

  it('imports the same file twice as one assignment, and on the computer that made it as already there', async () => {
    const { teacher, classroom, made, file } = await teacherAndClassroom();
    await callOk(classroom.handlers, 'importAssignment', { fileName: file.fileName, text: file.data });
    const before = fingerprint(classroom.db);
    const twice = await callOk<ImportedAssignment>(classroom.handlers, 'importAssignment', {
      fileName: file.fileName,
      text: file.data,
    });
    expect(twice).toEqual({ assignment: made, alreadyThere: true });
    expect(fingerprint(classroom.db)).toBe(before);
    const home = await callOk<ImportedAssignment>(teacher.handlers, 'importAssignment', {
      fileName: file.fileName,
      text: file.data,
    });
    expect(home.alreadyThere).toBe(true);
  });

  it('accepts the keys in another order: the checksum is over canonical JSON', async () => {
    const { classroom, made, file } = await teacherAndClassroom();
    const reordered = Object.fromEntries(Object.entries(made).reverse());
    const text = JSON.stringify({
      checksum: canonicalChecksum(made),
      assignment: reordered,
      version: 1,
      format: 'crossread-assignment',
    });
    const imported = await callOk<ImportedAssignment>(classroom.handlers, 'importAssignment', {
      fileName: file.fileName,
      text,
    });
    expect(imported.assignment).toEqual(made);
  });

  it('refuses an edited body (one item id changed, the checksum kept) and writes nothing', async () => {
    const { classroom, made, file } = await teacherAndClassroom();
    const other = allSeedItems.find((item) => made.skills.includes(item.skill) && !made.itemIds.includes(item.id));
    if (!other) throw new Error('the seed set has no item outside the assignment');
    const text = edited(file, (assignment) => {
      assignment.itemIds[0] = other.id;
    });
    const message = await refused(classroom, file.fileName, text);
    expect(message).toContain('checksum');
    expect(message).toContain('Ask the teacher for the assignment file again');
  });

  it('refuses a file with another id body under an id already here', async () => {
    const { classroom, file } = await teacherAndClassroom();
    await callOk(classroom.handlers, 'importAssignment', { fileName: file.fileName, text: file.data });
    const renamed = edited(
      file,
      (assignment) => {
        assignment.name = 'Week 4';
      },
      true,
    );
    expect(await refused(classroom, 'week-4.crossread-assignment.json', renamed)).toContain('already on this computer');
  });

  it('refuses damaged JSON, another kind of file, an unknown or newer version, and a broken field', async () => {
    const { classroom, file } = await teacherAndClassroom();
    expect(await refused(classroom, 'cut.json', file.data.slice(0, file.data.length / 2))).toContain(
      'not readable JSON',
    );
    expect(
      await refused(classroom, 'results.json', JSON.stringify({ format: 'crossread-results', version: 1 })),
    ).toContain('not a Crossread assignment file');
    const body = JSON.parse(file.data) as Record<string, unknown>;
    expect(await refused(classroom, 'old.json', JSON.stringify({ ...body, version: 0 }))).toContain('version (0)');
    expect(await refused(classroom, 'new.json', JSON.stringify({ ...body, version: 2 }))).toContain('newer Crossread');
    const noSeed = edited(
      file,
      (assignment) => {
        (assignment as Partial<Assignment>).seed = undefined;
      },
      true,
    );
    expect(await refused(classroom, 'seedless.json', noSeed)).toContain('seed is missing');
  });

  it('refuses a file whose items this computer lacks: a missing set, or items generated differently', async () => {
    const { made, file } = await teacherAndClassroom();
    // A computer whose content has no items for the seed set.
    const emptyContent = await tempDir();
    await mkdir(join(emptyContent, 'items'), { recursive: true });
    const bare = await openComputer(await tempDir(), emptyContent);
    const noSet = await refused(bare, file.fileName, file.data);
    expect(noSet).toContain(seedSetId);
    expect(noSet).toContain('is not on this computer');

    // A computer whose items were generated differently: three of the assignment's items have other ids there.
    const otherContent = await tempDir();
    await mkdir(join(otherContent, 'items'), { recursive: true });
    const items = JSON.parse(await readFile(itemsFilePath(contentDir, seedSetId), 'utf8')) as {
      items: { id: string; skill: string }[];
    };
    const changed = new Set(made.itemIds.slice(0, 3));
    items.items.forEach((item, at) => {
      if (changed.has(item.id)) item.id = `${item.skill}-${String(at).padStart(12, 'f')}`;
    });
    await writeFile(itemsFilePath(otherContent, seedSetId), JSON.stringify(items));
    const regenerated = await openComputer(await tempDir(), otherContent);
    const message = await refused(regenerated, file.fileName, file.data);
    expect(message).toContain(`3 of the ${made.itemIds.length} items`);
    expect(message).toContain('generated differently');
  });

  it('exports only for the teacher, and only an assignment this computer has', async () => {
    const { teacher, made } = await teacherAndClassroom();
    const locked = await callFails(teacher.handlers, 'exportAssignment', {
      token: 'x'.repeat(43),
      assignmentId: made.id,
    });
    expect(locked.code).toBe('TEACHER_LOCKED');
    const unknown = await callFails(teacher.handlers, 'exportAssignment', {
      token: teacher.token,
      assignmentId: 'Zz0123456789abcdefghij',
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });
});

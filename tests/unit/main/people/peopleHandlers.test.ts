import { describe, expect, it } from 'vitest';
import { findStudent, listGroups } from '../../../../src/main/people/studentStore.ts';
import { contract } from '../../../../src/shared/contract.ts';
import type { Student } from '../../../../src/shared/people.ts';
import { callFails, callOk, handClock, openSeedHandlers } from '../quiz/support/seedItems.ts';

// Who is practising: profiles with a stable id, a trimmed name and an optional group, listed by name.

describe('createStudent', () => {
  it('stores a profile with a new id, the name and group trimmed, and the time it was made', async () => {
    const clock = handClock(Date.UTC(2026, 8, 1, 8, 0, 0));
    const { handlers, database, dataDir } = openSeedHandlers(clock);
    const zoe = await callOk<Student>(handlers, 'createStudent', { name: '  Zoë Martin ', group: ' 6C ' });
    expect(contract.createStudent.result.safeParse(zoe).success).toBe(true);
    expect(zoe).toMatchObject({ name: 'Zoë Martin', group: '6C', createdAt: clock.now() });
    expect(zoe.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // Two people may share a name: each gets a profile of their own.
    const other = await callOk<Student>(handlers, 'createStudent', { name: 'Zoë Martin' });
    expect(other.id).not.toBe(zoe.id);
    expect(other).not.toHaveProperty('group');

    // The profile is in the database, and still there after a restart.
    database.db?.close();
    const again = openSeedHandlers(clock, dataDir);
    expect(findStudent(again.database.db as NonNullable<typeof again.database.db>, zoe.id)).toEqual(zoe);
    expect((await callOk<{ students: Student[] }>(again.handlers, 'listStudents', {})).students).toHaveLength(2);
  });

  it('refuses a name that is only spaces or too long, naming the field', async () => {
    const { handlers } = openSeedHandlers();
    for (const name of ['   ', 'x'.repeat(81)]) {
      const error = await callFails(handlers, 'createStudent', { name });
      expect(error.code).toBe('BAD_ARGUMENT');
      expect(error.message).toContain('name');
    }
    expect(await callOk(handlers, 'listStudents', {})).toEqual({ students: [] });
  });
});

describe('listStudents', () => {
  it('lists every profile by name, ignoring case, with the groups for the filters', async () => {
    const clock = handClock();
    const { handlers, database } = openSeedHandlers(clock);
    for (const [name, group] of [
      ['maria', '7A'],
      ['Ahmed', '7B'],
      ['Élodie', undefined],
      ['bo', '7A'],
      ['Maria', undefined],
    ] as const) {
      clock.advance(1_000);
      await callOk(handlers, 'createStudent', group ? { name, group } : { name });
    }
    const { students } = await callOk<{ students: Student[] }>(handlers, 'listStudents', {});
    expect(contract.listStudents.result.safeParse({ students }).success).toBe(true);
    // Equal names keep the order they were made in.
    expect(students.map((student) => student.name)).toEqual(['Ahmed', 'bo', 'Élodie', 'maria', 'Maria']);
    expect(listGroups(database.db as NonNullable<typeof database.db>)).toEqual(['7A', '7B']);
  });
});

describe('appStatus', () => {
  it('says whether results can be stored', async () => {
    const { handlers, database } = openSeedHandlers();
    expect(await callOk(handlers, 'appStatus', {})).toEqual({ storage: database.state });
    expect(database.state).toEqual({ state: 'ready' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Student, TeacherSession } from '../../../../src/shared/people.ts';
import type { RosterImport } from '../../../../src/shared/roster.ts';
import { callFails, callOk, seedHandlers } from '../quiz/support/seedItems.ts';

// importRoster as the renderer calls it, through invokeCall and the contract's schema, on the handlers api.ts
// puts together: the students it adds are the ones listStudents then shows.

describe('importRoster through the contract', () => {
  it('adds the roster for a teacher, and the students are listed', async () => {
    const handlers = seedHandlers();
    const { token } = await callOk<TeacherSession>(handlers, 'setTeacherPin', { pin: '1357' });
    const text = '\uFEFFName;Class\r\nAna Lima;7B\r\nBo Chen;\r\n';
    const result = await callOk<RosterImport>(handlers, 'importRoster', {
      token,
      fileName: '7B.csv',
      text,
      group: '7C',
    });
    expect(result).toEqual({ fileName: '7B.csv', added: 2, alreadyThere: 0, problems: [] });
    const { students } = await callOk<{ students: Student[] }>(handlers, 'listStudents', {});
    expect(students.map(({ name, group }) => ({ name, group }))).toEqual([
      { name: 'Ana Lima', group: '7B' },
      { name: 'Bo Chen', group: '7C' },
    ]);
    const again = await callOk<RosterImport>(handlers, 'importRoster', {
      token,
      fileName: '7B.csv',
      text,
      group: '7C',
    });
    expect(again).toMatchObject({ added: 0, alreadyThere: 2 });
  });

  it('is refused with TEACHER_LOCKED for a token that is not live, and stores nothing', async () => {
    const handlers = seedHandlers();
    await callOk<TeacherSession>(handlers, 'setTeacherPin', { pin: '1357' });
    const error = await callFails(handlers, 'importRoster', {
      token: 'a-token-from-before-a-restart',
      fileName: '7B.csv',
      text: 'Ana Lima\n',
    });
    expect(error.code).toBe('TEACHER_LOCKED');
    expect(await callOk<{ students: Student[] }>(handlers, 'listStudents', {})).toEqual({ students: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { reportRoute } from '../../../src/main/print/reportRoute.ts';
import { isPrintHash, parsePrintRoute } from '../../../src/renderer/src/lib/printRoute.ts';

// The print view reads back exactly the route main writes for exportPdf (src/main/print/reportRoute.ts).

const token = 'a'.repeat(32);

describe('the print route', () => {
  it('reads back a class report route with its filter', () => {
    const filter = { group: '7B & 8A', from: 1_700_000_000_000, to: 1_800_000_000_000, assignmentId: 'lesson-4_Ab' };
    const hash = `#${reportRoute({ token, report: 'class', ...filter })}`;
    expect(isPrintHash(hash)).toBe(true);
    expect(parsePrintRoute(hash)).toEqual({ ok: true, route: { report: 'class', token, filter } });
  });

  it('reads back a student report route without a filter', () => {
    const hash = `#${reportRoute({ token, report: 'student', studentId: 'st-Zoë/1' })}`;
    expect(parsePrintRoute(hash)).toEqual({
      ok: true,
      route: { report: 'student', token, studentId: 'st-Zoë/1', filter: {} },
    });
  });

  it('is not taken for the app: ordinary pages have no print hash', () => {
    for (const hash of ['', '#main', '#print', '#printer/class']) expect(isPrintHash(hash), hash).toBe(false);
  });

  it('says what is wrong with a route it cannot print', () => {
    const problems = [
      '#print/class',
      '#print/student?token=abc',
      `#print/teacher?token=${token}`,
      `#print/class?token=${token}&from=yesterday`,
      `#print/class?token=${token}&to=-5`,
    ].map((hash) => parsePrintRoute(hash));
    for (const parsed of problems) expect(parsed.ok).toBe(false);
    expect(problems.map((parsed) => (parsed.ok ? '' : parsed.problem))).toEqual([
      expect.stringContaining('token'),
      expect.stringContaining('studentId'),
      expect.stringContaining('"teacher"'),
      expect.stringContaining('from'),
      expect.stringContaining('to'),
    ]);
  });
});

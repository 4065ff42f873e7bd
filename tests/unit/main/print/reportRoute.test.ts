import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../../src/main/print/exportFileName.ts';
import { reportRoute } from '../../../../src/main/print/reportRoute.ts';

describe('the print route of a report', () => {
  it('carries the token and only the filters that were set', () => {
    const route = reportRoute({ token: 't'.repeat(20), report: 'class', group: '7B & 7C', from: 1_700_000_000_000 });
    const [path, query] = route.split('?');
    expect(path).toBe('print/class');
    const params = new URLSearchParams(query);
    expect(Object.fromEntries(params)).toEqual({ token: 't'.repeat(20), group: '7B & 7C', from: '1700000000000' });
  });

  it('names the student of a student report', () => {
    const route = reportRoute({ token: 't'.repeat(20), report: 'student', studentId: 'abc-123' });
    expect(route.startsWith('print/student?')).toBe(true);
    expect(new URLSearchParams(route.split('?')[1]).get('studentId')).toBe('abc-123');
  });
});

describe('export file names', () => {
  it('keep letters of any script and the local date', () => {
    const at = new Date(2026, 10, 3, 23, 30).getTime();
    expect(exportFileName('report-Zoë Ødegård', 'pdf', at)).toBe('crossread-report-zoë-ødegård-2026-11-03.pdf');
  });

  it('turn a name that is only punctuation into a word, never an empty part or a folder', () => {
    expect(slug('../../=+')).toBe('report');
    expect(exportFileName('../etc/passwd', 'csv', 0)).not.toContain('/');
  });
});

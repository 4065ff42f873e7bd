import type { ReportFilter } from '../../../shared/reports.ts';

// The print view main loads to make a PDF: `#print/class?token=…&group=…&from=…&to=…` or
// `#print/student?token=…&studentId=…&from=…&to=…` (src/main/print/reportRoute.ts writes it). The token travels in
// the hash, which is never sent to any server.

export type PrintRoute =
  | { report: 'class'; token: string; filter: ReportFilter }
  | { report: 'student'; token: string; studentId: string; filter: ReportFilter };

export type ParsedPrintRoute = { ok: true; route: PrintRoute } | { ok: false; problem: string };

const prefix = '#print/';

/** Whether the page was opened to print a report rather than to practise. */
export function isPrintHash(hash: string): boolean {
  return hash.startsWith(prefix);
}

export function parsePrintRoute(hash: string): ParsedPrintRoute {
  if (!isPrintHash(hash))
    return { ok: false, problem: 'The address is not a print view (#print/class or #print/student).' };
  const rest = hash.slice(prefix.length);
  const queryAt = rest.indexOf('?');
  const report = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : rest.slice(queryAt + 1));

  const token = query.get('token');
  if (!token) return { ok: false, problem: 'The print view needs the teacher token (token=…).' };
  const filter: ReportFilter = {};
  const group = query.get('group');
  if (group) filter.group = group;
  const assignmentId = query.get('assignmentId');
  if (assignmentId) filter.assignmentId = assignmentId;
  for (const name of ['from', 'to'] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (!/^\d{1,16}$/.test(value))
      return { ok: false, problem: `${name} in the print view is not a time in ms: "${value}".` };
    filter[name] = Number(value);
  }

  if (report === 'class') return { ok: true, route: { report, token, filter } };
  if (report === 'student') {
    const studentId = query.get('studentId');
    if (!studentId) return { ok: false, problem: 'The student print view needs the student (studentId=…).' };
    return { ok: true, route: { report, token, studentId, filter } };
  }
  return { ok: false, problem: `There is no "${report}" report to print; there are "class" and "student".` };
}

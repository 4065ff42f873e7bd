import type { ExportPdfArgs } from '../../shared/reports.ts';

/**
 * The renderer's print view for a report, as the location hash the printer loads: `print/class?…` or
 * `print/student?…`. The token travels in the hash, which never leaves the page (it is not sent in any request).
 */
export function reportRoute(args: ExportPdfArgs): string {
  const query = new URLSearchParams({ token: args.token });
  if (args.report === 'student') query.set('studentId', args.studentId);
  if (args.group !== undefined) query.set('group', args.group);
  if (args.from !== undefined) query.set('from', String(args.from));
  if (args.to !== undefined) query.set('to', String(args.to));
  if (args.assignmentId !== undefined) query.set('assignmentId', args.assignmentId);
  return `print/${args.report}?${query.toString()}`;
}

import type { ExportFile } from '../../shared/exportFile.ts';
import type { ExportCsvArgs } from '../../shared/reports.ts';
import { answersHeader, answersRows } from './answersTable.ts';
import { csvText } from './csvText.ts';
import type { ClassSessions } from './reportSessions.ts';
import { summaryHeader, summaryRows } from './summaryTable.ts';

/** The CSV file of one table over the report's students and sessions, named after the table and the day. */
export function csvExport(table: ExportCsvArgs['table'], from: ClassSessions, now: number): ExportFile {
  const text =
    table === 'answers'
      ? csvText(answersHeader, answersRows(from.students, from.sessions))
      : csvText(summaryHeader, summaryRows(from.students, from.sessions));
  return { fileName: `crossread-${table}-${localDate(now)}.csv`, mimeType: 'text/csv', encoding: 'utf8', data: text };
}

/** YYYY-MM-DD on this computer's calendar: the day the teacher sees on the wall, not in UTC. */
function localDate(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

import { fail, ok, type Result } from '../../shared/result.ts';
import type { ExportFile } from '../../shared/exportFile.ts';
import type { ExportPdfArgs } from '../../shared/reports.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { findStudent } from '../people/studentStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { exportFileName } from './exportFileName.ts';
import { reportRoute } from './reportRoute.ts';

// PDF reports are the renderer's own report view, print-styled and printed by the shell (a hidden window in the
// desktop app, Chromium in browser mode), so the PDF shows exactly what the teacher sees, charts included.

export function createPrintHandlers(deps: MainDeps): HandlersFor<'exportPdf' | 'saveFile'> {
  return {
    exportPdf: (args) => exportPdf(deps, args),
    saveFile: (file) =>
      deps.saveFile
        ? deps.saveFile(file)
        : Promise.resolve(
            fail(
              'NOT_AVAILABLE',
              'Files are saved with a save dialog only in the desktop app; the browser downloads them.',
            ),
          ),
  };
}

async function exportPdf(deps: MainDeps, args: ExportPdfArgs): Promise<Result<ExportFile>> {
  const teacher = deps.teacher.check(args.token);
  if (!teacher.ok) return teacher;
  const subject = reportSubject(deps, args);
  if (!subject.ok) return subject;
  if (!deps.printReport) {
    return fail('NOT_AVAILABLE', 'This copy of Crossread cannot print reports: it needs the desktop app or Chromium.');
  }
  const printed = await deps.printReport(reportRoute(args));
  if (!printed.ok) return printed;
  if (!isPdf(printed.value)) return fail('PRINT_FAILED', 'The report was printed, but the result is not a PDF.');
  return ok({
    fileName: exportFileName(subject.value, 'pdf', deps.clock.now()),
    mimeType: 'application/pdf',
    encoding: 'base64',
    data: Buffer.from(printed.value).toString('base64'),
  });
}

/** What the report is about, for its file name; a student this computer does not know fails before printing. */
function reportSubject(deps: MainDeps, args: ExportPdfArgs): Result<string> {
  if (args.report === 'class') return ok(args.group ? `class-report-${args.group}` : 'class-report');
  const db = usableDatabase(deps);
  if (!db.ok) return db;
  const student = findStudent(db.value, args.studentId);
  return student
    ? ok(`report-${student.name}`)
    : fail('UNKNOWN_STUDENT', `There is no student ${args.studentId} on this computer.`);
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

import type { ImportSummary } from '../../../shared/exchange.ts';
import type { Result } from '../../../shared/result.ts';

// Importing results files the students exported: each file is read and sent on its own, one after the other,
// so a bad file gets its reason in its own row and the others still import.

// maxResultsFileChars of src/shared/exchange.ts, repeated because that module brings zod into the page's bundle.
const maxChars = 4 * 1024 * 1024;
// A character takes at most 4 bytes in UTF-8: a file larger than this cannot hold a results file's text.
const maxBytes = maxChars * 4;

export type ImportRow =
  { fileName: string; ok: true; summary: ImportSummary } | { fileName: string; ok: false; problem: string };

export type ImportOne = (fileName: string, text: string) => Promise<Result<ImportSummary>>;

export class ResultsImport {
  rows: ImportRow[] = $state([]);
  busy = $state(false);

  /** Imports every file; answers how many of them added something. */
  async importFiles(files: readonly File[], importOne: ImportOne): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    this.rows = [];
    let added = 0;
    for (const file of files) {
      const row = await importFile(file, importOne);
      if (row.ok && (row.summary.answersAdded > 0 || row.summary.studentsAdded > 0 || row.summary.sessionsAdded > 0))
        added++;
      this.rows.push(row);
    }
    this.busy = false;
    return added;
  }
}

async function importFile(file: File, importOne: ImportOne): Promise<ImportRow> {
  const fileName = file.name.slice(0, 255) || 'results.json';
  const tooLarge = `${fileName} is larger than a results file can be (4 MB), so it is not one; it was not imported.`;
  if (file.size > maxBytes) return { fileName, ok: false, problem: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { fileName, ok: false, problem: `${fileName} could not be read; check that the file is still there.` };
  }
  if (text.length > maxChars) return { fileName, ok: false, problem: tooLarge };
  const imported = await importOne(fileName, text);
  return imported.ok
    ? { fileName, ok: true, summary: imported.value }
    : { fileName, ok: false, problem: imported.error.message };
}

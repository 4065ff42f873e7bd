import { BrowserWindow, app, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile, SavedFile } from '../../shared/exportFile.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

const filters: Record<ExportFile['mimeType'], Electron.FileFilter> = {
  'text/csv': { name: 'CSV spreadsheet', extensions: ['csv'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'application/json': { name: 'Crossread results', extensions: ['json'] },
};

/** The teacher chooses where a report goes: a save dialog over the app window, starting in Documents. */
export async function saveFileWithDialog(file: ExportFile): Promise<Result<SavedFile>> {
  const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = { defaultPath: join(app.getPath('documents'), file.fileName), filters: [filters[file.mimeType]] };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  try {
    await writeFile(choice.filePath, Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8'));
    return ok({ saved: true, path: choice.filePath });
  } catch (cause) {
    return fail(
      'STORAGE_FAILED',
      `${choice.filePath} could not be written (${cause instanceof Error ? cause.message : String(cause)}); choose another place.`,
    );
  }
}

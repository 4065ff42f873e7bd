import type { ExportFile } from '../../../shared/exportFile.ts';
import { ok, type Result } from '../../../shared/result.ts';
import { base64ToBytes } from './base64Bytes.ts';
import { crossread } from './crossread.ts';

// Hands a file main made to the person: the desktop app asks where to save it (a save dialog in main); browser
// mode downloads it. Answers with the sentence to show, or undefined when the person cancelled the dialog (which
// needs no comment).

const revokeAfterMs = 30_000;

export async function deliverFile(file: ExportFile): Promise<Result<string | undefined>> {
  if (window.crossread) {
    const saved = await crossread.saveFile(file);
    if (!saved.ok) return saved;
    if (!saved.value.saved) return ok(undefined);
    return ok(`Saved ${fileNameOf(saved.value.path) ?? file.fileName}`);
  }
  download(file);
  return ok(`Downloaded ${file.fileName}`);
}

function download(file: ExportFile): void {
  const content = file.encoding === 'base64' ? base64ToBytes(file.data) : file.data;
  const url = URL.createObjectURL(new Blob([content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}

/** The last part of a path the save dialog returned, on any operating system. */
export function fileNameOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return path.split(/[/\\]/).pop() || undefined;
}

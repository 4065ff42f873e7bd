/** `crossread-<what>-2026-11-23.<ext>`: the date is local, as the teacher reads it on the file. */
export function exportFileName(what: string, extension: string, at: number): string {
  const date = new Date(at);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0'));
  return `crossread-${slug(what)}-${day.join('-')}.${extension}`;
}

/** Letters and digits of any script survive, so "Zoë Ødegård" stays readable; everything else becomes "-". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'report'
  );
}

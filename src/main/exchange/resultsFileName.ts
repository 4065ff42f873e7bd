// The name a results file is offered under: whose results and from when, so a teacher collecting a class's files
// in one folder can tell them apart ("crossread-results-ana-lopez-2026-11-23.json"). Accents are dropped and
// anything but letters and digits becomes a hyphen; letters of any script are kept, since file systems take them.

const maxSlugLength = 40;

export function resultsFileName(studentName: string, exportedAt: number): string {
  return `crossread-results-${nameSlug(studentName)}-${localDate(exportedAt)}.json`;
}

export function nameSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'student' : slug;
}

/** The date on the student's own calendar, not UTC: a file made on Monday evening says Monday. */
function localDate(at: number): string {
  const date = new Date(at);
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

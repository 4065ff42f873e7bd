// An imported article's file name in the set: its place in the set, then its outlet (or the name it came under),
// so the files sort in the order the teacher gave them and a reader of the data folder can tell them apart.
// Only [a-z0-9-]: the name goes into item ids' evidence and into paths, on every file system.

export function articleFileName(index: number, label: string): string {
  const place = String(index + 1).padStart(2, '0');
  return `${place}_${slug(label, 40) || 'article'}.txt`;
}

/** Lower-case ASCII letters and digits joined by single hyphens, at most `max` characters. */
export function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

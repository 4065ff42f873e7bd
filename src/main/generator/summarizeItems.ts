import { itemFormats, skills, type Item, type ItemFormat } from '../../shared/items.ts';

// What the CLI prints after a set: enough to see at a glance that every skill and format is covered and that
// about a third of each skill's items are clean cases.

const formatNames: Record<ItemFormat, string> = {
  single_choice: 'single choice',
  choose_all: 'choose all',
  mark_lines: 'mark lines',
};

export function summarizeItems(items: readonly Item[]): string {
  const header = ['skill', ...itemFormats.map((f) => formatNames[f]), 'total', 'clean'];
  const rows = skills.map((skill) => {
    const ofSkill = items.filter((item) => item.skill === skill);
    return [
      skill,
      ...itemFormats.map((format) => String(ofSkill.filter((item) => item.format === format).length)),
      String(ofSkill.length),
      String(ofSkill.filter((item) => item.clean).length),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const print = (row: string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [print(header), ...rows.map(print)].map((line) => `  ${line}`).join('\n');
}

import type { PublicItem } from '../../shared/quiz.ts';
import type { BankItem } from './bankItems.ts';

// What the renderer may see of an item. Fields are copied by name, never by removing the secret ones, so a field
// added to items later stays in main until someone decides it is safe to show.

export function toPublicItem({ setId, item }: BankItem): PublicItem {
  const base = { id: item.id, setId, skill: item.skill, prompt: item.prompt, difficulty: item.difficulty };
  switch (item.format) {
    case 'single_choice':
    case 'choose_all':
      return { ...base, format: item.format, options: item.options.map(({ id, text }) => ({ id, text })) };
    case 'mark_lines':
      return {
        ...base,
        format: item.format,
        file: item.file,
        lines: item.lines.map(({ line, text }) => ({ line, text })),
      };
  }
}

import type { Item } from '../../shared/items.ts';
import type { Feedback, ItemResponse } from '../../shared/quiz.ts';

/** The answer revealed: the key in the shape of a response (so the screen can lay it over the student's), why, and where. */
export function feedbackFor(item: Item): Feedback {
  return {
    key: keyAsResponse(item),
    explanation: item.explanation,
    evidence: item.evidence.map(({ file, line, text, start, end }) => ({ file, line, text, start, end })),
    clean: item.clean,
  };
}

export function keyAsResponse(item: Item): ItemResponse {
  switch (item.format) {
    case 'single_choice':
      return { optionId: item.key };
    case 'choose_all':
      return { optionIds: [...item.key] };
    case 'mark_lines':
      return { lines: [...item.key] };
  }
}

import type { ItemResponse, PublicItem } from '../../../shared/quiz.ts';

// A response in words, for the review on the results screen: the text of each option chosen, in the item's own
// order, or the line numbers marked. An empty list means nothing was chosen or marked.

export function answerParts(item: PublicItem, response: ItemResponse): string[] {
  switch (item.format) {
    case 'single_choice':
      return 'optionId' in response ? chosenOptions(item.options, [response.optionId]) : [];
    case 'choose_all':
      return 'optionIds' in response ? chosenOptions(item.options, response.optionIds) : [];
    case 'mark_lines':
      return 'lines' in response && response.lines.length > 0 ? [linesText(response.lines)] : [];
  }
}

/** What an empty answer means for this format. */
export function nothingGiven(item: PublicItem): string {
  return item.format === 'mark_lines' ? 'No lines marked' : 'Nothing chosen';
}

function chosenOptions(options: readonly { id: string; text: string }[], ids: readonly string[]): string[] {
  return options.filter((option) => ids.includes(option.id)).map((option) => option.text);
}

function linesText(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b);
  if (sorted.length === 1) return `Line ${sorted[0]}`;
  return `Lines ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

import type { Item } from '../../shared/items.ts';
import type { ItemResponse } from '../../shared/quiz.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

// A response must fit its item: the shape of the item's format, only options or lines the item shows, and each at
// most once (a repeated mark would count as two hits). Anything else is a renderer bug, answered with BAD_RESPONSE
// and a sentence saying what was expected; it is never scored.

const expectedShape = {
  single_choice: '{ optionId } naming one of its options',
  choose_all: '{ optionIds } listing the options chosen (an empty list if none)',
  mark_lines: '{ lines } listing the line numbers marked (an empty list if none)',
} as const;

export function checkResponse(item: Item, response: ItemResponse): Result<ItemResponse> {
  const wrongShape = fail<ItemResponse>(
    'BAD_RESPONSE',
    `Item ${item.id} is a ${item.format.replace('_', '-')} item; its answer is ${expectedShape[item.format]}.`,
  );
  switch (item.format) {
    case 'single_choice': {
      if (!('optionId' in response)) return wrongShape;
      const known = item.options.some((option) => option.id === response.optionId);
      return known ? ok(response) : notShown(item.id, 'option', [response.optionId]);
    }
    case 'choose_all': {
      if (!('optionIds' in response)) return wrongShape;
      const shown = new Set(item.options.map((option) => option.id));
      return checkMarks(item.id, 'option', response.optionIds, shown, response);
    }
    case 'mark_lines': {
      if (!('lines' in response)) return wrongShape;
      const shown = new Set(item.lines.map((line) => line.line));
      return checkMarks(item.id, 'line', response.lines, shown, response);
    }
  }
}

function checkMarks<T extends string | number>(
  itemId: string,
  what: 'option' | 'line',
  marks: readonly T[],
  shown: ReadonlySet<T>,
  response: ItemResponse,
): Result<ItemResponse> {
  const unknown = marks.filter((mark) => !shown.has(mark));
  if (unknown.length > 0) return notShown(itemId, what, unknown);
  const repeated = marks.filter((mark, at) => marks.indexOf(mark) !== at);
  if (repeated.length > 0) {
    return fail('BAD_RESPONSE', `The answer to item ${itemId} names ${what} ${String(repeated[0])} more than once.`);
  }
  return ok(response);
}

function notShown(itemId: string, what: 'option' | 'line', marks: readonly (string | number)[]): Result<never> {
  const list = marks.slice(0, 5).map(String).join(', ');
  return fail('BAD_RESPONSE', `Item ${itemId} has no ${what} ${list}; answer with the ${what}s it shows.`);
}

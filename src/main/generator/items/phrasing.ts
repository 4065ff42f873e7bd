// Small pieces of plain English the item builders share, so every item quotes and counts the same way.

/** Text as a student reads it inside a sentence: in quotes, cut at a word when it is a whole paragraph. */
export function quoteText(text: string, maxLength = 90): string {
  if (text.length <= maxLength) return `“${text}”`;
  const cut = text.slice(0, maxLength);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).trimEnd();
  return `“${atWord} …”`;
}

/** "line 4", "lines 4 and 7", "lines 4, 7 and 9". */
export function lineList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`;
  return `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

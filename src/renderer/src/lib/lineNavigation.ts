// Where focus goes in the list of article lines when a key is pressed: arrows step one line (and stop at the
// ends, as a page does, instead of wrapping to the other end), Home and End jump. undefined: not a moving key.

export function nextLineIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

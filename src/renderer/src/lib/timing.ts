// User Timing marks at the moments a student waits for (the first item, feedback after an answer), so the
// benchmark reads them from the page itself (bench/quiz.bench.ts). Each name keeps only its latest mark: a long
// session does not pile up entries.

export type TimingMark = 'home-ready' | 'start' | 'item-shown' | 'answer' | 'feedback-shown';

export function markTiming(name: TimingMark): void {
  const mark = `crossread:${name}`;
  performance.clearMarks(mark);
  performance.mark(mark);
}

/** Marks `name` just before the browser paints the frame that shows what was just put in the page. */
export function markWhenPainted(name: TimingMark): void {
  requestAnimationFrame(() => markTiming(name));
}

// Distractors of about the same length as the answer, so length alone does not give the answer away (a two-word
// "Leave a Reply" among three long paragraphs would). Ties keep the candidates' own order, so the pick is stable.

export function bySimilarLength<T>(target: string, candidates: readonly T[], textOf: (candidate: T) => string): T[] {
  const distance = (candidate: T): number => Math.abs(Math.log(textOf(candidate).length / Math.max(1, target.length)));
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: distance(candidate) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((entry) => entry.candidate);
}

import type { SessionResults, SessionView, StartSessionArgs } from '../../../shared/quiz.ts';
import { skillOrder } from './skillNames.ts';

// "Practise the missed ones": a practice session of exactly the items that scored less than full marks
// (unanswered ones included), from the same sets, asking only the skills those items train.

export function missedItemIds(results: SessionResults): string[] {
  return results.items.filter((item) => item.score < 1).map((item) => item.itemId);
}

export function practiseMissedArgs(view: SessionView, results: SessionResults): StartSessionArgs | undefined {
  const missed = results.items.filter((item) => item.score < 1);
  if (missed.length === 0) return undefined;
  return {
    mode: 'practice',
    setIds: [...view.setIds],
    skills: skillOrder.filter((skill) => missed.some((item) => item.skill === skill)),
    count: missed.length,
    itemIds: missed.map((item) => item.itemId),
    ...(view.studentId === undefined ? {} : { studentId: view.studentId }),
  };
}

import type { ImportSummary } from '../../../shared/exchange.ts';

// What one imported results file added, in a sentence: "Added 1 student, 3 sessions and 54 answers." An answer
// the computer already had is said apart, so importing the same file twice plainly adds nothing.

const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function importSentence(summary: ImportSummary): string {
  const added = [
    summary.studentsAdded > 0 ? counted(summary.studentsAdded, 'student', 'students') : undefined,
    summary.sessionsAdded > 0 ? counted(summary.sessionsAdded, 'session', 'sessions') : undefined,
    summary.answersAdded > 0 ? counted(summary.answersAdded, 'answer', 'answers') : undefined,
  ].filter((part) => part !== undefined);
  const already =
    summary.answersAlreadyStored > 0
      ? `${counted(summary.answersAlreadyStored, 'answer was', 'answers were')} already here.`
      : undefined;
  if (added.length === 0) return already ? `Nothing new: ${already}` : 'Nothing new: the file holds no answers.';
  const list = added.length === 1 ? added[0] : `${added.slice(0, -1).join(', ')} and ${added.at(-1)}`;
  return already ? `Added ${list}; ${already}` : `Added ${list}.`;
}

import type { Student } from '../../shared/people.ts';
import type { MissedItem, ReportFilter, StudentReport } from '../../shared/reports.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { countedItems, type CountedItem } from './countedItems.ts';
import { itemText, type ItemTexts } from './itemTexts.ts';
import { sessionSummary } from './sessionSummary.ts';
import { skillResults } from './skillResults.ts';

// One student's sessions, their figures per skill and the items they missed with why the answer is what it is:
// what the teacher's student report and the student's own progress view show.

export interface StudentReportInput {
  student: Student;
  /** Oldest first. */
  sessions: readonly SessionState[];
  texts: ItemTexts;
  filter: ReportFilter;
  generatedAt: number;
}

export function buildStudentReport(input: StudentReportInput): StudentReport {
  const counted = input.sessions.map((session) => ({ session, items: countedItems(session) }));
  const all = counted.flatMap(({ items }) => items);
  return {
    student: input.student,
    generatedAt: input.generatedAt,
    filter: input.filter,
    sessions: counted.map(({ session, items }) => sessionSummary(session, items)),
    perSkill: skillResults(
      input.sessions.flatMap((session) => session.skills),
      all,
    ),
    total: summarise(all),
    missed: missedItems(counted, input.texts),
  };
}

/** Items that scored below 1, newest first (an unanswered one dates from the end of its session). */
function missedItems(
  counted: readonly { session: SessionState; items: readonly CountedItem[] }[],
  texts: ItemTexts,
): MissedItem[] {
  const missed: { at: number; item: MissedItem }[] = [];
  for (const { session, items } of counted) {
    for (const item of items) {
      if (item.score >= 1) continue;
      missed.push({
        at: item.answeredAt ?? session.finishedAt ?? session.startedAt,
        item: {
          itemId: item.itemId,
          skill: item.skill,
          ...itemText(texts, item.itemId),
          sessionId: session.id,
          answeredAt: item.answeredAt,
          score: item.score,
        },
      });
    }
  }
  return missed.sort((a, b) => b.at - a.at).map(({ item }) => item);
}

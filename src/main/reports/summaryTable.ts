import { skills } from '../../shared/items.ts';
import type { Student } from '../../shared/people.ts';
import type { TotalResult } from '../../shared/quiz.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { countedItems, type CountedItem } from './countedItems.ts';
import type { CsvCell } from './csvText.ts';

// The summary export: one row per student with their totals and, for every skill the app has (the same columns
// in every file, so files from several exports line up), items, accuracy, hits and false alarms. Accuracy is a
// share from 0 to 1 rounded to 4 places, and empty when there was nothing to score (not 0: "not practised" is not
// "all wrong").

export const summaryHeader = [
  'student_id',
  'student_name',
  'group',
  'sessions',
  'items',
  'answered',
  'score',
  'accuracy',
  'hits',
  'misses',
  'false_alarms',
  'correct_rejections',
  ...skills.flatMap((skill) => [`${skill}_items`, `${skill}_accuracy`, `${skill}_hits`, `${skill}_false_alarms`]),
];

export function summaryRows(students: readonly Student[], sessions: readonly SessionState[]): CsvCell[][] {
  const byStudent = new Map<string, { sessions: number; items: CountedItem[] }>();
  for (const session of sessions) {
    if (session.studentId === undefined) continue;
    let entry = byStudent.get(session.studentId);
    if (!entry) {
      entry = { sessions: 0, items: [] };
      byStudent.set(session.studentId, entry);
    }
    entry.sessions += 1;
    entry.items.push(...countedItems(session));
  }
  return students.map((student) => {
    const entry = byStudent.get(student.id) ?? { sessions: 0, items: [] };
    const total = summarise(entry.items);
    return [
      student.id,
      student.name,
      student.group ?? null,
      entry.sessions,
      total.items,
      total.answered,
      rounded(total.score),
      accuracy(total),
      total.hits,
      total.misses,
      total.falseAlarms,
      total.correctRejections,
      ...skills.flatMap((skill) => {
        const result = summarise(entry.items.filter((item) => item.skill === skill));
        return [result.items, accuracy(result), result.hits, result.falseAlarms];
      }),
    ];
  });
}

function accuracy(result: TotalResult): number | null {
  return result.items > 0 ? rounded(result.accuracy) : null;
}

function rounded(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

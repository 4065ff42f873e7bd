import type { Student } from '../../shared/people.ts';
import type { ClassReport, ReportFilter } from '../../shared/reports.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import { countedItems, type CountedItem } from './countedItems.ts';
import { itemStats, mostMissed } from './itemStats.ts';
import type { ItemTexts } from './itemTexts.ts';
import { skillResults } from './skillResults.ts';

// The class overview: every student × every skill asked in the report's sessions (the same columns for each
// student, so the table is a grid; a student who never met a skill shows 0 items there), the class per skill,
// each item's difficulty and the items missed most often.

export interface ClassReportInput {
  /** Listed even without sessions in the report's dates: the teacher sees who has not practised. */
  students: readonly Student[];
  groups: readonly string[];
  assignments: readonly { id: string; name: string; preId?: string }[];
  /** The students' sessions, oldest first. */
  sessions: readonly SessionState[];
  texts: ItemTexts;
  filter: ReportFilter;
  generatedAt: number;
}

export function buildClassReport(input: ClassReportInput): ClassReport {
  const byStudent = new Map<string, { sessions: number; items: CountedItem[] }>();
  const all: CountedItem[] = [];
  const skills = new Set<SessionState['skills'][number]>();
  for (const session of input.sessions) {
    if (session.studentId === undefined) continue;
    const counted = countedItems(session);
    let entry = byStudent.get(session.studentId);
    if (!entry) {
      entry = { sessions: 0, items: [] };
      byStudent.set(session.studentId, entry);
    }
    entry.sessions += 1;
    entry.items.push(...counted);
    all.push(...counted);
    for (const skill of session.skills) skills.add(skill);
  }
  const items = itemStats(all, input.texts);
  return {
    generatedAt: input.generatedAt,
    filter: input.filter,
    groups: [...input.groups],
    assignments: input.assignments.map((assignment) => ({ ...assignment })),
    students: input.students.map((student) => {
      const entry = byStudent.get(student.id) ?? { sessions: 0, items: [] };
      return {
        student,
        sessions: entry.sessions,
        total: summarise(entry.items),
        perSkill: skillResults(skills, entry.items),
      };
    }),
    perSkill: skillResults(skills, all),
    items,
    mostMissed: mostMissed(items),
  };
}

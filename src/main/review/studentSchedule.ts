import type { DatabaseSync } from 'node:sqlite';
import { loadSessions } from '../store/sessionRows.ts';
import { answersInOrder, replayAnswers, type ItemCard, type ScheduledAnswer } from './itemCards.ts';

export interface StudentSchedule {
  answers: ScheduledAnswer[];
  cards: Map<string, ItemCard>;
  /** The sets of every session the student has taken. */
  setIds: Set<string>;
}

/** A student's schedule, replayed from the answers of all their sessions (finished or not, imported or not). */
export function studentSchedule(db: DatabaseSync, studentId: string): StudentSchedule {
  const sessions = loadSessions(db, { studentId });
  const answers = answersInOrder(sessions);
  return {
    answers,
    cards: replayAnswers(answers),
    setIds: new Set(sessions.flatMap((session) => session.setIds)),
  };
}

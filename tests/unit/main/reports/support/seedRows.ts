import type { DatabaseSync } from 'node:sqlite';
import type { Skill } from '../../../../../src/shared/items.ts';

// Writes results straight into the tables with SQL, as the quiz and the imports leave them, so the report tests
// depend on the schema only and state every stored number themselves.

export interface SeedStudent {
  id: string;
  name: string;
  group?: string;
  createdAt?: number;
}

export interface SeedAnswer {
  itemId: string;
  score: number;
  /** hits, misses, false alarms, correct rejections */
  tally: [number, number, number, number];
  answeredAt: number;
  response: unknown;
}

export interface SeedSession {
  id: string;
  studentId: string | null;
  mode: 'practice' | 'test';
  setIds: string[];
  skills: Skill[];
  /** In the order asked. */
  items: { id: string; skill: Skill }[];
  startedAt: number;
  finishedAt?: number;
  answers: SeedAnswer[];
}

export function insertStudent(db: DatabaseSync, student: SeedStudent): void {
  db.prepare('INSERT INTO students (id, name, group_name, created_at) VALUES (?, ?, ?, ?)').run(
    student.id,
    student.name,
    student.group ?? null,
    student.createdAt ?? 0,
  );
}

export function insertSession(db: DatabaseSync, session: SeedSession): void {
  db.prepare(
    `INSERT INTO sessions (id, student_id, mode, seed, set_ids, skills, requested_count, items, started_at, finished_at)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  ).run(
    session.id,
    session.studentId,
    session.mode,
    JSON.stringify(session.setIds),
    JSON.stringify(session.skills),
    session.items.length,
    JSON.stringify(session.items),
    session.startedAt,
    session.finishedAt ?? null,
  );
  const skillOf = new Map(session.items.map((item) => [item.id, item.skill]));
  const insertAnswer = db.prepare(
    `INSERT INTO answers (session_id, item_id, skill, response, answered_at, score, hits, misses, false_alarms,
       correct_rejections) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const answer of session.answers) {
    const skill = skillOf.get(answer.itemId);
    if (!skill) throw new Error(`${answer.itemId} is not an item of session ${session.id}`);
    insertAnswer.run(
      session.id,
      answer.itemId,
      skill,
      JSON.stringify(answer.response),
      answer.answeredAt,
      answer.score,
      ...answer.tally,
    );
  }
}

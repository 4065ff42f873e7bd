import type { DatabaseSync } from 'node:sqlite';
import type { Student } from '../../shared/people.ts';

// Student profiles in the results database, for every folder that needs them (sessions, reports, imports,
// printing). Plain functions over the open database: profiles are read a few times per call, never in a hot loop.

interface StudentRow {
  id: string;
  name: string;
  group_name: string | null;
  created_at: number;
}

const columns = 'id, name, group_name, created_at';

export function findStudent(db: DatabaseSync, studentId: string): Student | undefined {
  const row = db.prepare(`SELECT ${columns} FROM students WHERE id = ?`).get(studentId) as StudentRow | undefined;
  return row && studentFromRow(row);
}

// A fixed locale, so the order is the same on every computer: names compare ignoring case and accents
// ("émile" sits with "Emile"), ties broken by when the profile was made, then by id.
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every student, sorted by name (case-insensitive). */
export function listStudents(db: DatabaseSync): Student[] {
  const rows = db.prepare(`SELECT ${columns} FROM students`).all() as unknown as StudentRow[];
  return rows
    .map(studentFromRow)
    .sort((a, b) => byName.compare(a.name, b.name) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Every group a student belongs to, sorted like names. */
export function listGroups(db: DatabaseSync): string[] {
  const rows = db.prepare('SELECT DISTINCT group_name FROM students WHERE group_name IS NOT NULL').all() as unknown as {
    group_name: string;
  }[];
  return rows.map((row) => row.group_name).sort(byName.compare);
}

/** Stores a new profile; throws what SQLite throws (an id already taken, a full disk). */
export function insertStudent(db: DatabaseSync, student: Student): void {
  db.prepare(`INSERT INTO students (${columns}) VALUES (?, ?, ?, ?)`).run(
    student.id,
    student.name,
    student.group ?? null,
    student.createdAt,
  );
}

export function studentFromRow(row: StudentRow): Student {
  return {
    id: row.id,
    name: row.name,
    ...(row.group_name === null ? {} : { group: row.group_name }),
    createdAt: row.created_at,
  };
}

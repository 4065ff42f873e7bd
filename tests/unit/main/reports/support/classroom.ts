import type { DatabaseSync } from 'node:sqlite';
import type { Skill } from '../../../../../src/shared/items.ts';
import { seedSetId } from '../../../../support/paths.ts';
import { insertSession, insertStudent, type SeedSession } from './seedRows.ts';

// A small class with known results, used by every report test. The expected figures in the tests are worked out
// by hand from the table below; change a number here and they must be worked out again.
//
//   session  student  mode      started    finished  asked         answers: score (hits, misses, false alarms, corr. rejections)
//   s1       Ana 7A   test      2 Nov 9:00 9:20      E1 E2 C1 C2   E1 1 (1,0,0,0)  E2 0 (0,1,0,0)  C1 .5 (1,1,1,2)
//   s2       Ana 7A   practice  4 Nov 9:00 -         E1 C1 C2      E1 1 (1,0,0,0)
//   s3       Ben 7A   test      3 Nov 10:00 10:10    E1 C1         E1 0 (0,1,0,0)  C1 1 (2,0,0,3)
//   s4       Cleo 7B  test      3 Nov 11:00 11:15    E1 E2 X1      E1 1 (1,0,0,0)  E2 1 (0,0,0,1)  X1 0 (0,1,0,0)
//   s5       Ben 7A   practice  5 Nov 9:00 9:05      E1            E1 0 (0,1,0,0)
//   s6       nobody   test      3 Nov 12:00 12:05    E1            E1 0 (0,1,0,0)
//   Dan 7B has no sessions. X1 is not in this computer's content.

/** A time on the nth of November 2026, UTC. */
export const day = (n: number, hour = 9, minute = 0): number => Date.UTC(2026, 10, n, hour, minute);

export const items = {
  E1: { id: 'evidence-066e4ba88516', skill: 'evidence' },
  E2: { id: 'evidence-0bc0ce31eb8a', skill: 'evidence' },
  C1: { id: 'clutter-14d8e0800a5e', skill: 'clutter' },
  C2: { id: 'clutter-0053c8f0d197', skill: 'clutter' },
  X1: { id: 'compare-000000000000', skill: 'compare' },
} as const satisfies Record<string, { id: string; skill: Skill }>;

export const students = {
  ana: { id: 'student-ana', name: 'Ana', group: '7A' },
  ben: { id: 'student-ben', name: 'Ben', group: '7A' },
  cleo: { id: 'student-cleo', name: 'Cleo', group: '7B' },
  dan: { id: 'student-dan', name: 'Dan', group: '7B' },
};

const { E1, E2, C1, C2, X1 } = items;
const set = [seedSetId];

export const sessions: SeedSession[] = [
  {
    id: 's1',
    studentId: students.ana.id,
    mode: 'test',
    setIds: set,
    skills: ['evidence', 'clutter'],
    items: [E1, E2, C1, C2],
    startedAt: day(2, 9, 0),
    finishedAt: day(2, 9, 20),
    answers: [
      { itemId: E1.id, score: 1, tally: [1, 0, 0, 0], answeredAt: day(2, 9, 1), response: { optionId: 'a' } },
      { itemId: E2.id, score: 0, tally: [0, 1, 0, 0], answeredAt: day(2, 9, 2), response: { optionId: 'b' } },
      { itemId: C1.id, score: 0.5, tally: [1, 1, 1, 2], answeredAt: day(2, 9, 3), response: { lines: [3, 7] } },
    ],
  },
  {
    id: 's2',
    studentId: students.ana.id,
    mode: 'practice',
    setIds: set,
    skills: ['evidence', 'clutter'],
    items: [E1, C1, C2],
    startedAt: day(4, 9, 0),
    answers: [{ itemId: E1.id, score: 1, tally: [1, 0, 0, 0], answeredAt: day(4, 9, 1), response: { optionId: 'a' } }],
  },
  {
    id: 's3',
    studentId: students.ben.id,
    mode: 'test',
    setIds: set,
    skills: ['evidence', 'clutter'],
    items: [E1, C1],
    startedAt: day(3, 10, 0),
    finishedAt: day(3, 10, 10),
    answers: [
      { itemId: E1.id, score: 0, tally: [0, 1, 0, 0], answeredAt: day(3, 10, 1), response: { optionId: 'c' } },
      { itemId: C1.id, score: 1, tally: [2, 0, 0, 3], answeredAt: day(3, 10, 2), response: { lines: [3, 4] } },
    ],
  },
  {
    id: 's4',
    studentId: students.cleo.id,
    mode: 'test',
    setIds: set,
    skills: ['evidence', 'compare'],
    items: [E1, E2, X1],
    startedAt: day(3, 11, 0),
    finishedAt: day(3, 11, 15),
    answers: [
      { itemId: E1.id, score: 1, tally: [1, 0, 0, 0], answeredAt: day(3, 11, 1), response: { optionId: 'a' } },
      { itemId: E2.id, score: 1, tally: [0, 0, 0, 1], answeredAt: day(3, 11, 2), response: { optionId: 'd' } },
      { itemId: X1.id, score: 0, tally: [0, 1, 0, 0], answeredAt: day(3, 11, 3), response: { optionId: 'x' } },
    ],
  },
  {
    id: 's5',
    studentId: students.ben.id,
    mode: 'practice',
    setIds: set,
    skills: ['evidence'],
    items: [E1],
    startedAt: day(5, 9, 0),
    finishedAt: day(5, 9, 5),
    answers: [{ itemId: E1.id, score: 0, tally: [0, 1, 0, 0], answeredAt: day(5, 9, 1), response: { optionId: 'b' } }],
  },
  {
    id: 's6',
    studentId: null,
    mode: 'test',
    setIds: set,
    skills: ['evidence'],
    items: [E1],
    startedAt: day(3, 12, 0),
    finishedAt: day(3, 12, 5),
    answers: [{ itemId: E1.id, score: 0, tally: [0, 1, 0, 0], answeredAt: day(3, 12, 1), response: { optionId: 'b' } }],
  },
];

export function seedClassroom(db: DatabaseSync): void {
  for (const student of Object.values(students)) insertStudent(db, student);
  for (const session of sessions) insertSession(db, session);
}

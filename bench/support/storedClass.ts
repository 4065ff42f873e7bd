import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Item } from '../../src/shared/items.ts';
import type { ItemResponse } from '../../src/shared/quiz.ts';
import { mulberry32 } from '../../src/main/quiz/mulberry32.ts';
import { scoreResponse } from '../../src/main/quiz/scoreResponse.ts';
import type { SessionState } from '../../src/main/quiz/sessionState.ts';
import {
  answerColumns,
  answerParams,
  namedValues,
  sessionColumns,
  sessionParams,
} from '../../src/main/store/sessionRows.ts';
import { insertStudent } from '../../src/main/people/studentStore.ts';

// A class's stored year for the storage bench: students × sessions × items of the real seed items, each answer a
// random response scored by the engine's own rules, written through the store's own row mapping in one
// transaction (setting up is not what is measured).

export interface ClassShape {
  students: number;
  sessionsPerStudent: number;
  itemsPerSession: number;
}

export function storeClass(db: DatabaseSync, items: readonly Item[], shape: ClassShape, seed = 7): number {
  const random = mulberry32(seed);
  const insertSession = db.prepare(`INSERT INTO sessions (${sessionColumns}) VALUES ${namedValues(sessionColumns)}`);
  const insertAnswer = db.prepare(`INSERT INTO answers (${answerColumns}) VALUES ${namedValues(answerColumns)}`);
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2026, 8, 1);
  let answers = 0;
  db.exec('BEGIN');
  for (let s = 0; s < shape.students; s += 1) {
    const studentId = randomUUID();
    insertStudent(db, {
      id: studentId,
      name: `Student ${String(s + 1).padStart(2, '0')}`,
      group: s % 2 === 0 ? '7A' : '7B',
      createdAt: start,
    });
    for (let n = 0; n < shape.sessionsPerStudent; n += 1) {
      const chosen = pick(items, shape.itemsPerSession, random);
      const startedAt = start + n * day + s * 60_000;
      const state: SessionState = {
        version: 1,
        id: randomUUID(),
        mode: n % 2 === 0 ? 'practice' : 'test',
        seed: n,
        setIds: ['2022-02-putin-xi-nato'],
        skills: ['compare', 'evidence', 'clutter'],
        requestedCount: shape.itemsPerSession,
        studentId,
        items: chosen.map((item) => ({ id: item.id, skill: item.skill })),
        answers: [],
        startedAt,
        finishedAt: startedAt + shape.itemsPerSession * 30_000,
      };
      insertSession.run(sessionParams(state));
      chosen.forEach((item, at) => {
        const response = randomResponse(item, random);
        insertAnswer.run(
          answerParams(state.id, {
            itemId: item.id,
            skill: item.skill,
            response,
            answeredAt: startedAt + (at + 1) * 30_000,
            ...scoreResponse(item, response),
          }),
        );
        answers += 1;
      });
    }
  }
  db.exec('COMMIT');
  return answers;
}

function pick(items: readonly Item[], count: number, random: () => number): Item[] {
  const pool = [...items];
  const chosen: Item[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

export function randomResponse(item: Item, random: () => number): ItemResponse {
  if (item.format === 'single_choice') {
    return { optionId: item.options[Math.floor(random() * item.options.length)]!.id };
  }
  if (item.format === 'choose_all') return { optionIds: item.options.filter(() => random() < 0.4).map((o) => o.id) };
  return { lines: item.lines.filter(() => random() < 0.3).map((l) => l.line) };
}

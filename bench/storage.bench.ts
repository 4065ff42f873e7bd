import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../src/main/api.ts';
import { createItemBank } from '../src/main/quiz/itemBank.ts';
import { openDatabase } from '../src/main/store/openDatabase.ts';
import { createSqliteSessionStore } from '../src/main/store/sqliteSessionStore.ts';
import type { Item } from '../src/shared/items.ts';
import type { Result } from '../src/shared/result.ts';
import { startBrowserMode, stopBrowserMode } from '../tests/support/browserModeServer.ts';
import type { Bench, BenchOutcome } from './bench.ts';
import { median } from './median.ts';
import { randomResponse, storeClass } from './support/storedClass.ts';
import { mulberry32 } from '../src/main/quiz/mulberry32.ts';
import { scoreResponse } from '../src/main/quiz/scoreResponse.ts';

// Stored results at a class's scale: 30 students × 20 sessions × 20 items (12,000 answers) of the seed set.
// - class report and CSV exports through the real handlers (medians of 20 and 10);
// - a PDF of the class report through browser mode's Chromium printer, as a teacher's export (median of 3);
// - an answer written and committed by the session store, beside a bare INSERT + commit into a plain table of the
//   same database in the same run (WAL, synchronous=FULL both), alternating, medians of 400. The full submitAnswer
//   call (items looked up, scored, stored) is printed beside it for context.

const projectRoot = resolve(import.meta.dirname, '..');
const contentDir = join(projectRoot, 'content');
const shape = { students: 30, sessionsPerStudent: 20, itemsPerSession: 20 };
const targets = { classReportMs: 100, csvMs: 200, pdfMs: 3000, answerRatio: 2 };

export const storageBench: Bench = {
  name: 'stored results (SQLite, reports, exports)',
  async run(): Promise<BenchOutcome> {
    const dataDir = await mkdtemp(join(tmpdir(), 'crossread-storage-bench-'));
    try {
      const bank = createItemBank(contentDir);
      const items = unwrap(await bank.load('2022-02-putin-xi-nato'));
      const database = openDatabase(dataDir);
      const db = database.db!;
      const answers = storeClass(db, items, shape);
      console.log(
        `stored: ${shape.students} students × ${shape.sessionsPerStudent} sessions × ${shape.itemsPerSession} items = ${answers} answers`,
      );

      const handlers = createHandlers({ contentDir, dataDir, database, itemBank: bank });
      const { token } = unwrap(await handlers.setTeacherPin({ pin: '246810' }));
      const classReport = await timed(20, () => handlers.classReport({ token }));
      const csvAnswers = await timed(10, () => handlers.exportCsv({ token, table: 'answers' }));
      const csvSummary = await timed(10, () => handlers.exportCsv({ token, table: 'summary' }));
      const writes = answerWrites(db, items, 400);
      const submit = await submitTimes(handlers, 100);
      db.close();

      const pdf = await pdfTimes(dataDir, 3);

      const rows: [string, number, string][] = [
        ['class report built', classReport, `< ${targets.classReportMs} ms`],
        ['CSV export, answers (12,000 rows)', csvAnswers, `< ${targets.csvMs} ms`],
        ['CSV export, summary', csvSummary, `< ${targets.csvMs} ms`],
        ['PDF of the class report', pdf, `< ${targets.pdfMs} ms`],
        ['bare INSERT + commit', writes.bare, ''],
        ['answer written by the store', writes.store, `≤ ${targets.answerRatio}× bare`],
        ['submitAnswer, whole call', submit, ''],
      ];
      for (const [label, ms, target] of rows)
        console.log(`${label.padEnd(36)} ${ms.toFixed(2).padStart(9)} ms  ${target}`);
      const ratio = writes.store / writes.bare;
      console.log(`answer write / bare insert: ${ratio.toFixed(2)}×`);

      const met = {
        classReport: classReport < targets.classReportMs,
        csv: Math.max(csvAnswers, csvSummary) < targets.csvMs,
        pdf: pdf < targets.pdfMs,
        answerWrite: ratio <= targets.answerRatio,
      };
      for (const [name, ok] of Object.entries(met)) console.log(`${name}: ${ok ? 'met' : 'MISSED'}`);
      return { met: Object.values(met).every(Boolean) };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function timed(runs: number, call: () => Promise<Result<unknown>>): Promise<number> {
  unwrap(await call()); // warm-up: statements prepared, item files read
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    unwrap(await call());
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Store writes and bare inserts, alternating so both meet the same disk and the same moment of the machine. */
function answerWrites(db: import('node:sqlite').DatabaseSync, items: readonly Item[], runs: number) {
  db.exec('CREATE TABLE bare_insert (session_id TEXT, item_id TEXT, response TEXT, score REAL) STRICT');
  const bare = db.prepare('INSERT INTO bare_insert VALUES (?, ?, ?, ?)');
  const store = createSqliteSessionStore(db);
  const sessionId = 'bench-answers';
  const item = items[0]!;
  const random = mulberry32(11);
  const created = store.create({
    version: 1,
    id: sessionId,
    mode: 'practice',
    seed: 1,
    setIds: ['2022-02-putin-xi-nato'],
    skills: [item.skill],
    requestedCount: 1,
    items: [{ id: item.id, skill: item.skill }],
    answers: [],
    startedAt: Date.now(),
  });
  unwrap(created);
  const bareTimes: number[] = [];
  const storeTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const response = randomResponse(item, random);
    let start = performance.now();
    bare.run(sessionId, `bare-${run}`, JSON.stringify(response), 0.5);
    bareTimes.push(performance.now() - start);
    // Each write needs its own key; the store does not check items (the engine did), so distinct ids do.
    const answer = {
      itemId: `${item.id}-${run}`,
      skill: item.skill,
      response,
      answeredAt: Date.now(),
      ...scoreResponse(item, response),
    };
    start = performance.now();
    unwrap(store.addAnswer(sessionId, answer));
    storeTimes.push(performance.now() - start);
  }
  return { bare: median(bareTimes), store: median(storeTimes) };
}

/** Whole submitAnswer calls: fresh practice sessions of 20 items, answered one by one. */
async function submitTimes(handlers: ReturnType<typeof createHandlers>, runs: number): Promise<number> {
  const student = unwrap(await handlers.createStudent({ name: 'Bench student' }));
  const random = mulberry32(5);
  const times: number[] = [];
  while (times.length < runs) {
    const session = unwrap(
      await handlers.startSession({
        mode: 'practice',
        setIds: ['2022-02-putin-xi-nato'],
        skills: ['compare', 'evidence', 'clutter'],
        count: 20,
        studentId: student.id,
      }),
    );
    for (const item of session.items) {
      const response =
        item.format === 'single_choice'
          ? { optionId: item.options[Math.floor(random() * item.options.length)]!.id }
          : item.format === 'choose_all'
            ? { optionIds: [] }
            : { lines: [] };
      const start = performance.now();
      unwrap(await handlers.submitAnswer({ sessionId: session.sessionId, itemId: item.id, response }));
      times.push(performance.now() - start);
    }
  }
  return median(times);
}

async function pdfTimes(dataDir: string, runs: number): Promise<number> {
  const server = await startBrowserMode({ dataDir });
  try {
    const call = async (name: string, args: unknown): Promise<unknown> => {
      const response = await fetch(`${server.url}api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      return unwrap((await response.json()) as Result<unknown>);
    };
    const { token } = (await call('unlockTeacher', { pin: '246810' })) as { token: string };
    await call('exportPdf', { token, report: 'class' }); // warm-up: Chromium's files in the page cache
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await call('exportPdf', { token, report: 'class' });
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    await stopBrowserMode(server);
  }
}

// Runnable on its own too: node bench/storage.bench.ts
if (import.meta.main) {
  const outcome = await storageBench.run();
  process.exitCode = outcome.met ? 0 : 1;
}

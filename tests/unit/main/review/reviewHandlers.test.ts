import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MainDeps } from '../../../../src/main/mainDeps.ts';
import { createItemBank } from '../../../../src/main/quiz/itemBank.ts';
import { createReviewHandlers } from '../../../../src/main/review/reviewHandlers.ts';
import { createTeacherGate } from '../../../../src/main/teacher/teacherGate.ts';
import type { Item } from '../../../../src/shared/items.ts';
import type { Student } from '../../../../src/shared/people.ts';
import type { ItemResponse, SessionView, SubmitAnswerResult } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { callOk, handClock, openSeedHandlers, quizContentDir, seedItems } from '../quiz/support/seedItems.ts';

// The two review calls on a real results database in a temp folder, over the real items of the seed set: a
// student practises, the plan shows what is due, and the review session asks it.

const day = 24 * 60 * 60 * 1000;
const items = await seedItems();
const singleChoice = items.filter((item) => item.skill === 'evidence' && item.format === 'single_choice');

function right(item: Item): ItemResponse {
  if (item.format === 'single_choice') return { optionId: item.key };
  if (item.format === 'choose_all') return { optionIds: item.key };
  return { lines: item.key };
}
function wrong(item: Item): ItemResponse {
  if (item.format !== 'single_choice') throw new Error('wrong answers are made for single-choice items');
  const other = item.options.find((option) => option.id !== item.key);
  return { optionId: other?.id ?? '' };
}

function setUp(contentDir = quizContentDir) {
  const clock = handClock();
  const { handlers, database, dataDir } = openSeedHandlers(clock);
  const deps: MainDeps = {
    contentDir,
    dataDir,
    bank: createItemBank(contentDir),
    clock,
    db: database.db,
    storage: database.state,
    teacher: createTeacherGate(database.db, clock),
  };
  return { clock, handlers, deps, review: createReviewHandlers(deps) };
}

const emptyDirs: string[] = [];
afterEach(() => {
  for (const dir of emptyDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('reviewPlan and startReview', () => {
  it('schedules a missed item now and a right one tomorrow, and the review asks what is due', async () => {
    const { clock, handlers, review } = setUp();
    const ana = await callOk<Student>(handlers, 'createStudent', { name: 'Ana' });
    const [kept, missed] = singleChoice as [Item, Item];
    const session = await callOk<SessionView>(handlers, 'startSession', {
      mode: 'practice',
      setIds: [seedSetId],
      skills: ['evidence'],
      count: 2,
      seed: 1,
      studentId: ana.id,
      itemIds: [kept.id, missed.id],
    });
    const keptAnswer = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: kept.id,
      response: right(kept),
    });
    clock.advance(60_000);
    const missedAt = clock.now();
    const missedAnswer = await callOk<SubmitAnswerResult>(handlers, 'submitAnswer', {
      sessionId: session.sessionId,
      itemId: missed.id,
      response: wrong(missed),
    });
    expect('outcome' in keptAnswer && keptAnswer.outcome.score).toBe(1);
    expect('outcome' in missedAnswer && missedAnswer.outcome.score).toBe(0);
    await callOk(handlers, 'finishSession', { sessionId: session.sessionId });

    clock.advance(60_000);
    const plan = await review.reviewPlan({ studentId: ana.id });
    if (!plan.ok) throw new Error(plan.error.message);
    const evidenceCount = items.filter((item) => item.skill === 'evidence').length;
    expect(plan.value.skills.find((skill) => skill.skill === 'evidence')).toEqual({
      skill: 'evidence',
      mastery: 0,
      due: 1,
      learning: 2,
      mastered: 0,
      unseen: evidenceCount - 2,
    });
    expect(plan.value.dueTotal).toBe(1);
    expect(plan.value.nextDueAt).toBe(missedAt);
    expect(plan.value.history).toHaveLength(1);

    const started = await review.startReview({ studentId: ana.id, count: 10, seed: 5 });
    if (!started.ok) throw new Error(started.error.message);
    const asked = started.value.items.map((item) => item.id);
    expect(started.value).toMatchObject({ mode: 'practice', studentId: ana.id, requestedCount: 10, position: 0 });
    expect(asked).toHaveLength(10);
    expect(asked).toContain(missed.id);
    expect(asked).not.toContain(kept.id);
    // The review is an ordinary stored session: getSession finds it.
    const stored = await callOk<SessionView>(handlers, 'getSession', { sessionId: started.value.sessionId });
    expect(stored.items.map((item) => item.id)).toEqual(asked);

    // A day later the right answer's rest is over too.
    clock.advance(day);
    const later = await review.reviewPlan({ studentId: ana.id });
    expect(later.ok && later.value.skills.find((skill) => skill.skill === 'evidence')?.due).toBe(2);
  });

  it('refuses an unknown student, refused storage, and a content folder without items', async () => {
    const { deps, review } = setUp();
    const unknown = await review.startReview({ studentId: 'nobody', count: 10 });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_STUDENT');
    const unknownPlan = await review.reviewPlan({ studentId: 'nobody' });
    expect(!unknownPlan.ok && unknownPlan.error.code).toBe('UNKNOWN_STUDENT');

    const refused = createReviewHandlers({
      ...deps,
      db: null,
      storage: { state: 'refused', message: 'The results database was written by a newer Crossread.' },
    });
    const refusedStart = await refused.startReview({ studentId: 'x', count: 10 });
    expect(!refusedStart.ok && refusedStart.error).toEqual({
      code: 'STORAGE_REFUSED',
      message: 'The results database was written by a newer Crossread.',
    });
    expect(!(await refused.reviewPlan({ studentId: 'x' })).ok).toBe(true);

    const emptyContent = mkdtempSync(join(tmpdir(), 'crossread-review-content-'));
    emptyDirs.push(emptyContent);
    const empty = setUp(emptyContent);
    const ben = await callOk<Student>(empty.handlers, 'createStudent', { name: 'Ben' });
    const none = await empty.review.startReview({ studentId: ben.id, count: 10 });
    expect(!none.ok && none.error.code).toBe('NO_ITEMS');
    expect(!none.ok && none.error.message).toContain('npm run generate');
  });
});

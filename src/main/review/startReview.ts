import { randomInt } from 'node:crypto';
import { skills } from '../../shared/items.ts';
import type { SessionView } from '../../shared/quiz.ts';
import { fail, type Result } from '../../shared/result.ts';
import type { MainDeps } from '../mainDeps.ts';
import { findStudent } from '../people/studentStore.ts';
import { mulberry32 } from '../quiz/mulberry32.ts';
import type { QuizEngine } from '../quiz/quizEngine.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { drawReview } from './drawReview.ts';
import { localDay } from './localDay.ts';
import { unknownStudent } from './reviewPlan.ts';
import { reviewBank } from './reviewBank.ts';
import { skillMastery } from './skillMastery.ts';
import { studentSchedule } from './studentSchedule.ts';

/**
 * The call startReview: draws the student's review (see drawReview.ts) and starts it as a practice session of
 * exactly those items through the quiz engine, so it is stored, resumed, scored and reported like any session,
 * and its answers move the schedule on.
 */
export async function startReview(
  deps: Pick<MainDeps, 'db' | 'storage' | 'bank' | 'clock' | 'contentDir'>,
  quiz: Pick<QuizEngine, 'startSession'>,
  args: { studentId: string; count: number; seed?: number | undefined },
): Promise<Result<SessionView>> {
  const db = usableDatabase(deps);
  if (!db.ok) return db;
  if (!findStudent(db.value, args.studentId)) return unknownStudent(args.studentId);
  const schedule = studentSchedule(db.value, args.studentId);
  const bank = await reviewBank(deps.bank, deps.contentDir, schedule.setIds);
  if (!bank.ok) return bank;
  const seed = args.seed ?? randomInt(0, 2 ** 32);
  const now = deps.clock.now();
  const drawn = drawReview({
    cards: schedule.cards,
    bank: bank.value,
    mastery: skillMastery(schedule.cards.values()),
    now,
    count: args.count,
    random: mulberry32(seed),
  });
  const chosen = [...drawn.due, ...drawn.unseen];
  if (chosen.length === 0) return nothingToPractise(bank.value.length, schedule.cards.values(), now);
  return quiz.startSession({
    mode: 'practice',
    setIds: [...new Set(chosen.map(({ setId }) => setId))].sort(),
    skills: skills.filter((skill) => chosen.some(({ item }) => item.skill === skill)),
    count: chosen.length,
    seed,
    studentId: args.studentId,
    itemIds: chosen.map(({ item }) => item.id),
  });
}

function nothingToPractise(bankSize: number, cards: Iterable<{ dueAt: number }>, now: number): Result<never> {
  if (bankSize === 0) {
    return fail('NO_ITEMS', 'There are no items to practise yet: generate items for a set first (npm run generate).');
  }
  const next = Math.min(...[...cards].map(({ dueAt }) => dueAt).filter((dueAt) => dueAt > now));
  const when = Number.isFinite(next) ? ` The next one is due on ${localDay(next)}.` : '';
  return fail(
    'NO_ITEMS',
    `Nothing to practise right now: you have met every item and none is due yet.${when} ` +
      'Come back then, or start a normal session from the home screen.',
  );
}

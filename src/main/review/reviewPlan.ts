import { fail, ok, type Result } from '../../shared/result.ts';
import type { MainDeps } from '../mainDeps.ts';
import { findStudent } from '../people/studentStore.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { planReview, type ReviewPlanFigures } from './planReview.ts';
import { reviewBank } from './reviewBank.ts';
import { studentSchedule } from './studentSchedule.ts';

/** The call reviewPlan: a student's mastery per skill, what is due now and when the next item is due. */
export async function reviewPlan(
  deps: Pick<MainDeps, 'db' | 'storage' | 'bank' | 'clock' | 'contentDir'>,
  args: { studentId: string },
): Promise<Result<ReviewPlanFigures & { studentId: string }>> {
  const db = usableDatabase(deps);
  if (!db.ok) return db;
  if (!findStudent(db.value, args.studentId)) return unknownStudent(args.studentId);
  const schedule = studentSchedule(db.value, args.studentId);
  const bank = await reviewBank(deps.bank, deps.contentDir, schedule.setIds);
  if (!bank.ok) return bank;
  const figures = planReview({ ...schedule, bank: bank.value, now: deps.clock.now() });
  return ok({ studentId: args.studentId, ...figures });
}

export function unknownStudent(studentId: string): Result<never> {
  return fail(
    'UNKNOWN_STUDENT',
    `There is no student with id ${studentId} on this computer; choose a name from the list or add a profile.`,
  );
}

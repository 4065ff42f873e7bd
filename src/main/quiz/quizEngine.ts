import { randomInt, randomUUID } from 'node:crypto';
import type {
  SessionIdArgs,
  SessionResults,
  SessionView,
  StartSessionArgs,
  SubmitAnswerArgs,
  SubmitAnswerResult,
} from '../../shared/quiz.ts';
import type { Result } from '../../shared/result.ts';
import { systemClock } from './clock.ts';
import { finishSession } from './finishSession.ts';
import { getSession } from './getSession.ts';
import type { QuizDeps } from './quizDeps.ts';
import type { SessionAssignment } from './sessionState.ts';
import { startSession } from './startSession.ts';
import { submitAnswer } from './submitAnswer.ts';

// The session engine as the contract's handlers see it: the four calls, bound to one bank, store and clock.

export interface QuizEngine {
  startSession(args: StartSessionArgs, assignment?: SessionAssignment): Promise<Result<SessionView>>;
  submitAnswer(args: SubmitAnswerArgs): Promise<Result<SubmitAnswerResult>>;
  finishSession(args: SessionIdArgs): Promise<Result<SessionResults>>;
  getSession(args: SessionIdArgs): Promise<Result<SessionView>>;
}

export function createQuizEngine(deps: Pick<QuizDeps, 'bank' | 'store'> & Partial<QuizDeps>): QuizEngine {
  const full: QuizDeps = {
    clock: systemClock,
    newSessionId: () => randomUUID(),
    drawSeed: () => randomInt(0, 2 ** 32),
    ...deps,
  };
  return {
    startSession: (args, assignment) => startSession(full, args, assignment),
    submitAnswer: (args) => submitAnswer(full, args),
    finishSession: (args) => finishSession(full, args),
    getSession: (args) => getSession(full, args),
  };
}

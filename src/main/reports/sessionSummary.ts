import type { SessionSummary } from '../../shared/reports.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { SessionState } from '../quiz/sessionState.ts';
import type { CountedItem } from './countedItems.ts';
import { skillResults } from './skillResults.ts';

/** A session as a line of a report: when, what was asked, and its figures. */
export function sessionSummary(session: SessionState, counted: readonly CountedItem[]): SessionSummary {
  return {
    sessionId: session.id,
    mode: session.mode,
    setIds: session.setIds,
    skills: session.skills,
    startedAt: session.startedAt,
    ...(session.finishedAt === undefined ? {} : { finishedAt: session.finishedAt }),
    total: summarise(counted),
    perSkill: skillResults(session.skills, counted),
  };
}

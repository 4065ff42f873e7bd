import type { Clock } from './clock.ts';
import type { ItemBank } from './itemBank.ts';
import type { SessionStore } from './sessionStore.ts';

/** What the session calls need from outside: injected so tests run on real files with a clock they control. */
export interface QuizDeps {
  bank: ItemBank;
  store: SessionStore;
  clock: Clock;
  /** A fresh session id. */
  newSessionId: () => string;
  /** A seed for a session started without one (recorded, so the session can be drawn again). */
  drawSeed: () => number;
}

// Time is injected so that time spent is exact in tests and a stored session can be replayed.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

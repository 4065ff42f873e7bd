import { z } from 'zod';
import { articleSetSchema } from './articleSets.ts';
import type { CallName } from './calls.ts';
import type { Result } from './result.ts';

// Every call the renderer can make, once: its argument schema (checked in main on every transport) and its
// result schema. `satisfies` makes a call missing here, or one not listed in calls.ts, a type error.
export const contract = {
  listArticleSets: {
    args: z.object({}).strict(),
    result: z.object({ sets: z.array(articleSetSchema) }),
  },
} satisfies Record<CallName, { args: z.ZodType; result: z.ZodType }>;

export type CallArgs<K extends CallName> = z.input<(typeof contract)[K]['args']>;
export type ParsedArgs<K extends CallName> = z.output<(typeof contract)[K]['args']>;
export type CallResult<K extends CallName> = z.output<(typeof contract)[K]['result']>;

/** What window.crossread offers, and what the HTTP client offers in browser mode. */
export type CrossreadApi = {
  [K in CallName]: (args: CallArgs<K>) => Promise<Result<CallResult<K>>>;
};

import { isCallName } from '../shared/calls.ts';
import { contract } from '../shared/contract.ts';
import { fail, type Result } from '../shared/result.ts';
import type { Handlers } from './api.ts';

/**
 * The one door into the handlers for every transport: the call must exist, its argument must match the
 * call's schema, and whatever the handler throws comes back as a typed error instead of a raw exception.
 */
export async function invokeCall(handlers: Handlers, name: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('UNKNOWN_CALL', `There is no call named "${name}".`);
  const parsed = contract[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join('.') : 'argument'}: ${issue.message}`)
      .join('; ');
    return fail('BAD_ARGUMENT', `${name} was called with a wrong argument (${details}).`);
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (cause) {
    // Logged for the developer; the person sees a sentence, never a stack trace.
    console.error(`[crossread] ${name} failed:`, cause);
    return fail('INTERNAL', `Something went wrong in ${name}; your data is unchanged. Please try again.`);
  }
}

import { callNames, type CallName } from '../../../shared/calls.ts';
import type { CrossreadApi } from '../../../shared/contract.ts';
import { fail, type Result } from '../../../shared/result.ts';

// Browser mode: the same calls as POST /api/<call> to the page's own origin.
async function post(name: CallName, args: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return fail('INTERNAL', 'Crossread is not answering; check that it is still running, then reload the page.');
  }
}

export function createHttpClient(): CrossreadApi {
  return Object.fromEntries(callNames.map((name) => [name, (args: unknown) => post(name, args)])) as CrossreadApi;
}

import type { Result } from '../../../src/shared/result.ts';

/** A contract call made straight to browser mode's HTTP transport, as anything on this computer could. */
export async function callApi<T>(url: string, name: string, args: unknown): Promise<Result<T>> {
  const response = await fetch(`${url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return (await response.json()) as Result<T>;
}

/** The value of such a call; a failed call fails the test with main's message. */
export async function callValue<T>(url: string, name: string, args: unknown): Promise<T> {
  const result = await callApi<T>(url, name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

import type { Response } from '@playwright/test';
import type { Result } from '../../../src/shared/result.ts';

/** The value of a contract call the page made, read from its HTTP response; a failed call fails the test. */
export async function apiValue<T>(response: Response): Promise<T> {
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${response.url()}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

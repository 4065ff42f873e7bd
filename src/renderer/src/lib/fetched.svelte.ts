import type { CrossreadError } from '../../../shared/errorCodes.ts';
import type { Result } from '../../../shared/result.ts';

// One value a screen asks main for (a report, a student's progress) and may ask for again with another filter.
// Only the latest request's answer lands, so a slow old answer never replaces a newer one; the value on screen
// stays until the new one arrives, so the page does not jump while a filter is applied.

export class Fetched<T> {
  value: T | undefined = $state.raw();
  error: CrossreadError | undefined = $state.raw();
  loading = $state(false);
  #latest = 0;

  async load(call: () => Promise<Result<T>>): Promise<void> {
    const ticket = ++this.#latest;
    this.loading = true;
    const result = await call();
    if (ticket !== this.#latest) return;
    this.loading = false;
    if (result.ok) {
      this.value = result.value;
      this.error = undefined;
    } else {
      // A report for another filter is not shown under this one's error.
      this.value = undefined;
      this.error = result.error;
    }
  }
}

import { SvelteMap } from 'svelte/reactivity';
import type { ArticleView } from '../../../shared/contract.ts';
import type { CrossreadError } from '../../../shared/errorCodes.ts';
import { crossread } from './crossread.ts';

// The articles the evidence points into, fetched once each and kept for the session. Feedback must appear at once
// after an answer, so a session asks for its sets' articles while the student reads the first item; a passage
// whose article is not here yet is shown with its own words until the line arrives.

export type ArticleEntry = { status: 'loaded'; article: ArticleView } | { status: 'failed'; error: CrossreadError };

const keyOf = (setId: string, file: string): string => `${setId}/${file}`;

export class ArticleLibrary {
  #entries = new SvelteMap<string, ArticleEntry>();
  // Not reactive on purpose: only says a request is on its way, so no article is asked for twice.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- nothing on screen reads it
  #requested = new Set<string>();

  get(setId: string, file: string): ArticleEntry | undefined {
    return this.#entries.get(keyOf(setId, file));
  }

  /** Asks main for the article unless it is here or on its way. Safe to call from an effect. */
  request(setId: string, file: string): void {
    const key = keyOf(setId, file);
    if (this.#requested.has(key)) return;
    this.#requested.add(key);
    void crossread.readArticle({ setId, file }).then((result) => {
      this.#entries.set(
        key,
        result.ok ? { status: 'loaded', article: result.value } : { status: 'failed', error: result.error },
      );
      // A failure may be passing (the file was being regenerated); let a later request try again.
      if (!result.ok) this.#requested.delete(key);
    });
  }
}

export const articleLibrary = new ArticleLibrary();

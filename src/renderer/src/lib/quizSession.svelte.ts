import type { ArticleSet } from '../../../shared/articleSets.ts';
import type { CrossreadError } from '../../../shared/errorCodes.ts';
import type {
  ItemOutcome,
  ItemResponse,
  PublicItem,
  SessionResults,
  SessionView,
  StartSessionArgs,
} from '../../../shared/quiz.ts';
import type { StartAssignmentArgs } from '../../../shared/assignments.ts';
import type { Result } from '../../../shared/result.ts';
import { articleLibrary } from './articleLibrary.svelte.ts';
import { crossread } from './crossread.ts';
import { practiseMissedArgs } from './missedItems.ts';
import { markTiming } from './timing.ts';

// The one session on screen, shared by the home, session and results screens. Main keeps the truth (items, keys,
// scores); this holds what the screens need between calls: the items, the answers given, the feedback already
// seen and, at the end, the results. The session id is kept in sessionStorage, so a reload carries on where
// the student was instead of losing the session.

export type Screen = 'home' | 'session' | 'results';

const storageKey = 'crossread:session';

export class QuizSession {
  view: SessionView | undefined = $state.raw();
  results: SessionResults | undefined = $state.raw();
  /** Index in view.items of the item on screen. */
  position = $state(0);
  responses: Record<string, ItemResponse> = $state({});
  outcomes: Record<string, ItemOutcome> = $state({});
  error: CrossreadError | undefined = $state();
  busy = $state(false);
  /** True while a session kept from before a reload is being fetched. */
  restoring = $state(false);

  screen: Screen = $derived(this.results ? 'results' : this.view ? 'session' : 'home');
  item: PublicItem | undefined = $derived(this.view?.items[this.position]);
  itemCount = $derived(this.view?.items.length ?? 0);
  answeredCount = $derived(Object.keys(this.responses).length);
  allAnswered = $derived(this.itemCount > 0 && this.answeredCount >= this.itemCount);

  // The article files of each set, from the home screen, so a session can fetch its evidence ahead.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- nothing on screen reads it
  #setFiles = new Map<string, string[]>();

  knowSets(sets: readonly ArticleSet[]): void {
    for (const set of sets)
      this.#setFiles.set(
        set.id,
        set.articles.map((article) => article.file),
      );
  }

  start(args: StartSessionArgs): Promise<void> {
    return this.#begin(() => crossread.startSession(args));
  }

  /** An assignment's session: a new one, or the student's unfinished one (main decides), where it stopped. */
  startAssignment(args: StartAssignmentArgs): Promise<void> {
    return this.#begin(() => crossread.startAssignment(args));
  }

  async #begin(make: () => Promise<Result<SessionView>>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    markTiming('start');
    const started = await make();
    this.busy = false;
    if (!started.ok) {
      this.error = started.error;
      return;
    }
    this.#adopt(started.value);
  }

  /** Sends the answer to the item on screen; main scores it. Practice mode gets the feedback back at once. */
  async answer(response: ItemResponse): Promise<void> {
    const { view, item } = this;
    if (!view || !item || this.busy || this.responses[item.id]) return;
    this.busy = true;
    this.error = undefined;
    markTiming('answer');
    const sent = await crossread.submitAnswer({ sessionId: view.sessionId, itemId: item.id, response });
    this.busy = false;
    if (!sent.ok) {
      // Main closed a timed session at its end: show the results it kept.
      if (sent.error.code === 'TIME_UP') await this.#reload(view.sessionId);
      this.error = sent.error;
      return;
    }
    this.responses[item.id] = response;
    if ('outcome' in sent.value) this.outcomes[item.id] = sent.value.outcome;
    // A test moves straight on: nothing is revealed until the end.
    else this.next();
  }

  /** The next unanswered item, or stays put when every item is answered (the screen then offers to finish). */
  next(): void {
    const items = this.view?.items ?? [];
    const after = items.findIndex((item, at) => at > this.position && !this.responses[item.id]);
    const before = items.findIndex((item) => !this.responses[item.id]);
    const target = after !== -1 ? after : before;
    if (target !== -1) this.position = target;
  }

  async finish(): Promise<void> {
    const { view } = this;
    if (!view || this.busy) return;
    this.busy = true;
    this.error = undefined;
    const finished = await crossread.finishSession({ sessionId: view.sessionId });
    this.busy = false;
    if (finished.ok) this.results = finished.value;
    else if (finished.error.code === 'TIME_UP') await this.#reload(view.sessionId);
    else this.error = finished.error;
  }

  /** Reads the session again from main: after its time ran out, that is where its results are. */
  async #reload(sessionId: string): Promise<void> {
    const found = await crossread.getSession({ sessionId });
    if (found.ok) this.#adopt(found.value);
  }

  async practiseMissed(): Promise<void> {
    const args = this.view && this.results ? practiseMissedArgs(this.view, this.results) : undefined;
    if (args) await this.start(args);
  }

  leave(): void {
    this.view = undefined;
    this.results = undefined;
    this.responses = {};
    this.outcomes = {};
    this.position = 0;
    this.error = undefined;
    sessionStorage.removeItem(storageKey);
  }

  /** Carries on with the session of this tab after a reload; a session main no longer knows is let go. */
  async restore(): Promise<void> {
    const sessionId = sessionStorage.getItem(storageKey);
    if (!sessionId) return;
    this.restoring = true;
    const found = await crossread.getSession({ sessionId });
    this.restoring = false;
    if (found.ok) this.#adopt(found.value);
    else sessionStorage.removeItem(storageKey);
  }

  /** Carries on with a stored unfinished session the student chose (their progress lists them), where it stopped. */
  async resume(sessionId: string): Promise<void> {
    if (this.busy) return;
    this.leave();
    this.busy = true;
    this.restoring = true;
    const found = await crossread.getSession({ sessionId });
    this.busy = false;
    this.restoring = false;
    if (found.ok) this.#adopt(found.value);
    else this.error = found.error;
  }

  #adopt(view: SessionView): void {
    const responses: Record<string, ItemResponse> = {};
    const outcomes: Record<string, ItemOutcome> = {};
    for (const answer of view.answers) {
      responses[answer.itemId] = answer.response;
      if (answer.outcome) outcomes[answer.itemId] = answer.outcome;
    }
    this.view = view;
    this.responses = responses;
    this.outcomes = outcomes;
    this.results = view.results;
    // After the last answer of a practice session its feedback stays on screen; position never runs past the end.
    this.position = Math.min(view.position, Math.max(0, view.items.length - 1));
    sessionStorage.setItem(storageKey, view.sessionId);
    this.#fetchEvidenceAhead(view);
  }

  // After the first item has been painted: the articles are small, but the first item should not wait for them.
  #fetchEvidenceAhead(view: SessionView): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const setId of view.setIds) {
          for (const file of this.#setFiles.get(setId) ?? []) articleLibrary.request(setId, file);
        }
        for (const item of view.items) if (item.format === 'mark_lines') articleLibrary.request(item.setId, item.file);
      }),
    );
  }
}

import type { StorageState } from '../../../shared/appStatus.ts';
import { crossread } from './crossread.ts';

// Whether results can be stored, asked once at start: a database that was unreadable and moved aside is said
// once (and can be put away); one written by a newer Crossread stops every session from starting, because
// practice that is not stored must not look as if it were.

export class StorageStatus {
  state: StorageState | undefined = $state.raw();
  dismissed = $state(false);

  /** Undefined until main has answered. */
  canStore: boolean | undefined = $derived(this.state === undefined ? undefined : this.state.state !== 'refused');

  async load(): Promise<void> {
    const status = await crossread.appStatus({});
    // Not knowing is treated as refused: the app says why and does not pretend to store anything.
    this.state = status.ok ? status.value.storage : { state: 'refused', message: status.error.message };
  }
}

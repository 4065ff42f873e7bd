import type { ClassroomStatus } from '../../../shared/classroom.ts';
import type { CrossreadError } from '../../../shared/errorCodes.ts';
import { crossread } from './crossread.ts';

// Whether this computer is locked to an assignment. Main stores the lock, so it is asked once at start and after
// the teacher locks or unlocks; a reload asks again and finds the lock still there.

export class Classroom {
  status: ClassroomStatus | undefined = $state.raw();
  error: CrossreadError | undefined = $state.raw();

  locked = $derived(this.status?.locked === true || this.error?.code === 'BAD_CONTENT');

  async load(): Promise<void> {
    const status = await crossread.classroomStatus({});
    if (status.ok) {
      this.status = status.value;
      this.error = undefined;
    } else this.error = status.error;
  }

  adopt(status: ClassroomStatus): void {
    this.status = status;
    this.error = undefined;
  }

  async unlock(pin: string): Promise<CrossreadError | undefined> {
    const unlocked = await crossread.unlockClassroom({ pin });
    if (!unlocked.ok) return unlocked.error;
    this.adopt(unlocked.value);
    return undefined;
  }
}

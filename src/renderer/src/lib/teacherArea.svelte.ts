import type { CrossreadError } from '../../../shared/errorCodes.ts';
import type { ReportFilter } from '../../../shared/reports.ts';
import { fail, type Result } from '../../../shared/result.ts';
import { crossread } from './crossread.ts';

// The teacher area's state: whether a PIN is set, the token unlocking gave, the report filter applied and the
// student whose report is open. The token lives only here, in memory: never in storage, so closing or reloading
// the page locks the area. Main may lock it too (a timeout, a restart): any call answered with TEACHER_LOCKED
// brings the unlock form back with main's reason.

export class TeacherArea {
  /** Undefined until teacherStatus has answered. */
  pinSet: boolean | undefined = $state();
  statusError: CrossreadError | undefined = $state.raw();
  token: string | undefined = $state();
  /** Why the unlock form is back, when main locked the area. */
  lockedBecause: string | undefined = $state();
  filter: ReportFilter = $state.raw({});
  /** The student whose report is open; undefined shows the class overview. */
  studentId: string | undefined = $state();
  /** Goes up when results were imported, so the open report is fetched again. */
  resultsVersion = $state(0);

  unlocked = $derived(this.token !== undefined);

  async loadStatus(): Promise<void> {
    const status = await crossread.teacherStatus({});
    if (status.ok) {
      this.pinSet = status.value.pinSet;
      this.statusError = undefined;
    } else this.statusError = status.error;
  }

  /** First use: sets the PIN and unlocks with it. */
  async setPin(pin: string): Promise<CrossreadError | undefined> {
    const set = await crossread.setTeacherPin({ pin });
    if (!set.ok) {
      // Someone set it meanwhile (another window): ask for it instead.
      if (set.error.code === 'PIN_ALREADY_SET') this.pinSet = true;
      return set.error;
    }
    this.pinSet = true;
    this.#open(set.value.token);
    return undefined;
  }

  async unlock(pin: string): Promise<CrossreadError | undefined> {
    const unlocked = await crossread.unlockTeacher({ pin });
    if (!unlocked.ok) {
      if (unlocked.error.code === 'PIN_NOT_SET') this.pinSet = false;
      return unlocked.error;
    }
    this.#open(unlocked.value.token);
    return undefined;
  }

  async changePin(currentPin: string, pin: string): Promise<CrossreadError | undefined> {
    const changed = await this.call(() => crossread.setTeacherPin({ pin, currentPin }));
    if (!changed.ok) return changed.error;
    // Main may hand out a new token with the new PIN; keep whichever it gave.
    this.token = changed.value.token;
    return undefined;
  }

  async lock(): Promise<void> {
    const { token } = this;
    this.#close(undefined);
    if (token) await crossread.lockTeacher({ token });
  }

  /** A call that needs the token; TEACHER_LOCKED closes the area so the unlock form shows main's reason. */
  async call<T>(make: (token: string) => Promise<Result<T>>): Promise<Result<T>> {
    const { token } = this;
    if (!token) return fail('TEACHER_LOCKED', 'The teacher area is locked; enter the PIN to open it.');
    const result = await make(token);
    if (!result.ok && result.error.code === 'TEACHER_LOCKED' && this.token === token) {
      this.#close(result.error.message);
    }
    return result;
  }

  openStudent(studentId: string): void {
    this.studentId = studentId;
  }

  backToClass(): void {
    this.studentId = undefined;
  }

  resultsImported(): void {
    this.resultsVersion++;
  }

  #open(token: string): void {
    this.token = token;
    this.lockedBecause = undefined;
  }

  #close(reason: string | undefined): void {
    this.token = undefined;
    this.lockedBecause = reason;
    this.filter = {};
    this.studentId = undefined;
  }
}

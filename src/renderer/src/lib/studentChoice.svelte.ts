import { tick } from 'svelte';
import type { CrossreadError } from '../../../shared/errorCodes.ts';
import type { Student } from '../../../shared/people.ts';
import { crossread } from './crossread.ts';
import { newStudentArgs } from './studentForm.ts';

// Who is practising in this tab: the profiles on this computer and the one chosen. The choice is kept in
// sessionStorage, so a reload keeps it but a new tab (or the next student after closing the window) asks again.

const storageKey = 'crossread:student';

export type CreateOutcome = { ok: true } | { ok: false; field?: 'name' | 'group'; problem: string };

export class StudentChoice {
  students: Student[] | undefined = $state.raw();
  error: CrossreadError | undefined = $state.raw();
  #chosenId: string | undefined = $state(sessionStorage.getItem(storageKey) ?? undefined);

  current: Student | undefined = $derived(this.students?.find((student) => student.id === this.#chosenId));

  /** A locked classroom lists only the group it was locked for. */
  onlyGroup: string | undefined = $state();

  /** By group, then by name, as a class list reads. */
  sorted: Student[] = $derived(
    (this.students ?? [])
      .filter((student) => this.onlyGroup === undefined || student.group === this.onlyGroup)
      .toSorted((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.name.localeCompare(b.name)),
  );

  async load(): Promise<void> {
    const listed = await crossread.listStudents({});
    if (!listed.ok) {
      this.error = listed.error;
      return;
    }
    this.error = undefined;
    this.students = listed.value.students;
    // A profile this computer no longer has (another data folder) is forgotten rather than half-shown.
    if (this.#chosenId && !listed.value.students.some((student) => student.id === this.#chosenId)) this.#clear();
  }

  /** The picker goes away when a student is chosen: focus moves on to what comes next, the start form. */
  choose(student: Student): void {
    this.#chosenId = student.id;
    sessionStorage.setItem(storageKey, student.id);
    void focusAfterUpdate('start-heading');
  }

  /** "Not you? Switch": the picker comes back, and focus with it. */
  forget(): void {
    this.#clear();
    void focusAfterUpdate('who-heading');
  }

  #clear(): void {
    this.#chosenId = undefined;
    sessionStorage.removeItem(storageKey);
  }

  async create(name: string, group: string): Promise<CreateOutcome> {
    const checked = newStudentArgs(name, group);
    if (!checked.ok) return checked;
    const created = await crossread.createStudent(checked.args);
    if (!created.ok) return { ok: false, problem: created.error.message };
    this.students = [...(this.students ?? []), created.value];
    this.choose(created.value);
    return { ok: true };
  }
}

async function focusAfterUpdate(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}

import type { CreateStudentArgs } from '../../../shared/people.ts';

// A new profile as the form checks it before sending: the rules of createStudentArgsSchema (src/shared/people.ts),
// kept here in plain code because zod has no place in the page's bundle; a unit test holds the two together.

export type NewStudent =
  { ok: true; args: CreateStudentArgs } | { ok: false; field: 'name' | 'group'; problem: string };

export const maxNameLength = 80;
export const maxGroupLength = 60;

export function newStudentArgs(name: string, group: string): NewStudent {
  const trimmedName = name.trim();
  const trimmedGroup = group.trim();
  if (trimmedName === '') return { ok: false, field: 'name', problem: 'Type your name: at least one letter.' };
  if (trimmedName.length > maxNameLength) {
    return { ok: false, field: 'name', problem: `A name is at most ${maxNameLength} characters; shorten it.` };
  }
  if (trimmedGroup.length > maxGroupLength) {
    return { ok: false, field: 'group', problem: `A group name is at most ${maxGroupLength} characters; shorten it.` };
  }
  return { ok: true, args: trimmedGroup ? { name: trimmedName, group: trimmedGroup } : { name: trimmedName } };
}

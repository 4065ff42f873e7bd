import type { ImportRosterArgs, RosterImport } from '../../shared/roster.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { HandlersFor, MainDeps } from '../mainDeps.ts';
import { usableDatabase } from '../store/storageRefused.ts';
import { readRosterFile } from './readRosterFile.ts';
import { createRosterWriter, type AddRosterStudents } from './rosterWriter.ts';

// The class roster: the teacher imports a CSV of names (teacher token first), one call per file. A bad row is
// reported with its row number while the good rows import; a file that is not a roster at all is refused whole.

export function createRosterHandlers(deps: MainDeps): HandlersFor<'importRoster'> {
  let addStudents: AddRosterStudents | undefined;
  return {
    importRoster: async (args) => {
      const teacher = deps.teacher.check(args.token);
      if (!teacher.ok) return teacher;
      const db = usableDatabase(deps);
      if (!db.ok) return db;
      // Prepared once, on first use.
      addStudents ??= createRosterWriter(db.value);
      return importRoster(args, addStudents, deps.clock.now());
    },
  };
}

function importRoster(args: ImportRosterArgs, addStudents: AddRosterStudents, now: number): Result<RosterImport> {
  const file = readRosterFile(args.fileName, args.text, args.group);
  if (!file.ok) return file;
  const added = addStudents(args.fileName, file.value.rows, now);
  if (!added.ok) return added;
  const problems = [...file.value.problems, ...added.value.problems].sort((a, b) => a.row - b.row);
  return ok({ fileName: args.fileName, added: added.value.added, alreadyThere: added.value.alreadyThere, problems });
}

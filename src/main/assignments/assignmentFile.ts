import type { Assignment } from '../../shared/assignments.ts';
import type { ExportFile } from '../../shared/exportFile.ts';
import { canonicalChecksum } from './canonicalJson.ts';
import { assignmentFileVersion, assignmentFormat, type AssignmentFile } from './assignmentFileSchema.ts';

const suffix = '.crossread-assignment.json';
const maxNameLength = 60;

/** The assignment as a file to hand out (pretty JSON, so a curious teacher can read it). */
export function assignmentFile(assignment: Assignment): ExportFile {
  const file: AssignmentFile = {
    format: assignmentFormat,
    version: assignmentFileVersion,
    assignment,
    checksum: canonicalChecksum(assignment),
  };
  return {
    fileName: `${nameSlug(assignment.name)}${suffix}`,
    mimeType: 'application/json',
    encoding: 'utf8',
    data: `${JSON.stringify(file, null, 2)}\n`,
  };
}

/**
 * "Week 3: Sources (pre)" → "week-3-sources-pre": accents dropped, anything but letters and digits a hyphen (letters
 * of any script kept), so the name is safe on every file system and still says which assignment it is.
 */
function nameSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, maxNameLength)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'assignment' : slug;
}

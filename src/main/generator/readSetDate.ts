import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setManifestSchema, type ContentProblem } from '../../shared/articleSets.ts';

// The set's date (set.json beside the articles) is what "yesterday" means in an article without a date of its
// own. set.json is optional; a broken one is reported, not fatal: the set is still generated, only without it.

export interface SetDate {
  /** "2025-03-09", when set.json gives one. */
  date?: string;
  /** set.json is there but cannot be used. */
  problem?: ContentProblem;
}

export async function readSetDate(dir: string): Promise<SetDate> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'set.json'), 'utf8');
  } catch {
    return {};
  }
  const withoutDate = '"yesterday" in articles without a date of their own was not read; fix set.json and run again.';
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      problem: { file: 'set.json', code: 'BAD_CONTENT', message: `set.json is not valid JSON: ${withoutDate}` },
    };
  }
  const parsed = setManifestSchema.safeParse(json);
  if (parsed.success) return parsed.data.date === undefined ? {} : { date: parsed.data.date };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the file';
  const message = `set.json: ${where}: ${issue?.message ?? 'invalid'}; ${withoutDate}`;
  return { problem: { file: 'set.json', code: 'BAD_CONTENT', message } };
}

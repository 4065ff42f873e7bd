import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines, type ArticleText } from '../../../../../src/main/generator/articleText.ts';

export const seedFolder = join(import.meta.dirname, '../../../../../content/articles/2022-02-putin-xi-nato');

export function readSeedSet(): ArticleText[] {
  return readdirSync(seedFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => splitLines(name, readFileSync(join(seedFolder, name), 'utf8')));
}

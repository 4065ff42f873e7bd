import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareQuotes, describeChange } from '../../../../../src/main/generator/items/quoteHunks.ts';
import { seedSetDir } from '../../../../support/paths.ts';

// Two outlets quoting the joint statement, taken from the seed articles as printed: the changes a student is
// asked about must be real word swaps inside the passage both quote, not the edges of a longer excerpt.

let parties: string; // "The parties oppose the further expansion …", 003 line 12
let sides: string; // "The sides oppose further enlargement …", 004 line 20
let fragment: string; // "ideologised cold war approaches", 002 line 7

const quoted = (line: string): string => /["“]([^"”]+)[,.]?["”]/u.exec(line)?.[1] ?? '';

beforeAll(async () => {
  const lines = async (file: string) => (await readFile(join(seedSetDir, file), 'utf8')).split('\n');
  parties = quoted((await lines('003_338cd976ea4e89e7.txt'))[11] ?? '');
  sides = quoted((await lines('004_1ec610ef7846fda5.txt'))[19] ?? '');
  fragment = /'([^']+)'/u.exec((await lines('002_335350e686f9e903.txt'))[6] ?? '')?.[1] ?? '';
});

describe('compareQuotes', () => {
  it('finds the words one outlet swapped for others inside the passage both quote', () => {
    expect(parties.startsWith('The parties oppose')).toBe(true);
    const comparison = compareQuotes(parties, sides);
    const changes = comparison.changes.map(describeChange);
    expect(changes).toContain('“parties” became “sides”');
    expect(changes).toContain('“expansion” became “enlargement”');
    // 004 quotes much more of the statement; what it adds after the shared passage is not drift.
    expect(changes.join(' ')).not.toContain('sovereignty');
    expect(comparison.aligned).toBeGreaterThan(0.5);
  });

  it('sees a short fragment as matching the longer quotation it comes from, spelling aside', () => {
    expect(fragment).toBe('ideologised cold war approaches');
    const comparison = compareQuotes(fragment, sides);
    expect(comparison.changes).toEqual([]);
    expect(comparison.overlap.toLowerCase()).toBe('ideologized cold war approaches');
  });

  it('reports no changes for a quotation compared with itself', () => {
    expect(compareQuotes(sides, sides).changes).toEqual([]);
  });
});

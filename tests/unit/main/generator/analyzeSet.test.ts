import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSet, type ArticleInput } from '../../../../src/main/generator/analyzeSet.ts';
import { analysisSchema, type Analysis } from '../../../../src/shared/analysis.ts';
import { projectRoot, seedSetDir } from '../../../support/paths.ts';

const files = [
  '000_3309193dad904053.txt',
  '001_4b2cff3ecd599e03.txt',
  '002_335350e686f9e903.txt',
  '003_338cd976ea4e89e7.txt',
  '004_1ec610ef7846fda5.txt',
];
let inputs: ArticleInput[];
let analysis: Analysis;

beforeAll(async () => {
  inputs = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(seedSetDir, file), 'utf8') })),
  );
  analysis = analyzeSet(inputs);
});

describe('analyzeSet on the seed set', () => {
  it('passes the analysis schema and lists the articles in file order with their ids and headlines', async () => {
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
    expect(analysis.articles.map((a) => a.file)).toEqual(files);
    for (const article of analysis.articles) {
      const bytes = await readFile(join(seedSetDir, article.file));
      expect(article.id).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 12));
    }
    expect(analysis.articles.find((a) => a.file === files[4])?.headline).toBe(
      'China backs Russia in challenge to NATO',
    );
  });

  it('gives every non-empty line of every article a verdict with reasons', () => {
    for (const input of inputs) {
      const nonEmpty = input.text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
      const judged = analysis.lines.filter((l) => l.file === input.file);
      expect(judged).toHaveLength(nonEmpty);
      for (const line of judged) expect(line.reasons.length).toBeGreaterThan(0);
    }
  });

  it('looks for facts and claims only in article lines, never in page chrome', () => {
    const chrome = new Set(analysis.lines.filter((l) => l.boilerplate).map((l) => `${l.file}:${l.line}`));
    const refs = [
      ...analysis.disagreements.flatMap((f) => f.values),
      ...analysis.agreements.flatMap((f) => f.values),
      ...analysis.unsupported,
      ...analysis.supported,
    ];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(chrome.has(`${ref.file}:${ref.line}`), `${ref.file}:${ref.line}`).toBe(false);
  });

  it('is the same whatever order the articles come in', () => {
    expect(analyzeSet([...inputs].reverse())).toEqual(analysis);
  });
});

describe('analyzeSet run after other sets', () => {
  // wink learns the words it reads: once the robbery set's "a jeweller's." has been read, "the jeweller's was hurt"
  // is one word, not "jeweller" and "'s". A set must read the same the first time, the second, and after another.
  it('reads a set the same every time', async () => {
    const dir = join(projectRoot, 'tests', 'fixtures', 'articles', '2026-11-ashmire-jeweller-robbery');
    const robbery = await Promise.all(
      (await readdir(dir))
        .filter((file) => file.endsWith('.txt'))
        .map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
    );
    const first = analyzeSet(robbery, { date: '2026-11-18' });
    expect(analyzeSet(robbery, { date: '2026-11-18' })).toEqual(first);
    expect(analyzeSet(inputs)).toEqual(analysis);
  });
});

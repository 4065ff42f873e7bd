import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../../../src/shared/analysis.ts';
import { itemsFileSchema } from '../../../../src/shared/items.ts';
import { projectRoot, seedSetDir } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { derailmentSet } from './compare/clockAndRoleSets.ts';

// The real CLI in a child process, on real folders: what a teacher or developer sees when they run
// `npm run generate -- --articles DIR --out DIR`.

const cli = join(projectRoot, 'src/main/generator/cli.ts');
const tempDir = useTempDir('crossread-cli-');
const run = promisify(execFile);

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function generate(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

async function seedCopy(): Promise<string> {
  const dir = join(await tempDir(), 'putin-xi');
  await cp(seedSetDir, dir, { recursive: true });
  return dir;
}

async function readOutput(out: string) {
  const items = itemsFileSchema.parse(JSON.parse(await readFile(join(out, 'items.json'), 'utf8')));
  const analysis = analysisSchema.parse(JSON.parse(await readFile(join(out, 'analysis.json'), 'utf8')));
  return { items, analysis };
}

describe('npm run generate -- --articles DIR --out DIR', () => {
  it('writes items.json and analysis.json that pass their schemas and prints items per skill and format', async () => {
    const articles = await seedCopy();
    const out = join(await tempDir(), 'out');
    const result = await generate('--articles', articles, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('putin-xi: 5 articles ->');
    expect(result.stdout).toMatch(/skill\s+single choice\s+choose all\s+mark lines\s+total\s+clean/);
    for (const skill of ['compare', 'evidence', 'clutter'])
      expect(result.stdout).toMatch(new RegExp(`\\n\\s+${skill}\\s+\\d+`));

    const { items, analysis } = await readOutput(out);
    expect(items.set).toBe('putin-xi');
    expect(analysis.articles).toHaveLength(5);
    expect(new Set(items.items.map((item) => item.skill))).toEqual(new Set(['compare', 'evidence', 'clutter']));
  });

  it('stops with a message naming the folder when it does not exist', async () => {
    const missing = join(await tempDir(), 'no-such-folder');
    const result = await generate('--articles', missing, '--out', join(await tempDir(), 'out'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The folder ${missing} does not exist`);
  });

  it('stops when the folder holds no .txt articles', async () => {
    const empty = await tempDir();
    await writeFile(join(empty, 'notes.md'), 'not an article');
    const result = await generate('--articles', empty, '--out', join(await tempDir(), 'out'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holds no .txt articles');
  });

  it('names a binary file and a file that is not UTF-8, and still makes the items from the others', async () => {
    const articles = await seedCopy();
    await writeFile(join(articles, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a]));
    await writeFile(join(articles, 'latin1.txt'), Buffer.from('Caf\xe9 au lait co\xfbte 3 \xa3 \xe0 Paris.', 'latin1'));
    const out = join(await tempDir(), 'out');
    const result = await generate('--articles', articles, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('photo.txt is a binary file');
    expect(result.stderr).toContain('latin1.txt is not UTF-8 text');
    expect(result.stderr).toContain('made from the other 5 articles');
    const { analysis } = await readOutput(out);
    expect(analysis.articles.map((a) => a.file)).not.toContain('photo.txt');
  });

  it('with a single article still makes its clutter and evidence items and says compare items need two', async () => {
    const single = await tempDir();
    await cp(join(seedSetDir, '004_1ec610ef7846fda5.txt'), join(single, 'only.txt'));
    const out = join(await tempDir(), 'out');
    const result = await generate('--articles', single, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('compare items need 2 or more articles');
    const { items } = await readOutput(out);
    const skills = new Set(items.items.map((item) => item.skill));
    expect(skills.has('clutter')).toBe(true);
    expect(skills.has('evidence')).toBe(true);
    expect(skills.has('compare')).toBe(false);
  });

  it('rejects --articles without --out, and unknown options, with the usage', async () => {
    const noOut = await generate('--articles', seedSetDir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--articles needs --out DIR');
    expect(noOut.stderr).toContain('Usage:');
    const unknown = await generate('--artcles', seedSetDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--artcles'");
  });

  it('says so when the output folder cannot be written, instead of crashing', async () => {
    const dir = await tempDir();
    const blocker = join(dir, 'out');
    await writeFile(blocker, 'a file where the output folder should go');
    const result = await generate('--articles', seedSetDir, '--out', blocker);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not write ${blocker}`);
    expect(result.stderr).toContain('check that --out is a folder you can write to');
  });

  it('reads "yesterday" in an undated article against the date in set.json, and says so when set.json is broken', async () => {
    const articles = join(await tempDir(), 'brill');
    await mkdir(articles);
    for (const [file, text] of Object.entries(derailmentSet)) await writeFile(join(articles, file), text);
    const yesterdays = async (): Promise<string[]> => {
      const { analysis } = await readOutput(out);
      return analysis.disagreements
        .flatMap((fact) => fact.values.map((value) => value.text))
        .filter((text) => text.includes('yesterday'));
    };
    const out = join(await tempDir(), 'out');

    const undated = await generate('--articles', articles, '--out', out);
    expect(undated.code).toBe(0);
    expect(await yesterdays()).toEqual([]);

    await writeFile(join(articles, 'set.json'), JSON.stringify({ title: 'Brill derailment', date: '2025-10-17' }));
    const dated = await generate('--articles', articles, '--out', out);
    expect(dated.code).toBe(0);
    expect(await yesterdays()).toEqual(['7.42pm yesterday']);

    await writeFile(join(articles, 'set.json'), JSON.stringify({ title: 'Brill derailment', date: '17/10/2025' }));
    const broken = await generate('--articles', articles, '--out', out);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('set.json: date:');
    expect(broken.stderr).toContain('fix set.json and run again');
    expect(await yesterdays()).toEqual([]);
  });

  it('refuses a file given as the articles folder', async () => {
    const dir = await tempDir();
    const file = join(dir, 'article.txt');
    await mkdir(join(dir, 'out'));
    await writeFile(file, 'One line.');
    const result = await generate('--articles', file, '--out', join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a file, not a folder');
  });
});

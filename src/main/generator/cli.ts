import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSet, minArticlesToCompare, type GeneratedSet } from './generateSet.ts';
import { summarizeItems } from './summarizeItems.ts';
import { writeSetFiles, type SetFilePaths } from './writeSetFiles.ts';

// npm run generate                               -> every set under content/articles, into content/items
// npm run generate -- --articles DIR --out DIR   -> one folder, into OUT/items.json and OUT/analysis.json
// Exit codes: 0 all good; 1 bad input (files were written for what could be used, the message says what not);
// 2 bad arguments; 3 a bug in the generator (the stack trace is printed).

const usage = `Usage:
  npm run generate
      Regenerates content/items/<set>.json (and content/analysis/<set>.json) for every set in content/articles.
  npm run generate -- --articles DIR --out DIR
      Reads every .txt file in DIR (UTF-8) as one set of articles about the same event and writes
      OUT/items.json and OUT/analysis.json. The date in DIR/set.json, if there is one ({"title": ..., "date":
      "2025-03-09"}), is what "yesterday" means in an article without a date of its own.`;

const exitCodes = { ok: 0, badInput: 1, badArguments: 2, internal: 3 } as const;

const contentDir = resolve(import.meta.dirname, '../../../content');

async function main(argv: string[]): Promise<number> {
  let values: { articles?: string | undefined; out?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { articles: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (cause) {
    return badArguments(cause instanceof Error ? cause.message : String(cause));
  }
  if (values.help) {
    console.log(usage);
    return exitCodes.ok;
  }
  if (values.articles === undefined && values.out === undefined) return regenerateContent();
  if (!values.articles) return badArguments('--out needs --articles DIR: the folder of article .txt files to read.');
  if (!values.out)
    return badArguments('--articles needs --out DIR: the folder to write items.json and analysis.json to.');

  const out = resolve(values.out);
  return generateOne(resolve(values.articles), {
    items: join(out, 'items.json'),
    analysis: join(out, 'analysis.json'),
  });
}

async function regenerateContent(): Promise<number> {
  const articlesDir = join(contentDir, 'articles');
  let sets: string[];
  try {
    sets = (await readdir(articlesDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    console.error(`No article sets: the folder ${articlesDir} could not be read.`);
    return exitCodes.badInput;
  }
  if (sets.length === 0) {
    console.error(`No article sets in ${articlesDir}: put each set's .txt files in a folder of its own.`);
    return exitCodes.badInput;
  }
  let worst: number = exitCodes.ok;
  for (const set of sets) {
    const code = await generateOne(join(articlesDir, set), {
      items: join(contentDir, 'items', `${set}.json`),
      analysis: join(contentDir, 'analysis', `${set}.json`),
    });
    worst = Math.max(worst, code);
  }
  return worst;
}

async function generateOne(dir: string, paths: SetFilePaths): Promise<number> {
  const generated = await generateSet(dir);
  if (!generated.ok) {
    console.error(generated.error.message);
    return exitCodes.badInput;
  }
  try {
    await writeSetFiles(generated.value, paths);
  } catch (cause) {
    // A schema failure is a generator bug and is rethrown; a file system failure is the person's to fix.
    if (!(cause instanceof Error && 'code' in cause && 'path' in cause)) throw cause;
    console.error(
      `Could not write ${String(cause.path)} (${String(cause.code)}); check that --out is a folder you can write to.`,
    );
    return exitCodes.badInput;
  }
  report(generated.value, paths);
  const { problems, setFileProblem, tooFewToCompare } = generated.value;
  return problems.length > 0 || setFileProblem || tooFewToCompare ? exitCodes.badInput : exitCodes.ok;
}

function report(generated: GeneratedSet, paths: SetFilePaths): void {
  const { set, files, items, problems, setFileProblem } = generated;
  const articles = files.length === 1 ? '1 article' : `${files.length} articles`;
  console.log(`${set}: ${articles} -> ${items.items.length} items`);
  console.log(summarizeItems(items.items));
  console.log(`  wrote ${paths.items}\n  wrote ${paths.analysis}`);
  for (const problem of problems) console.error(`${problem.message} It was left out of the set.`);
  if (problems.length > 0) {
    console.error(`The items were made from the other ${articles}; fix the files above and run again.`);
  }
  if (setFileProblem) console.error(setFileProblem.message);
  if (generated.tooFewToCompare) {
    console.error(
      `Only ${articles} could be used, so only single-article items (clutter, evidence) were made: ` +
        `compare items need ${minArticlesToCompare} or more articles about the same event.`,
    );
  }
}

function badArguments(message: string): number {
  console.error(`${message}\n\n${usage}`);
  return exitCodes.badArguments;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (cause) {
  console.error('The generator failed unexpectedly; this is a bug, please report it with the output below.');
  console.error(cause);
  process.exitCode = exitCodes.internal;
}

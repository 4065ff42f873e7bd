// Runs the generator on every set that has gold labels and prints its accuracy, one Markdown table per set, ready
// for the README. `node scripts/accuracy.ts --misses` also lists what was missed or wrongly reported, on every set
// but the held-out one: it stays useful only while nobody tunes rules to its misses.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSet } from '../src/main/generator/analyzeSet.ts';
import { analysisSchema } from '../src/shared/analysis.ts';
import { loadGold } from '../tests/support/loadGold.ts';
import { projectRoot } from '../tests/support/paths.ts';
import {
  formatAccuracyMisses,
  formatAccuracyTable,
  scoreAnalysis,
  thresholdFailures,
} from '../tests/support/scoreAnalysis.ts';

const goldDir = join(projectRoot, 'tests/fixtures/gold');
const listMisses = process.argv.includes('--misses');
// Written by someone who never read the rules; its misses are never printed (tests/unit/main/generator/accuracy.test.ts).
const heldOutSets = new Set(['2024-09-osterlund-hospital-ransomware', '2023-06-wexmoor-plant-closure']);
let failed = false;

for (const goldFile of readdirSync(goldDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { gold, articles } = loadGold(join(goldDir, goldFile));
  const figures = scoreAnalysis(analysisSchema.parse(analyzeSet(articles)), gold);
  const failures = thresholdFailures(figures);
  failed ||= failures.length > 0;
  console.log(`### ${gold.set} (${articles.length} articles)\n\n${formatAccuracyTable(figures)}\n`);
  if (failures.length > 0) console.log(`Below threshold:\n- ${failures.join('\n- ')}\n`);
  if (listMisses && !heldOutSets.has(gold.set)) console.log(`${formatAccuracyMisses(figures) || 'Nothing missed.'}\n`);
}

process.exitCode = failed ? 1 : 0;

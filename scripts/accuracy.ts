// Runs the generator on every set that has gold labels and prints its accuracy, one Markdown table per set, ready
// for the README. `node scripts/accuracy.ts --misses` also lists what was missed or wrongly reported (use it on the
// seed set; the held-out set stays useful only while nobody tunes rules to its misses).
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
  if (listMisses) console.log(`${formatAccuracyMisses(figures) || 'Nothing missed.'}\n`);
}

process.exitCode = failed ? 1 : 0;

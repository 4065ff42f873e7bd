// Runs the generator on every set that has gold labels and prints its accuracy, one Markdown table per set, ready
// for the README. `node scripts/accuracy.ts --misses` also lists what was missed or wrongly reported, on the
// development sets only: a set held out from tuning stays useful only while nobody tunes rules to its misses.
// `--summary` prints one row per set instead, for the README.
// Names after the options keep to the sets whose gold file name contains one of them
// (`node scripts/accuracy.ts --misses kelvick osterlund`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeSet } from '../src/main/generator/analyzeSet.ts';
import { analysisSchema } from '../src/shared/analysis.ts';
import { loadGold } from '../tests/support/loadGold.ts';
import { projectRoot } from '../tests/support/paths.ts';
import {
  formatAccuracyMisses,
  formatAccuracySummary,
  formatAccuracyTable,
  scoreAnalysis,
  thresholdFailures,
  type AccuracyFigures,
} from '../tests/support/scoreAnalysis.ts';

const goldDir = join(projectRoot, 'tests/fixtures/gold');
const { values, positionals } = parseArgs({
  options: { misses: { type: 'boolean' }, summary: { type: 'boolean' } },
  allowPositionals: true,
});
// The sets whose misses have been looked at (tests/unit/main/generator/accuracy.test.ts keeps the same list).
const developmentSets = new Set([
  '2022-02-putin-xi-nato',
  '2025-03-kelvick-dam-spillway',
  '2024-09-osterlund-hospital-ransomware',
  '2023-06-wexmoor-plant-closure',
  '2026-04-brennock-crane-collapse',
  '2025-11-brannoch-ferry-grounding',
  '2026-02-harwick-council-budget-vote',
  '2026-07-velorin-trial-results',
  '2026-09-corvane-fraud-verdict',
  '2026-08-tarrow-wildfire-evacuation',
  '2026-05-ostby-election-recount',
  '2026-08-kessling-exam-grades-error',
  '2026-03-lenholm-measles-outbreak',
  '2026-11-drummore-museum-theft',
  '2026-09-aldwick-rail-strike',
  '2026-05-quell-retail-data-breach',
  '2026-06-varro-ev-battery-recall',
  '2026-11-pellham-airport-outage',
  '2026-11-ravel-doping-ban',
  '2026-11-orsay-launch-failure',
  '2026-11-tolland-grid-blackout',
  '2026-11-castrel-rate-decision',
  '2026-11-braith-mayor-resignation',
  '2026-11-penmarra-cruise-outbreak',
  '2026-11-ashby-festival-stage-collapse',
  '2026-11-rathmoy-landslide',
  '2026-11-wendle-water-rationing',
  '2026-11-lissane-tuition-protest',
  '2026-11-pendrith-coach-crash',
  '2026-11-quarrendon-gas-explosion',
  '2026-11-kelda-tanker-oil-leak',
  '2026-11-saltrey-bank-payments-outage',
  '2026-11-pellow-maternity-report',
  '2026-11-corbel-baby-food-recall',
  '2026-11-brisca-prison-escape',
  '2026-08-cadwell-algae-bloom',
  '2026-11-tellwick-bus-operator-collapse',
  '2026-11-brindle-wind-farm-approval',
  '2026-11-whitlow-charity-funding-cut',
  '2026-11-ellerby-dog-attack',
  '2026-11-gorran-campsite-flash-flood',
  '2026-11-elsworth-manager-sacked',
  '2026-09-thornby-hospital-cyberattack',
  '2026-07-quenby-heatwave-schools',
  '2026-07-ashcombe-sewage-beaches',
  '2026-10-lowesby-care-home-closure',
  '2025-09-kirkholt-landlord-mould-fine',
  '2026-01-winslade-university-job-cuts',
  '2025-06-cressing-misconduct-hearing',
  '2026-04-ravensby-marathon-death',
  '2026-06-skelwith-planning-appeal',
  '2026-09-marstow-coin-hoard',
  '2026-11-calderbeck-whale-stranding',
  '2026-08-gilderdale-lightning-strike',
  '2026-05-saltcote-pier-fire',
  '2026-11-ashmire-jeweller-robbery',
  '2026-11-yarwood-car-park-collapse',
  '2026-11-lowick-yacht-crew-rescue',
  '2025-09-thornsby-meteorite-strike',
  '2025-10-garstow-radioactive-gauge-theft',
]);
let failed = false;
const summary: { figures: AccuracyFigures; role: string }[] = [];

for (const goldFile of readdirSync(goldDir)
  .filter((name) => name.endsWith('.json'))
  .filter((name) => positionals.length === 0 || positionals.some((wanted) => name.includes(wanted)))
  .sort()) {
  const { gold, articles, setInfo } = loadGold(join(goldDir, goldFile));
  const figures = scoreAnalysis(analysisSchema.parse(analyzeSet(articles, setInfo)), gold);
  const failures = thresholdFailures(figures);
  failed ||= failures.length > 0;
  summary.push({ figures, role: developmentSets.has(gold.set) ? 'development' : 'held out' });
  if (values.summary) continue;
  console.log(
    `### ${gold.set} (${articles.length} articles)\n\n${formatAccuracyTable(figures, { nameFindings: developmentSets.has(gold.set) })}\n`,
  );
  if (failures.length > 0) console.log(`Below threshold:\n- ${failures.join('\n- ')}\n`);
  if (values.misses && developmentSets.has(gold.set)) {
    console.log(`${formatAccuracyMisses(figures) || 'Nothing missed.'}\n`);
  }
}

if (values.summary) console.log(formatAccuracySummary(summary));
process.exitCode = failed ? 1 : 0;

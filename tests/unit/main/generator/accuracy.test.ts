import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSet } from '../../../../src/main/generator/analyzeSet.ts';
import { analysisSchema } from '../../../../src/shared/analysis.ts';
import { loadGold } from '../../../support/loadGold.ts';
import { projectRoot } from '../../../support/paths.ts';
import {
  accuracyThresholds,
  formatAccuracyMisses,
  formatAccuracyTable,
  scoreAnalysis,
  type AccuracyFigures,
} from '../../../support/scoreAnalysis.ts';

// The generator measured against a careful teacher's labels (tests/fixtures/gold/): on the seed set it was written
// for, on the dam-spillway set (held out at first, now a development set: the compare rules were improved against
// its misses), and on the ransomware set, written by someone who never read the rules and held out from all
// tuning. A failure here is a finding about the generator's rules; the answer is to change a rule, never the gold.

const sets = [
  {
    label: 'the seed set',
    gold: '2022-02-putin-xi-nato.json',
    listMisses: true,
    disagreementRecall: accuracyThresholds.disagreementRecall,
  },
  {
    label: 'the development set',
    gold: '2025-03-kelvick-dam-spillway.json',
    listMisses: true,
    disagreementRecall: 0.9,
  },
  // Only the table for the held-out set: listing its misses would invite tuning the rules to it.
  // Its disagreement recall is a known gap (8 of 14 = 0.57 against the 0.9 target, reported in README.md):
  // this floor keeps it from slipping back while the rules improve; raise it, never lower it.
  {
    label: 'the held-out set',
    gold: '2024-09-osterlund-hospital-ransomware.json',
    listMisses: false,
    disagreementRecall: 0.57,
  },
  // A second held-out set, by another writer who never read the rules (a plant closure: a tabloid, a local radio
  // site, a US business site, a foreign paper's English edition). Its first measurement missed two targets,
  // reported in README.md: these floors hold it there; raise them, never lower them.
  {
    label: 'the second held-out set',
    gold: '2023-06-wexmoor-plant-closure.json',
    listMisses: false,
    disagreementRecall: 0.47,
    chromeF1: 0.94,
  },
];

describe.each(sets)('the generator on $label', ({ gold: goldFile, listMisses, disagreementRecall, chromeF1 }) => {
  const { gold, articles } = loadGold(join(projectRoot, 'tests/fixtures/gold', goldFile));
  let figures: AccuracyFigures;

  beforeAll(() => {
    const analysis = analysisSchema.parse(analyzeSet(articles));
    figures = scoreAnalysis(analysis, gold);
    const misses = listMisses ? formatAccuracyMisses(figures) : '';
    console.log(`Accuracy on ${gold.set}\n${formatAccuracyTable(figures)}${misses ? `\n\n${misses}` : ''}`);
  });

  // On the held-out set a failure says how many, not which, for the same reason.
  const which = (names: string[]): string => (listMisses ? `: ${names.join('; ')}` : '');

  const chromeFloor = chromeF1 ?? accuracyThresholds.chromeF1;
  it(`tells page chrome from article lines with F1 ≥ ${chromeFloor}`, () => {
    const { chrome } = figures;
    expect(
      chrome.f1,
      `${chrome.missed.length} chrome lines missed, ${chrome.falseAlarms.length} article lines marked as chrome`,
    ).toBeGreaterThanOrEqual(chromeFloor);
  });

  it('finds every claim the article itself says is unproven', () => {
    const { flaggedRecall, missed } = figures.unsupported;
    const flaggedMissed = missed.filter((claim) => claim.kind === 'flagged').map((claim) => claim.text);
    expect(
      flaggedRecall.rate,
      `flagged claims found: ${flaggedRecall.hits} of ${flaggedRecall.total}${which(flaggedMissed)}`,
    ).toBe(accuracyThresholds.flaggedRecall);
  });

  it(`finds at least ${disagreementRecall * 100} % of the disagreements between articles`, () => {
    const { recall, missed } = figures.disagreements;
    expect(
      recall.rate,
      `disagreements found: ${recall.hits} of ${recall.total}${which(missed)}`,
    ).toBeGreaterThanOrEqual(disagreementRecall);
  });

  it('reports no agreement as a disagreement', () => {
    expect(figures.agreementsReportedAsDisagreements.map((mixUp) => mixUp.gold)).toEqual([]);
  });
});

import { cpSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisSchema, type Analysis, type Fact } from '../../../src/shared/analysis.ts';
import type { Gold, GoldFact } from '../../support/goldSchema.ts';
import { articleLines, loadGold, type LoadedGold } from '../../support/loadGold.ts';
import { projectRoot } from '../../support/paths.ts';
import {
  formatAccuracySummary,
  formatAccuracyTable,
  scoreAnalysis,
  textsOverlap,
  thresholdFailures,
} from '../../support/scoreAnalysis.ts';
import { useTempDir } from '../../support/tempDir.ts';

const goldDir = join(projectRoot, 'tests/fixtures/gold');
const seedGoldPath = join(goldDir, '2022-02-putin-xi-nato.json');
const seed = loadGold(seedGoldPath);
// Two sets written later by people who never read the generator's rules; both are development sets now.
const dam = loadGold(join(goldDir, '2025-03-kelvick-dam-spillway.json'));
const ransomware = loadGold(join(goldDir, '2024-09-osterlund-hospital-ransomware.json'));

/** The analysis a perfect generator would write: every finding copied from the gold labels. */
function analysisFromGold({ gold, articles }: LoadedGold): Analysis {
  const chrome = new Set(
    Object.entries(gold.chrome).flatMap(([file, entries]) => entries.map(({ line }) => `${file}:${line}`)),
  );
  const asFact = ({ fact, kind, values }: GoldFact): Fact => ({
    fact,
    kind,
    values: values.map(({ file, line, text }) => ({ file, line, text })),
  });
  return analysisSchema.parse({
    articles: gold.articles.map(({ file, id, headline }) => ({ file, id, headline })),
    lines: articles.flatMap(({ file, text }) =>
      [...articleLines(text)].map(([line, lineText]) => ({
        file,
        line,
        text: lineText,
        boilerplate: chrome.has(`${file}:${line}`),
        reasons: [],
      })),
    ),
    disagreements: gold.disagreements.map(asFact),
    agreements: gold.agreements.map(asFact),
    unsupported: gold.unsupported.map(({ file, line, text, kind, cue, claim }) => ({
      file,
      line,
      text,
      kind,
      cue,
      ...(claim ? { claim } : {}),
    })),
    supported: gold.supported.map(({ file, line, text, source }) => ({ file, line, text, source })),
  });
}

function goldFact(gold: Gold, list: 'disagreements' | 'agreements', name: string): GoldFact {
  const fact = gold[list].find((candidate) => candidate.fact === name);
  if (!fact) throw new Error(`the gold has no ${list} fact "${name}"`);
  return fact;
}

function valueAt(fact: GoldFact, file: string): { file: string; line: number; text: string } {
  const value = fact.values.find((candidate) => candidate.file.startsWith(file));
  if (!value) throw new Error(`"${fact.fact}" has no value in ${file}`);
  return { file: value.file, line: value.line, text: value.text };
}

describe('loadGold', () => {
  it('loads every gold file, every label standing at its file and line', () => {
    expect(seed.articles.map((article) => article.file)).toHaveLength(5);
    expect(dam.articles.map((article) => article.file)).toHaveLength(4);
    expect(seed.gold.disagreements.length).toBeGreaterThanOrEqual(5);
    expect(dam.gold.unsupported.filter((claim) => claim.kind === 'flagged')).toHaveLength(4);
    expect(ransomware.articles).toHaveLength(4);
    expect(ransomware.gold.disagreements.length).toBeGreaterThanOrEqual(10);
  });

  it('reads the set’s date from set.json beside the articles, as the generator does', () => {
    for (const { gold, setInfo } of [seed, dam, ransomware]) {
      const manifest = JSON.parse(readFileSync(join(projectRoot, gold.articlesDir, 'set.json'), 'utf8'));
      expect(setInfo).toEqual({ date: manifest.date });
      expect(setInfo.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  const tempDir = useTempDir('crossread-gold-');

  async function writeVariant(change: (raw: Record<string, unknown> & Gold) => void, articlesDir?: string) {
    const raw = JSON.parse(readFileSync(seedGoldPath, 'utf8'));
    raw.articlesDir = articlesDir ?? join(projectRoot, raw.articlesDir);
    change(raw);
    const path = join(await tempDir(), 'gold.json');
    writeFileSync(path, JSON.stringify(raw));
    return path;
  }

  it('refuses a gold file whose quoted text is no longer on its line', async () => {
    const path = await writeVariant((raw) => {
      raw.unsupported[0]!.text = raw.unsupported[0]!.text.replace('proof', 'evidence');
    });
    expect(() => loadGold(path)).toThrow(/is not on 000_3309193dad904053\.txt:37/);
  });

  it('refuses a chrome entry that points at an article line', async () => {
    const path = await writeVariant((raw) => {
      raw.chrome['000_3309193dad904053.txt']![0]!.line = 39;
    });
    expect(() => loadGold(path)).toThrow(/000_3309193dad904053\.txt:39 is "Earlier this week/);
  });

  it('refuses a fact whose values all share one reading', async () => {
    const path = await writeVariant((raw) => {
      raw.disagreements[0]!.values = raw.disagreements[0]!.values.filter((value) => value.reading === 'about 100,000');
    });
    expect(() => loadGold(path)).toThrow(/has only one reading/);
  });

  it('refuses labels for an article that changed after it was labelled', async () => {
    const articlesDir = join(await tempDir(), 'articles');
    cpSync(join(projectRoot, seed.gold.articlesDir), articlesDir, { recursive: true });
    appendFileSync(join(articlesDir, '001_4b2cff3ecd599e03.txt'), '\nOne more line');
    const path = await writeVariant(() => {}, articlesDir);
    const labelledId = seed.gold.articles[1]!.id;
    expect(() => loadGold(path)).toThrow(`001_4b2cff3ecd599e03.txt has id`);
    expect(() => loadGold(path)).toThrow(`not ${labelledId}: it changed since it was labelled`);
  });
});

describe('scoreAnalysis', () => {
  it.each([
    ['the seed set', seed],
    ['the dam-spillway set', dam],
    ['the ransomware set', ransomware],
  ])('scores an analysis built from the gold of %s as perfect', (_name, loaded) => {
    const figures = scoreAnalysis(analysisFromGold(loaded), loaded.gold);

    expect(figures.chrome.f1).toBe(1);
    expect(figures.chrome.precision.rate).toBe(1);
    for (const rate of [
      figures.disagreements.recall,
      figures.disagreements.precision,
      figures.quoteVariants.recall,
      figures.quoteVariants.precision,
      figures.agreementsFound,
      figures.unsupported.recall,
      figures.unsupported.precision,
      figures.unsupported.flaggedRecall,
      figures.unsupported.vagueAttributionRecall,
      figures.unsupported.speculationRecall,
      figures.unsupported.kindRight,
      figures.unsupported.flaggedLinked,
      figures.supported.recall,
      figures.supported.precision,
      figures.headlines.correct,
    ]) {
      expect(rate.rate).toBe(1);
    }
    expect(figures.agreementsReportedAsDisagreements).toEqual([]);
    expect(figures.disagreementsReportedAsAgreements).toEqual([]);
    expect(thresholdFailures(figures)).toEqual([]);
  });

  it('loses exactly one chrome line of recall when one chrome line is not marked', () => {
    const analysis = analysisFromGold(seed);
    const chromeLines = analysis.lines.filter((line) => line.boilerplate);
    const dropped = chromeLines[3]!;
    dropped.boilerplate = false;

    const { chrome } = scoreAnalysis(analysis, seed.gold);

    expect(chrome.recall).toEqual({
      hits: chromeLines.length - 1,
      total: chromeLines.length,
      rate: (chromeLines.length - 1) / chromeLines.length,
    });
    expect(chrome.precision.rate).toBe(1);
    expect(chrome.missed).toEqual([{ file: dropped.file, line: dropped.line, text: dropped.text }]);
  });

  it('loses precision, not recall, when an article line is marked as chrome', () => {
    const analysis = analysisFromGold(seed);
    const chromeCount = analysis.lines.filter((line) => line.boilerplate).length;
    // A short sub-heading is the kind of article line a careless rule takes for chrome.
    const subHeading = analysis.lines.find((line) => line.text === "A 'friendship' with 'no limits'")!;
    subHeading.boilerplate = true;

    const { chrome } = scoreAnalysis(analysis, seed.gold);

    expect(chrome.recall.rate).toBe(1);
    expect(chrome.precision).toEqual({
      hits: chromeCount,
      total: chromeCount + 1,
      rate: chromeCount / (chromeCount + 1),
    });
    expect(chrome.falseAlarms.map((line) => line.text)).toEqual(["A 'friendship' with 'no limits'"]);
    expect(thresholdFailures(scoreAnalysis(analysis, seed.gold))).toEqual([]);
  });

  it('counts a disagreement made only of agreeing troop figures as an agreement reported as a disagreement', () => {
    const troops = goldFact(seed.gold, 'disagreements', 'Russian troops massed at the Ukrainian border');
    const analysis = analysisFromGold(seed);
    analysis.disagreements = analysis.disagreements.filter((fact) => fact.fact !== troops.fact);
    analysis.disagreements.push({
      fact: 'troops',
      kind: 'number',
      values: [valueAt(troops, '000'), valueAt(troops, '004')],
    });

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.agreementsReportedAsDisagreements.map((mixUp) => mixUp.gold)).toEqual([
      'Russian troops at the border: about 100,000',
    ]);
    expect(figures.disagreements.missed).toEqual([troops.fact]);
    expect(figures.disagreements.precision.hits).toBe(seed.gold.disagreements.length - 1);
    expect(thresholdFailures(figures).join('\n')).toMatch(/agreements reported as disagreements: 1, allowed: 0/);
  });

  it('finds the troop disagreement when its agreeing figures come with a differing one', () => {
    const troops = goldFact(seed.gold, 'disagreements', 'Russian troops massed at the Ukrainian border');
    const analysis = analysisFromGold(seed);
    analysis.disagreements = [
      { fact: 'troops', kind: 'number', values: ['000', '001', '004'].map((file) => valueAt(troops, file)) },
    ];

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.disagreements.recall.hits).toBe(1);
    expect(figures.disagreements.precision.rate).toBe(1);
    expect(figures.agreementsReportedAsDisagreements).toEqual([]);
  });

  it('matches values written with more or less of the line, but not other words of the same line', () => {
    const analysis = analysisFromGold(seed);
    const at = (file: string, line: number, text: string) => {
      const { file: name } = seed.gold.articles.find((article) => article.file.startsWith(file))!;
      return { file: name, line, text };
    };
    analysis.disagreements = [
      { fact: 'troops', kind: 'number', values: [at('000', 11, '100,000 Russian troops'), at('001', 5, '130,000')] },
      { fact: 'places', kind: 'name', values: [at('000', 11, 'Ukrainian border'), at('002', 9, 'the border')] },
    ];

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.disagreements.recall.hits).toBe(1);
    expect(figures.disagreements.falseAlarms.map((fact) => fact.fact)).toEqual(['places']);
    expect(textsOverlap('“one nation.”', '"One nation."')).toBe(true);
  });

  it('counts a disagreement reported as an agreement', () => {
    const allies = goldFact(seed.gold, 'disagreements', 'Whether Russia and China are allies');
    const analysis = analysisFromGold(seed);
    analysis.agreements.push({
      fact: 'alliance',
      kind: 'claim',
      values: [valueAt(allies, '002'), valueAt(allies, '004')],
    });

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.disagreementsReportedAsAgreements.map((mixUp) => mixUp.gold)).toEqual([allies.fact]);
  });

  it('loses one of six disagreements of recall, and the threshold, when one is not found', () => {
    const analysis = analysisFromGold(seed);
    analysis.disagreements = analysis.disagreements.filter(
      (fact) => fact.fact !== 'Whether Russia and China are allies',
    );

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.disagreements.recall).toEqual({ hits: 5, total: 6, rate: 5 / 6 });
    expect(figures.disagreements.missed).toEqual(['Whether Russia and China are allies']);
    expect(thresholdFailures(figures).join('\n')).toMatch(/disagreements found: 5 of 6/);
  });

  it('finds a flagged claim from the claim it refers to, and fails the threshold when none is found', () => {
    const analysis = analysisFromGold(seed);
    const flagged = seed.gold.unsupported.filter((claim) => claim.kind === 'flagged');
    analysis.unsupported = analysis.unsupported.filter((claim) => claim.kind !== 'flagged');

    expect(thresholdFailures(scoreAnalysis(analysis, seed.gold)).join('\n')).toMatch(/flagged claims found: 0 of 2/);

    const accusation = flagged[0]!.claim!;
    analysis.unsupported.push({ ...accusation, kind: 'flagged', cue: 'accused' });
    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.unsupported.flaggedRecall).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(figures.unsupported.flaggedLinked.hits).toBe(1);
  });

  it('needs the right sentence on a line that holds several', () => {
    const analysis = analysisFromGold(seed);
    analysis.unsupported = analysis.unsupported.filter((claim) => claim.kind !== 'flagged');
    const line7 = analysis.lines.find((line) => line.file.startsWith('001') && line.line === 7)!;
    const firstSentence = line7.text.slice(0, line7.text.indexOf('Ukraine.') + 'Ukraine.'.length);
    analysis.unsupported.push({ file: line7.file, line: 7, text: firstSentence, kind: 'flagged', cue: 'deny' });

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.unsupported.flaggedRecall.hits).toBe(0);
    expect(figures.unsupported.falseAlarms.map((claim) => claim.text)).toEqual([firstSentence]);
  });

  it('finds an unsupported claim given the wrong kind, and says the kind is wrong', () => {
    const analysis = analysisFromGold(seed);
    const analysts = analysis.unsupported.find((claim) => claim.cue === 'some analysts')!;
    analysts.kind = 'speculation';

    const { unsupported } = scoreAnalysis(analysis, seed.gold);

    expect(unsupported.recall.rate).toBe(1);
    expect(unsupported.kindRight.hits).toBe(unsupported.kindRight.total - 1);
    expect(unsupported.vagueAttributionRecall.hits).toBe(unsupported.vagueAttributionRecall.total - 1);
  });

  it('neither rewards nor punishes a debatable call', () => {
    const analysis = analysisFromGold(seed);
    const aukus = seed.gold.debatable.facts.find((fact) => fact.fact === 'What AUKUS is called')!;
    analysis.disagreements.push({
      fact: 'AUKUS',
      kind: 'claim',
      values: aukus.values.map(({ file, line, text }) => ({ file, line, text })),
    });
    const tricky = seed.gold.debatable.claims.find((claim) => claim.text === 'This is a tricky balance for China.')!;
    analysis.unsupported.push({
      file: tricky.file,
      line: tricky.line,
      text: tricky.text,
      kind: 'speculation',
      cue: 'tricky',
    });

    const figures = scoreAnalysis(analysis, seed.gold);

    expect(figures.disagreements.precision.rate).toBe(1);
    expect(figures.unsupported.precision.rate).toBe(1);
  });

  it('tables the figures with a verdict for each threshold', () => {
    const perfect = formatAccuracyTable(scoreAnalysis(analysisFromGold(dam), dam.gold));
    expect(perfect).toContain('| Chrome lines: F1 | 1.00 |  | ≥ 0.95: pass |');
    expect(perfect).toContain(
      `| Disagreements: recall | 1.00 | ${dam.gold.disagreements.length} of ${dam.gold.disagreements.length} found | ≥ 0.90: pass |`,
    );
    expect(perfect).not.toContain('FAIL');

    const analysis = analysisFromGold(dam);
    analysis.unsupported = [];
    expect(formatAccuracyTable(scoreAnalysis(analysis, dam.gold))).toContain(
      '| Flagged claims: recall | 0.00 | 0 of 4 found | 100 %: FAIL |',
    );
  });

  it('names a mixed-up agreement in a development table, never in a held-out one', () => {
    const analysis = analysisFromGold(dam);
    const agreement = analysis.agreements[0];
    if (!agreement) throw new Error('the dam set has agreements');
    analysis.disagreements.push(agreement);
    const figures = scoreAnalysis(analysis, dam.gold);
    const [mixUp] = figures.agreementsReportedAsDisagreements;
    expect(mixUp?.gold).toBeTruthy();
    expect(formatAccuracyTable(figures)).toContain(mixUp?.gold ?? '');
    const heldOut = formatAccuracyTable(figures, { nameFindings: false });
    expect(heldOut).not.toContain(mixUp?.gold ?? '');
    expect(heldOut).toContain('| Agreements reported as disagreements | 1 | not named: held out |');
  });

  it('summarises one row per set with its role, from the same figures', () => {
    const analysis = analysisFromGold(dam);
    analysis.disagreements = analysis.disagreements.slice(1);
    const total = dam.gold.disagreements.length;
    const summary = formatAccuracySummary([
      { figures: scoreAnalysis(analysisFromGold(seed), seed.gold), role: 'development' },
      { figures: scoreAnalysis(analysis, dam.gold), role: 'held out' },
    ]).split('\n');
    expect(summary).toHaveLength(4);
    expect(summary[2]).toMatch(/^\| 2022-02-putin-xi-nato \| development \| 1\.00 \| 1\.00 \(6\/6\) \|/);
    expect(summary[3]).toContain(`| held out | 1.00 | ${((total - 1) / total).toFixed(2)} (${total - 1}/${total}) |`);
  });
});

import { eng, removeStopwords } from 'stopword';
import type { Analysis, Fact, LineRef, UnsupportedKind } from '../../src/shared/analysis.ts';
import {
  readingOf,
  type Gold,
  type GoldFact,
  type GoldLineRef,
  type GoldSupported,
  type GoldUnsupported,
} from './goldSchema.ts';

/*
 * Scores the generator's analysis.json against a gold file (tests/support/goldSchema.ts), so the accuracy of the
 * findings is measured apart from how items are worded.
 *
 * Matching rules
 * - Chrome is scored per line: an analysis line with boilerplate=true is a prediction, the gold chrome lines are the
 *   truth. Precision, recall and F1 are over the set's non-empty lines; a line the analysis leaves out counts as
 *   "not chrome".
 * - Two texts at the same file and line overlap when, ignoring case, curly quotes and spacing, one contains the
 *   other; or when both stand on that line and their spans share characters ("Approximately 100,000" and
 *   "100,000 Russian troops"); or when they share most words (60 % of the shorter one's content words).
 * - A predicted fact matches a gold fact when at least two of the gold values are found among its values at the
 *   same file and line with overlapping text. For a gold disagreement the values found must include two different
 *   readings: "Approximately 100,000" with "some 100,000" alone is not the troop disagreement, it is an agreement
 *   reported as a disagreement.
 * - A predicted disagreement is "an agreement reported as a disagreement" when it matches a gold agreement and no
 *   gold disagreement. A predicted agreement that matches a gold disagreement (two readings) is the reverse error.
 * - Claims match on file and line with overlapping text, so on a line of several sentences the sentence must be
 *   the right one. A flagged gold claim ("The US did not give proof...") is also found by a prediction that points
 *   at the claim it refers to.
 * - Debatable gold items are judgement calls: a prediction that matches one and nothing else is left out of
 *   precision, and they are not needed for recall.
 */

export interface Rate {
  hits: number;
  total: number;
  rate: number | null;
}

export interface LineKey {
  file: string;
  line: number;
  text: string;
}

export interface FactFigures {
  recall: Rate;
  precision: Rate;
  missed: string[];
  falseAlarms: Fact[];
}

export interface MixUp {
  // The gold fact(s) the prediction matched, by name.
  gold: string;
  reported: Fact;
}

type PredictedUnsupported = Analysis['unsupported'][number];
type PredictedSupported = Analysis['supported'][number];

export interface AccuracyFigures {
  set: string;
  chrome: { precision: Rate; recall: Rate; f1: number | null; missed: LineKey[]; falseAlarms: LineKey[] };
  disagreements: FactFigures;
  quoteVariants: FactFigures;
  agreementsFound: Rate;
  agreementsReportedAsDisagreements: MixUp[];
  disagreementsReportedAsAgreements: MixUp[];
  unsupported: {
    recall: Rate;
    precision: Rate;
    flaggedRecall: Rate;
    vagueAttributionRecall: Rate;
    speculationRecall: Rate;
    // Of the unsupported claims found, how many were found with the right kind.
    kindRight: Rate;
    // Of the flagged claims that refer to another sentence, how many were linked to it.
    flaggedLinked: Rate;
    missed: GoldUnsupported[];
    falseAlarms: PredictedUnsupported[];
  };
  supported: { recall: Rate; precision: Rate; missed: GoldSupported[]; falseAlarms: PredictedSupported[] };
  headlines: { correct: Rate; wrong: { file: string; expected: string; got: string | undefined }[] };
}

export const accuracyThresholds = {
  chromeF1: 0.95,
  flaggedRecall: 1,
  disagreementRecall: 0.9,
  agreementsReportedAsDisagreements: 0,
} as const;

export function scoreAnalysis(analysis: Analysis, gold: Gold): AccuracyFigures {
  const lineText = lineTextsOf(analysis);
  const disagreements = scoreFacts(analysis.disagreements, gold.disagreements, gold.debatable.facts, true, lineText);
  const isQuote = (fact: { kind: string }): boolean => fact.kind === 'quote';
  const quoteVariants = scoreFacts(
    analysis.disagreements.filter(isQuote),
    gold.disagreements.filter(isQuote),
    gold.debatable.facts.filter(isQuote),
    true,
    lineText,
  );
  const agreements = scoreFacts(analysis.agreements, gold.agreements, gold.debatable.facts, false, lineText);
  return {
    set: gold.set,
    chrome: scoreChrome(analysis, gold),
    disagreements,
    quoteVariants,
    agreementsFound: agreements.recall,
    agreementsReportedAsDisagreements: agreementsReportedAsDisagreements(analysis, gold, lineText),
    disagreementsReportedAsAgreements: disagreementsReportedAsAgreements(analysis, gold, lineText),
    unsupported: scoreUnsupported(analysis, gold, lineText),
    supported: scoreSupported(analysis, gold, lineText),
    headlines: scoreHeadlines(analysis, gold),
  };
}

// ---------------------------------------------------------------- text overlap

type LineTexts = (file: string, line: number) => string | undefined;

function lineTextsOf(analysis: Analysis): LineTexts {
  const texts = new Map(analysis.lines.map((line) => [keyOf(line), line.text]));
  return (file, line) => texts.get(keyOf({ file, line }));
}

function keyOf(ref: { file: string; line: number }): string {
  return `${ref.file}\u0000${ref.line}`;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+(?:['.,/-][\p{L}\p{N}]+)*/gu) ?? [];
}

function contentWordsOf(text: string): Set<string> {
  const words = wordsOf(text);
  const content = removeStopwords(words, eng);
  return new Set(content.length > 0 ? content : words);
}

function spansOf(line: string, text: string): [number, number][] {
  const haystack = line.toLowerCase();
  const needle = text.toLowerCase();
  const spans: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && needle !== ''; at = haystack.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

function spansShareText(line: string, a: string, b: string): boolean {
  return spansOf(line, a).some(([startA, endA]) =>
    spansOf(line, b).some(([startB, endB]) => {
      const shared = line.slice(Math.max(startA, startB), Math.min(endA, endB));
      return /[\p{L}\p{N}]/u.test(shared);
    }),
  );
}

function sharesMostWords(a: string, b: string): boolean {
  const wordsA = contentWordsOf(a);
  const wordsB = contentWordsOf(b);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared > 0 && shared / Math.min(wordsA.size, wordsB.size) >= 0.6;
}

/** Whether two texts found at the same file and line are the same finding (see the header for the rule). */
export function textsOverlap(a: string, b: string, line?: string): boolean {
  const normalA = normalise(a);
  const normalB = normalise(b);
  // A prediction of punctuation alone would otherwise be contained in anything.
  if (!/[\p{L}\p{N}]/u.test(normalA) || !/[\p{L}\p{N}]/u.test(normalB)) return false;
  if (normalA.includes(normalB) || normalB.includes(normalA)) return true;
  if (line !== undefined && spansShareText(line, a, b)) return true;
  return sharesMostWords(a, b);
}

function sameFinding(predicted: LineRef, gold: GoldLineRef, lineText: LineTexts): boolean {
  return (
    predicted.file === gold.file &&
    predicted.line === gold.line &&
    textsOverlap(predicted.text, gold.text, lineText(gold.file, gold.line))
  );
}

// ---------------------------------------------------------------- chrome

function scoreChrome(analysis: Analysis, gold: Gold): AccuracyFigures['chrome'] {
  const truth = new Map<string, LineKey>();
  for (const [file, entries] of Object.entries(gold.chrome)) {
    for (const { line, text } of entries) truth.set(keyOf({ file, line }), { file, line, text });
  }
  const marked = new Map<string, LineKey>();
  for (const line of analysis.lines) {
    if (line.boilerplate) marked.set(keyOf(line), { file: line.file, line: line.line, text: line.text });
  }
  const hits = [...marked.keys()].filter((key) => truth.has(key)).length;
  const precision = rateOf(hits, marked.size);
  const recall = rateOf(hits, truth.size);
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    missed: [...truth].filter(([key]) => !marked.has(key)).map(([, line]) => line),
    falseAlarms: [...marked].filter(([key]) => !truth.has(key)).map(([, line]) => line),
  };
}

// ---------------------------------------------------------------- facts

function findsFact(predicted: Fact, gold: GoldFact, needsTwoReadings: boolean, lineText: LineTexts): boolean {
  const found = gold.values.filter((value) => predicted.values.some((mine) => sameFinding(mine, value, lineText)));
  if (found.length < 2) return false;
  return !needsTwoReadings || new Set(found.map(readingOf)).size >= 2;
}

function scoreFacts(
  predicted: Fact[],
  gold: GoldFact[],
  debatable: GoldFact[],
  areDisagreements: boolean,
  lineText: LineTexts,
): FactFigures {
  const finds = (mine: Fact, fact: GoldFact): boolean => findsFact(mine, fact, areDisagreements, lineText);
  const found = gold.filter((fact) => predicted.some((mine) => finds(mine, fact)));
  const hits = predicted.filter((mine) => gold.some((fact) => finds(mine, fact)));
  const judgementCalls = predicted.filter(
    (mine) => !hits.includes(mine) && debatable.some((fact) => findsFact(mine, fact, false, lineText)),
  );
  const falseAlarms = predicted.filter((mine) => !hits.includes(mine) && !judgementCalls.includes(mine));
  return {
    recall: rateOf(found.length, gold.length),
    precision: rateOf(hits.length, hits.length + falseAlarms.length),
    missed: gold.filter((fact) => !found.includes(fact)).map((fact) => fact.fact),
    falseAlarms,
  };
}

function agreementsReportedAsDisagreements(analysis: Analysis, gold: Gold, lineText: LineTexts): MixUp[] {
  return analysis.disagreements.flatMap((mine) => {
    if (gold.disagreements.some((fact) => findsFact(mine, fact, true, lineText))) return [];
    const agreements = gold.agreements.filter((fact) => findsFact(mine, fact, false, lineText));
    return agreements.length > 0 ? [{ gold: agreements.map((fact) => fact.fact).join(' / '), reported: mine }] : [];
  });
}

function disagreementsReportedAsAgreements(analysis: Analysis, gold: Gold, lineText: LineTexts): MixUp[] {
  return analysis.agreements.flatMap((mine) => {
    const disagreements = gold.disagreements.filter((fact) => findsFact(mine, fact, true, lineText));
    return disagreements.length > 0
      ? [{ gold: disagreements.map((fact) => fact.fact).join(' / '), reported: mine }]
      : [];
  });
}

// ---------------------------------------------------------------- claims

function findsUnsupported(mine: PredictedUnsupported, gold: GoldUnsupported, lineText: LineTexts): boolean {
  if (sameFinding(mine, gold, lineText)) return true;
  // Pointing at the unproven claim itself finds it as well as pointing at the sentence that says it is unproven.
  return gold.claim !== undefined && sameFinding(mine, gold.claim, lineText);
}

function linksClaim(mine: PredictedUnsupported, gold: GoldUnsupported, lineText: LineTexts): boolean {
  if (mine.kind !== 'flagged' || gold.claim === undefined || !findsUnsupported(mine, gold, lineText)) return false;
  return (
    (mine.claim !== undefined && sameFinding(mine.claim, gold.claim, lineText)) ||
    sameFinding(mine, gold.claim, lineText)
  );
}

function recallOfKind(
  predicted: PredictedUnsupported[],
  gold: GoldUnsupported[],
  kind: UnsupportedKind,
  lineText: LineTexts,
): Rate {
  const ofKind = gold.filter((claim) => claim.kind === kind);
  const found = ofKind.filter((claim) =>
    predicted.some((mine) => mine.kind === kind && findsUnsupported(mine, claim, lineText)),
  );
  return rateOf(found.length, ofKind.length);
}

function scoreUnsupported(analysis: Analysis, gold: Gold, lineText: LineTexts): AccuracyFigures['unsupported'] {
  const predicted = analysis.unsupported;
  const foundBy = (claim: GoldUnsupported): PredictedUnsupported[] =>
    predicted.filter((mine) => findsUnsupported(mine, claim, lineText));
  const found = gold.unsupported.filter((claim) => foundBy(claim).length > 0);
  const hits = predicted.filter((mine) => gold.unsupported.some((claim) => findsUnsupported(mine, claim, lineText)));
  const falseAlarms = predicted.filter(
    (mine) => !hits.includes(mine) && !gold.debatable.claims.some((claim) => sameFinding(mine, claim, lineText)),
  );
  const linkable = gold.unsupported.filter((claim) => claim.kind === 'flagged' && claim.claim !== undefined);
  return {
    recall: rateOf(found.length, gold.unsupported.length),
    precision: rateOf(hits.length, hits.length + falseAlarms.length),
    flaggedRecall: recallOfKind(predicted, gold.unsupported, 'flagged', lineText),
    vagueAttributionRecall: recallOfKind(predicted, gold.unsupported, 'vague_attribution', lineText),
    speculationRecall: recallOfKind(predicted, gold.unsupported, 'speculation', lineText),
    kindRight: rateOf(
      found.filter((claim) => foundBy(claim).some((mine) => mine.kind === claim.kind)).length,
      found.length,
    ),
    flaggedLinked: rateOf(
      linkable.filter((claim) => predicted.some((mine) => linksClaim(mine, claim, lineText))).length,
      linkable.length,
    ),
    missed: gold.unsupported.filter((claim) => !found.includes(claim)),
    falseAlarms,
  };
}

function scoreSupported(analysis: Analysis, gold: Gold, lineText: LineTexts): AccuracyFigures['supported'] {
  const predicted = analysis.supported;
  const found = gold.supported.filter((claim) => predicted.some((mine) => sameFinding(mine, claim, lineText)));
  const hits = predicted.filter((mine) => gold.supported.some((claim) => sameFinding(mine, claim, lineText)));
  const falseAlarms = predicted.filter(
    (mine) => !hits.includes(mine) && !gold.debatable.claims.some((claim) => sameFinding(mine, claim, lineText)),
  );
  return {
    recall: rateOf(found.length, gold.supported.length),
    precision: rateOf(hits.length, hits.length + falseAlarms.length),
    missed: gold.supported.filter((claim) => !found.includes(claim)),
    falseAlarms,
  };
}

// ---------------------------------------------------------------- headlines

function scoreHeadlines(analysis: Analysis, gold: Gold): AccuracyFigures['headlines'] {
  const wrong = gold.articles.flatMap((article) => {
    const got = analysis.articles.find((mine) => mine.file === article.file)?.headline;
    return got !== undefined && normalise(got) === normalise(article.headline)
      ? []
      : [{ file: article.file, expected: article.headline, got }];
  });
  return { correct: rateOf(gold.articles.length - wrong.length, gold.articles.length), wrong };
}

// ---------------------------------------------------------------- figures

function rateOf(hits: number, total: number): Rate {
  return { hits, total, rate: total === 0 ? null : hits / total };
}

function f1Of(precision: Rate, recall: Rate): number | null {
  if (precision.rate === null || recall.rate === null) return recall.total === 0 ? null : 0;
  const sum = precision.rate + recall.rate;
  return sum === 0 ? 0 : (2 * precision.rate * recall.rate) / sum;
}

/**
 * Each threshold the figures miss, as a sentence with counts; empty when all four are met. Which items were missed
 * is left to formatAccuracyMisses, so a held-out set's answers are not printed by default.
 */
export function thresholdFailures(figures: AccuracyFigures): string[] {
  const failures: string[] = [];
  const { chrome, disagreements, unsupported } = figures;
  if ((chrome.f1 ?? 0) < accuracyThresholds.chromeF1) {
    failures.push(
      `chrome F1 is ${figure(chrome.f1)}, below ${accuracyThresholds.chromeF1} ` +
        `(${chrome.missed.length} chrome lines missed, ${chrome.falseAlarms.length} article lines marked as chrome)`,
    );
  }
  if ((unsupported.flaggedRecall.rate ?? 1) < accuracyThresholds.flaggedRecall) {
    failures.push(`flagged claims found: ${counts(unsupported.flaggedRecall)}; every flagged claim must be found`);
  }
  if ((disagreements.recall.rate ?? 1) < accuracyThresholds.disagreementRecall) {
    failures.push(
      `disagreements found: ${counts(disagreements.recall)}, below ${accuracyThresholds.disagreementRecall}`,
    );
  }
  if (figures.agreementsReportedAsDisagreements.length > accuracyThresholds.agreementsReportedAsDisagreements) {
    failures.push(
      `agreements reported as disagreements: ${figures.agreementsReportedAsDisagreements.length}, allowed: 0`,
    );
  }
  return failures;
}

function figure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

function counts(rate: Rate): string {
  return `${rate.hits} of ${rate.total}`;
}

function verdict(passed: boolean, threshold: string): string {
  return `${threshold}: ${passed ? 'pass' : 'FAIL'}`;
}

/**
 * The figures as a Markdown table, for the README and the test log. A held-out set's table names no finding
 * (`nameFindings: false`): naming which agreement was mixed up would invite tuning the rules to it.
 */
export function formatAccuracyTable(figures: AccuracyFigures, { nameFindings = true } = {}): string {
  const { chrome, disagreements, quoteVariants, unsupported, supported } = figures;
  const mixUps = figures.agreementsReportedAsDisagreements;
  const row = (measure: string, value: string, detail: string, threshold = ''): string =>
    `| ${measure} | ${value} | ${detail} | ${threshold} |`;
  return [
    '| Measure | Figure | Counts | Threshold |',
    '| --- | --- | --- | --- |',
    row(
      'Chrome lines: precision',
      figure(chrome.precision.rate),
      `${counts(chrome.precision)} lines marked chrome are chrome`,
    ),
    row('Chrome lines: recall', figure(chrome.recall.rate), `${counts(chrome.recall)} chrome lines marked`),
    row('Chrome lines: F1', figure(chrome.f1), '', verdict((chrome.f1 ?? 0) >= accuracyThresholds.chromeF1, '≥ 0.95')),
    row(
      'Disagreements: recall',
      figure(disagreements.recall.rate),
      `${counts(disagreements.recall)} found`,
      verdict((disagreements.recall.rate ?? 1) >= accuracyThresholds.disagreementRecall, '≥ 0.90'),
    ),
    row(
      'Disagreements: precision',
      figure(disagreements.precision.rate),
      `${counts(disagreements.precision)} reported are real`,
    ),
    row('Quote variants: recall', figure(quoteVariants.recall.rate), `${counts(quoteVariants.recall)} found`),
    row(
      'Quote variants: precision',
      figure(quoteVariants.precision.rate),
      `${counts(quoteVariants.precision)} reported are real`,
    ),
    row(
      'Agreements reported as disagreements',
      String(mixUps.length),
      (nameFindings ? mixUps.map((mixUp) => mixUp.gold).join('; ') : '') ||
        (mixUps.length ? 'not named: held out' : 'none'),
      verdict(mixUps.length <= accuracyThresholds.agreementsReportedAsDisagreements, '0'),
    ),
    row('Disagreements reported as agreements', String(figures.disagreementsReportedAsAgreements.length), ''),
    row('Agreements found', figure(figures.agreementsFound.rate), `${counts(figures.agreementsFound)} found`),
    row('Unsupported claims: recall', figure(unsupported.recall.rate), `${counts(unsupported.recall)} found`),
    row(
      'Unsupported claims: precision',
      figure(unsupported.precision.rate),
      `${counts(unsupported.precision)} reported are real`,
    ),
    row(
      'Flagged claims: recall',
      figure(unsupported.flaggedRecall.rate),
      `${counts(unsupported.flaggedRecall)} found`,
      verdict((unsupported.flaggedRecall.rate ?? 1) >= accuracyThresholds.flaggedRecall, '100 %'),
    ),
    row(
      'Flagged claims linked to their claim',
      figure(unsupported.flaggedLinked.rate),
      `${counts(unsupported.flaggedLinked)} linked`,
    ),
    row(
      'Vague attributions: recall',
      figure(unsupported.vagueAttributionRecall.rate),
      `${counts(unsupported.vagueAttributionRecall)} found`,
    ),
    row(
      'Speculation: recall',
      figure(unsupported.speculationRecall.rate),
      `${counts(unsupported.speculationRecall)} found`,
    ),
    row('Unsupported claims: kind right', figure(unsupported.kindRight.rate), `${counts(unsupported.kindRight)} found`),
    row('Supported claims: recall', figure(supported.recall.rate), `${counts(supported.recall)} found`),
    row(
      'Supported claims: precision',
      figure(supported.precision.rate),
      `${counts(supported.precision)} reported are real`,
    ),
    row('Headlines', figure(figures.headlines.correct.rate), `${counts(figures.headlines.correct)} right`),
  ].join('\n');
}

/** One row per set, the thresholded measures side by side: how the rules do on sets tuned to and sets held out. */
export function formatAccuracySummary(rows: readonly { figures: AccuracyFigures; role: string }[]): string {
  const rate = (value: Rate): string => `${figure(value.rate)} (${value.hits}/${value.total})`;
  return [
    '| Set | Role | Chrome F1 | Disagreements found | Disagreement precision | Flagged claims found | Agreements as disagreements |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ figures, role }) =>
        `| ${figures.set} | ${role} | ${figure(figures.chrome.f1)} | ${rate(figures.disagreements.recall)} | ` +
        `${rate(figures.disagreements.precision)} | ${rate(figures.unsupported.flaggedRecall)} | ` +
        `${figures.agreementsReportedAsDisagreements.length} |`,
    ),
  ].join('\n');
}

/** What was missed and what was wrongly reported, one line each, for a developer looking for the rule to change. */
export function formatAccuracyMisses(figures: AccuracyFigures): string {
  const at = (ref: { file: string; line: number; text: string }): string => `${ref.file}:${ref.line} "${ref.text}"`;
  const values = (fact: Fact): string => fact.values.map(at).join(' | ');
  return [
    ...figures.chrome.missed.map((line) => `chrome missed: ${at(line)}`),
    ...figures.chrome.falseAlarms.map((line) => `article line marked chrome: ${at(line)}`),
    ...figures.disagreements.missed.map((fact) => `disagreement missed: ${fact}`),
    ...figures.disagreements.falseAlarms.map((fact) => `disagreement not in gold: ${fact.fact}: ${values(fact)}`),
    ...figures.agreementsReportedAsDisagreements.map((mixUp) => `agreement reported as disagreement: ${mixUp.gold}`),
    ...figures.disagreementsReportedAsAgreements.map((mixUp) => `disagreement reported as agreement: ${mixUp.gold}`),
    ...figures.unsupported.missed.map((claim) => `unsupported missed (${claim.kind}): ${at(claim)}`),
    ...figures.unsupported.falseAlarms.map((claim) => `unsupported not in gold (${claim.kind}): ${at(claim)}`),
    ...figures.supported.missed.map((claim) => `supported missed: ${at(claim)}`),
    ...figures.supported.falseAlarms.map((claim) => `supported not in gold: ${at(claim)}`),
    ...figures.headlines.wrong.map(
      (wrong) => `headline of ${wrong.file}: "${wrong.got ?? ''}", expected "${wrong.expected}"`,
    ),
  ].join('\n');
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Fact } from '../../../../../src/shared/analysis.ts';
import { splitLines, type ArticleText } from '../../../../../src/main/generator/articleText.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { seedSetDir } from '../../../../support/paths.ts';

// Helpers for the compare tests: the seed set as the generator reads it, small sets written in the tests, and
// lookups of findings by the articles and words they involve.

export function readSeedArticles(): ArticleText[] {
  return readdirSync(seedSetDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => splitLines(file, readFileSync(join(seedSetDir, file), 'utf8')));
}

/** A set written in a test: file name -> text. */
export function articlesOf(texts: Record<string, string>): ArticleText[] {
  return Object.entries(texts).map(([file, text]) => splitLines(file, text));
}

export const everyLine = (): boolean => true;

/** The facts that have a value at each of the given places ("000:11"), file names matched by prefix. */
export function factsAt(facts: readonly Fact[], ...places: string[]): Fact[] {
  return facts.filter((fact) =>
    places.every((place) => {
      const [file, line] = place.split(':');
      return fact.values.some((value) => value.file.startsWith(file ?? '') && value.line === Number(line));
    }),
  );
}

/** The value a fact gives at a place, as written. */
export function valueAt(fact: Fact, place: string): string | undefined {
  const [file, line] = place.split(':');
  return fact.values.find((value) => value.file.startsWith(file ?? '') && value.line === Number(line))?.text;
}

/** Every value is an exact substring of its line, and no article speaks twice in one fact. */
export function valuesStandInTheirLines(facts: readonly Fact[], articles: readonly ArticleText[]): string[] {
  const problems: string[] = [];
  for (const fact of facts) {
    const files = fact.values.map((value) => value.file);
    if (new Set(files).size !== files.length) problems.push(`${fact.fact}: one article gives two values`);
    for (const value of fact.values) {
      const line = articles.find((article) => article.file === value.file)?.lines.find((l) => l.line === value.line);
      if (!line?.text.includes(value.text)) problems.push(`${value.file}:${value.line} has no "${value.text}"`);
    }
  }
  return problems;
}

/** "number flood-a:5 flood-b:3": a fact's kind and the places of its values. */
export function signature(fact: Fact): string {
  return `${fact.kind} ${fact.values.map((value) => `${value.file.replace(/\.txt$/, '')}:${value.line}`).join(' ')}`;
}

/** The facts found in a small written set, each value checked to stand in its line exactly. */
export function findIn(texts: Record<string, string>): { disagreements: Fact[]; agreements: Fact[] } {
  const articles = articlesOf(texts);
  const found = findFacts(articles, everyLine);
  expect(valuesStandInTheirLines([...found.disagreements, ...found.agreements], articles)).toEqual([]);
  return found;
}

// Lines on other matters, as a real article has: a word is telling only if not every sentence of the set uses it.
const otherNews = [
  'Elsewhere, the weather stayed mild for the time of year.',
  'Shares in retailers were little changed in early trading.',
  'Readers can send their questions to the newsdesk by email.',
];

/** The values of each fact of one kind a small written set gives, each article padded with lines on other news. */
export function factValuesWithOtherNews(
  texts: Record<string, string>,
  kind: Fact['kind'],
  published?: Date,
): { disagreements: string[][]; agreements: string[][] } {
  const withOtherNews = Object.fromEntries(
    Object.entries(texts).map(([file, text]) => [file, [text, ...otherNews].join('\n\n')]),
  );
  const facts = findFacts(articlesOf(withOtherNews), everyLine, published);
  const values = (list: readonly Fact[]): string[][] =>
    list.filter((fact) => fact.kind === kind).map((fact) => fact.values.map((value) => value.text));
  return { disagreements: values(facts.disagreements), agreements: values(facts.agreements) };
}

/** The values of each fact of one kind two written articles ("a.txt", "b.txt") give, padded with other news. */
export function valuesOfTwo(
  kind: Fact['kind'],
  a: string,
  b: string,
  published?: Date,
): { disagreements: string[][]; agreements: string[][] } {
  return factValuesWithOtherNews({ 'a.txt': a, 'b.txt': b }, kind, published);
}

/** The date values of two written articles, padded with other news, published 20 November 2026. */
export function datesOfTwo(a: string, b: string): { disagreements: string[][]; agreements: string[][] } {
  return valuesOfTwo('date', a, b, new Date(Date.UTC(2026, 10, 20, 12)));
}

/** The values of each disagreement of one kind a small written set gives, padded with other news. */
export function disagreementsWithOtherNews(texts: Record<string, string>, kind: Fact['kind']): string[][] {
  return factValuesWithOtherNews(texts, kind).disagreements;
}

/** The claim disagreements of two written articles ("a.txt", "b.txt"), padded with other news. */
export function claimsOfTwo(a: string, b: string): string[][] {
  return disagreementsWithOtherNews({ 'a.txt': a, 'b.txt': b }, 'claim');
}

/** Two written articles that set exactly one claim against each other: the first's sentence against the second's. */
export function expectOneClaimBetween(a: string, b: string): void {
  expect(claimsOfTwo(a, b)).toEqual([[a, b]]);
}

/** Two written articles that set no claim against each other. */
export function expectNoClaimBetween(a: string, b: string): void {
  expect(claimsOfTwo(a, b)).toEqual([]);
}

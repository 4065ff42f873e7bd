import { eng as englishStopWords } from 'stopword';
import type { FactKind } from '../../../shared/analysis.ts';

// The finder labels facts as questions or noun phrases ("When the US accused Russia", "Whether ... are allies").
const stopWords = new Set([...englishStopWords, 'when', 'where', 'whether', 'how', 'what', 'who', 'which', 'why']);

// How compare items name a fact and a value inside a sentence.

/**
 * A fact's label inside a sentence: "Troops on the border" -> "troops on the border", but "Russian troops" keeps
 * its capital. Whether the first word is a name is read from the set itself: a word the articles only ever write
 * with a capital ("Russian", "NATO") keeps it, unless it is a small word like "when" or "whether".
 */
export function factInSentence(fact: string, lowercaseWords: ReadonlySet<string>): string {
  // "How many Russian troops on the Ukrainian border" heads a fact well, but a sentence reports "the number of"
  // them: "Two articles report the number of Russian troops on the Ukrainian border".
  const trimmed = fact
    .trim()
    .replace(/[.:]$/u, '')
    .replace(/^How many (?!.*:)/u, 'the number of ');
  const first = /^[\p{L}'’-]+/u.exec(trimmed)?.[0] ?? '';
  const lower = first.toLowerCase();
  const ordinary = lowercaseWords.has(lower) || stopWords.has(lower);
  return first !== lower && ordinary ? lower + trimmed.slice(first.length) : trimmed;
}

/** How two values that agree in different words relate: "that give the same figure". */
export function sameInOtherWords(kind: FactKind): string {
  switch (kind) {
    case 'number':
      return 'that give the same figure';
    case 'date':
      return 'that fit the same date';
    default:
      return 'that say the same thing';
  }
}

/** Why outlets' values can differ, said once per kind; the teaching point of a disagreement. */
export function whyItMatters(kind: FactKind): string {
  switch (kind) {
    case 'number':
      return 'When outlets give different figures for the same thing, neither is settled: look for who counted, and when, before you repeat a number.';
    case 'date':
      return 'When outlets give different dates for the same event, at least one is wrong or means something else: check the earliest, most direct report.';
    case 'name':
      return 'When outlets name different people or places for the same thing, check which one the other sources back up.';
    case 'quote':
    case 'claim':
      return 'When outlets word the same statement differently, go back to the original before you quote it.';
  }
}

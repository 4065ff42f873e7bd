import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine, factsAt, findIn } from './compareTexts.ts';
import { takeoverSet } from './writtenSets.ts';

// The description of a dated event is the question a student reads ("Two articles report when ..."): a clause
// that stops mid-phrase gives way to "When it happened", while a whole clause is kept.

const dateFacts = (texts: Record<string, string>): string[] =>
  findFacts(articlesOf(texts), everyLine, new Date(Date.UTC(2026, 8, 17, 12)))
    .disagreements.filter((fact) => fact.kind === 'date')
    .map((fact) => fact.fact);

describe('the description of a dated event', () => {
  it('keeps a whole clause', () => {
    expect(
      dateFacts({
        'a.txt': 'The stadium was evacuated on Saturday after a bomb threat, police said.',
        'b.txt': 'The stadium was evacuated on Sunday after a bomb threat, according to the club.',
      }),
    ).toEqual(['When the stadium was evacuated']);
  });

  it('says "so" after the day something was said', () => {
    const { disagreements } = findIn(takeoverSet);
    expect(factsAt(disagreements, 'deal-a:3', 'deal-b:3').find((fact) => fact.kind === 'date')?.fact).toMatch(
      /^When the \w+ said so$/,
    );
  });

  it('gives way to "When it happened" for a clause that stops on a preposition', () => {
    const facts = dateFacts({
      'a.txt':
        'The maximum sentence is 15 years. Sentencing is scheduled for 19 November, and the judge will rule on bail.',
      'b.txt': 'Sentencing is scheduled for 3 December, and the judge will rule on bail.',
    });
    expect(facts).toHaveLength(1);
    expect(facts[0]).not.toMatch(/ for$/);
  });
});

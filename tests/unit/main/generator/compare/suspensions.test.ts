import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Someone kept in post but off duty ("has been suspended", "placed on leave") neither resigned nor was sacked.
// Sentences from sport, policing, health and local politics, beside a service suspended, which is stopped for a
// while and says nothing of anyone's job.

function claimFiles(texts: Record<string, string>): string[][] {
  const found = findFacts(articlesOf(texts), everyLine);
  return found.disagreements
    .filter((fact) => fact.kind === 'claim')
    .map((fact) => fact.values.map((value) => value.file).sort());
}

describe('suspended from a post', () => {
  it('reports a suspension against a sacking and against a resignation', () => {
    expect(
      claimFiles({
        'a.txt': 'Head coach Anna Berg has been suspended pending an investigation into the allegations.',
        'b.txt': 'Head coach Anna Berg was sacked on Monday, the club said.',
      }),
    ).toEqual([['a.txt', 'b.txt']]);
    expect(
      claimFiles({
        'a.txt': 'The force said its chief constable, Mark Dale, had been placed on leave.',
        'b.txt': 'Chief Constable Mark Dale resigned on Tuesday night.',
      }),
    ).toEqual([['a.txt', 'b.txt']]);
    expect(
      claimFiles({
        'a.txt': 'The trust’s chief executive, Priya Nair, has been put on gardening leave.',
        'b.txt': 'Chief executive Priya Nair quit after the report was published.',
      }),
    ).toEqual([['a.txt', 'b.txt']]);
  });

  it('stays quiet when the articles agree, and on a service suspended', () => {
    expect(
      claimFiles({
        'a.txt': 'Her chief of staff, Leon Marsh, has been suspended on full pay.',
        'b.txt': 'Chief of staff Leon Marsh was placed on leave while the inquiry runs.',
      }),
    ).toEqual([]);
    expect(
      claimFiles({
        'a.txt': 'All sailings between Ardmhor and Brannoch have been suspended until Wednesday.',
        'b.txt': 'Councillor Brannoch resigned on Tuesday.',
      }),
    ).toEqual([]);
  });
});

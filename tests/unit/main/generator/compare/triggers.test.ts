import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTriggerMentions } from '../../../../../src/main/generator/compare/triggers.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Why a procedure happened, automatically or on request (triggers.ts), in elections, sport, health and courts,
// beside sentences that only say it may be asked for, or that nobody asked.

const triggersIn = (text: string) =>
  sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findTriggerMentions(sentence).map((mention) => `${mention.procedure}: ${mention.trigger}`),
  );

describe('how a procedure was triggered', () => {
  it('reads automatic and requested procedures, a repeat however it is written', () => {
    expect(triggersIn('A recount is automatic when the margin is under half a point.')).toEqual([
      'again:count: automatic',
    ]);
    expect(triggersIn('The result came after a second count demanded by the Green candidate.')).toEqual([
      'again:count: requested',
    ]);
    expect(triggersIn('The losing side requested a re-vote on Friday.')).toEqual(['again:vote: requested']);
    expect(triggersIn('Every death in custody triggers an automatic inquest.')).toEqual(['inquest: automatic']);
    expect(triggersIn('The inquest was requested by the family.')).toEqual(['inquest: requested']);
  });

  it('reads nothing where it only may be asked for, nobody asked, or the sentence asks', () => {
    expect(triggersIn('A candidate may also request a recount; none did.')).toEqual([]);
    expect(triggersIn('Nobody requested a recount.')).toEqual([]);
    expect(triggersIn('Was the recount automatic?')).toEqual([]);
  });
});

describe('one procedure, two triggers', () => {
  it('reports "automatic" against "demanded by", and leaves articles that agree alone', () => {
    const found = findFacts(
      articlesOf({
        'a.txt': 'A recount is automatic when the top two are less than half a point apart.',
        'b.txt': 'The result came after a second count demanded by the mayor’s rival.',
      }),
      everyLine,
    );
    expect(found.disagreements.map((fact) => fact.fact)).toContain('Why the recount was held');
    const agreeing = findFacts(
      articlesOf({
        'a.txt': 'The replay was requested by the visiting club.',
        'b.txt': 'The visiting club requested the replay.',
        'c.txt': 'An automatic review of the decision followed.',
      }),
      everyLine,
    );
    expect(agreeing.disagreements.filter((fact) => fact.fact.startsWith('Why the'))).toEqual([]);
  });
});

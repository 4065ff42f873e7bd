import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// A fact's description is the question a student reads ("Two articles report when ..."): it must be a whole
// clause or noun phrase from the sentence's own words, or a plain safe wording, never a broken fragment.

const facts = (kind: string, a: string, b: string): string[] =>
  findFacts(articlesOf({ 'a.txt': a, 'b.txt': b }), everyLine, new Date(Date.UTC(2026, 8, 17, 12)))
    .disagreements.filter((fact) => fact.kind === kind)
    .map((fact) => fact.fact);

describe('the wording of a fact', () => {
  it("asks of the people counted in the plural, whatever the sentence's subject (a college)", () => {
    expect(
      facts(
        'number',
        "Every one of the Holm college's 320 students has been sent home.",
        "Every one of the Holm college's 350 students has been sent home.",
      ),
    ).toEqual(['Number of students who have been sent home']);
  });

  it('gives an infinitive the verb and subject it belongs to (disaster)', () => {
    expect(
      facts(
        'date',
        'About 400 people were ordered to leave Dunmore on Friday after the river rose.',
        'About 400 people were ordered to leave Dunmore on Saturday after the river rose.',
      ),
    ).toEqual(['When people were ordered to leave Dunmore']);
  });

  it('never cuts a verdict before its complement (courts)', () => {
    const [described] = facts(
      'date',
      'A jury in Porto Alto on 16 September found Ana Reis, the former mayor, guilty of fraud.\nHer lawyers said they would appeal.\nSentencing is expected next month.',
      'A jury in Porto Alto on 15 September found Ana Reis, the former mayor, guilty of fraud.\nThe trial lasted six weeks.\nProsecutors welcomed the verdict.',
    );
    expect(described).toBeDefined();
    expect(described).not.toMatch(/found Ana Reis$/);
  });

  it('reads a participle after a noun as a passive clause (politics)', () => {
    expect(
      facts(
        'date',
        'The ministry approved the plan in a vote held on Monday, officials said.',
        'The ministry approved the plan in a vote held on Tuesday, officials said.',
      ),
    ).toEqual(['When a vote was held']);
  });

  it('drops a place phrase that points back with a pronoun (industry)', () => {
    expect(
      facts(
        'number',
        'The ministry says a team of four inspectors is on its way to the mine.',
        'The ministry said it had sent a team of three inspectors to the mine.',
      ),
    ).toEqual(['How many inspectors to the mine']);
  });

  it('ends a money clause on a noun, not mid-phrase (local government)', () => {
    expect(
      facts(
        'number',
        'The repairs will cost the county £4 million in one year, the council said.',
        'The repairs will cost the county £5 million in one year, the council said.',
      ),
    ).toEqual(['How much money: The repairs will cost the county … in one year']);
  });
});

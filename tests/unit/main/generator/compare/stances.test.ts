import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findStanceClaims } from '../../../../../src/main/generator/compare/stanceClaims.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Where someone stands on doing something: refused, left open or agreed; and a refusal told against the others.

function stances(text: string): string[] {
  return sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findStanceClaims(sentence))
    .map(
      (claim) => `${claim.actorText} ${claim.stance} ${claim.deedText}${claim.object ? ` ${claim.object.text}` : ''}`,
    );
}

describe('findStanceClaims', () => {
  it('reads refusals, open minds and agreements, whatever the tags wink gives the deed', () => {
    expect(stances('The ministry will not pay the hackers.')).toEqual(['the ministry refused pay the hackers']);
    expect(stances('The board has ruled out selling the stadium.')).toEqual(['the board refused sell the stadium']);
    expect(stances('The board has not ruled out selling the stadium.')).toEqual(['the board open sell the stadium']);
    expect(stances('The council is considering raising council tax.')).toEqual([
      'the council open raising council tax',
    ]);
    expect(stances('Norvale has agreed to pay compensation.')).toEqual(['Norvale agreed pay compensation']);
    expect(stances('The union vowed not to accept the offer.')).toEqual(['the union refused accept the offer']);
    expect(stances('Mayor Ida Roth has refused to resign.')).toEqual(['Ida Roth refused resign']);
  });

  it('takes the one who reports a pronoun’s stance: "The ministry says it will not pay"', () => {
    expect(stances('The ministry says it will not pay.')).toEqual(['the ministry refused pay']);
    expect(stances('It will not pay.')).toEqual([]);
  });

  it('reads no stance in a passive, a possibility, a question or a refusal to comment', () => {
    expect(stances('Residents will not be allowed back until Friday.')).toEqual([]);
    expect(stances('The board could rule out selling the stadium.')).toEqual([]);
    expect(stances('Will the ministry refuse to pay?')).toEqual([]);
    expect(stances('The company said it would not comment.')).toEqual([]);
  });
});

describe('a decision told as taken and as still open', () => {
  const found = (texts: Record<string, string>) =>
    findFacts(articlesOf(texts), everyLine).disagreements.filter((fact) => fact.kind === 'claim');

  it('sets a refusal against an open mind or an agreement by the same actor on the same deed', () => {
    const facts = found({
      'a.txt': 'The ministry has ruled out paying the ransom.',
      'b.txt': 'The ministry has not ruled out paying the ransom, officials said.',
      'c.txt': 'The ministry says it will not pay the ransom.',
    });
    expect(facts.map((fact) => [fact.fact, fact.values.map((value) => value.file)])).toEqual([
      ['Whether the ministry will pay the ransom', ['a.txt', 'b.txt', 'c.txt']],
    ]);
  });

  it('says nothing of two refusals, another deed, another thing done or another actor', () => {
    expect(
      found({
        'a.txt': 'The ministry has ruled out paying the ransom.',
        'b.txt': 'The ministry will not pay the ransom.',
        'c.txt': 'The ministry is considering closing the office.',
        'd.txt': 'The ministry will not close the library.',
        'e.txt': 'The insurer has not ruled out paying the ransom.',
      }),
    ).toEqual([]);
  });

  it('lets an article’s own words take its side over a quotation, and leaves an article of two minds out', () => {
    const facts = found({
      'a.txt': 'The club will not sell the stadium. "We have agreed to sell the stadium," a director said.',
      'b.txt': 'The club has agreed to sell the stadium.',
      'c.txt': 'The club will not sell the stadium.\n\nLater, the club agreed to sell the stadium.',
    });
    expect(facts.map((fact) => fact.values.map((value) => value.file))).toEqual([['a.txt', 'b.txt']]);
  });
});

// "navy denies sonar link" / "Navy won't rule out sonar link" (the whale set). Told here of a fire and a poisoning.
describe('a thing ruled out and left open', () => {
  const found = (texts: Record<string, string>) =>
    findFacts(articlesOf(texts), everyLine).disagreements.filter((fact) => fact.kind === 'claim');

  it('reads ruling out, denying and leaving open, whoever reports it', () => {
    expect(stances('Fire chiefs have ruled out arson.')).toEqual(['the chiefs refused rule out arson']);
    expect(stances('The company denies any safety breach.')).toEqual(['the company refused rule out safety breach']);
    expect(stances('The company would not rule out a safety breach.')).toEqual([
      'the company open rule out safety breach',
    ]);
    expect(stances('The company is refusing to rule out a safety breach.')).toEqual([
      'the company open rule out safety breach',
    ]);
    expect(stances('Detectives could not rule out foul play.')).toEqual(['Detectives open rule out foul play']);
    expect(stances('Detectives could rule out foul play within days.')).toEqual([]);
  });

  it('sets a thing ruled out against the same thing left open by the same actor', () => {
    const facts = found({
      'a.txt': 'Poisoning at school canteen: council denies hygiene failure',
      'b.txt': 'The council is refusing to rule out a hygiene failure at the canteen.',
    });
    expect(facts.map((fact) => [fact.fact, fact.values.map((value) => value.file)])).toEqual([
      ['Whether the council ruled out hygiene failure', ['a.txt', 'b.txt']],
    ]);
    expect(
      found({
        'a.txt': 'The council denies a hygiene failure.',
        'b.txt': 'Parents would not rule out a hygiene failure.',
        'c.txt': 'The council would not rule out a staffing failure.',
      }),
    ).toEqual([]);
  });
});

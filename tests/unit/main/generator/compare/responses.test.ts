import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findResponseMentions } from '../../../../../src/main/generator/compare/responses.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// What a named party said it will do about a verdict, a ruling or a result (responses.ts): challenge, accept or not
// yet decide; in court, sport, politics and business, beside forecasts by others that state nothing.

const responsesIn = (text: string) =>
  sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findResponseMentions(sentence).map((mention) => `${mention.person}: ${mention.response}`),
  );

describe('responses to a decision', () => {
  it('reads a challenge, an acceptance and an open mind, with the person named', () => {
    expect(responsesIn('Club chairman Martin Ellis said: "We will appeal this ban."')).toEqual(['ellis: challenge']);
    expect(responsesIn('Senator Ada Moss vowed to contest the result in court.')).toEqual(['moss: challenge']);
    expect(responsesIn('Ada Moss said she accepts the result and will not appeal.')).toEqual(['moss: accept']);
    expect(responsesIn('Chief executive Lena Park said the firm was considering an appeal.')).toEqual([
      'park: undecided',
    ]);
    expect(
      responsesIn('His lawyer, Tom Reyes, said the defence would study the ruling before deciding on next steps.'),
    ).toEqual(['reyes: undecided']);
  });

  it('reads nothing in a forecast by others, without a named person, or on an appeals court', () => {
    expect(responsesIn('The defence is likely to challenge the judge’s instructions, Tom Reyes said.')).toEqual([]);
    expect(responsesIn('The defence said it will appeal.')).toEqual([]);
    expect(responsesIn('Judge Mara Holt sits on the appeals court.')).toEqual([]);
  });
});

describe('one person’s response told two ways', () => {
  it('reports "will appeal" against "before deciding on next steps", and not two articles that agree', () => {
    const found = findFacts(
      articlesOf({
        'a.txt': 'Manager Kofi Mensah said: "We will appeal the decision."',
        'b.txt': 'Kofi Mensah said the club would study the decision before deciding on next steps.',
        'c.txt': 'Manager Kofi Mensah said the club will appeal.',
      }),
      everyLine,
    );
    const responses = found.disagreements.filter((fact) => fact.fact.includes('will challenge the decision'));
    expect(responses).toHaveLength(1);
    expect(responses[0]?.values.map((value) => value.file)).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    const agreeing = findFacts(
      articlesOf({
        'a.txt': 'Manager Kofi Mensah said: "We will appeal the decision."',
        'b.txt': 'Kofi Mensah said the club will appeal.',
        'c.txt': 'Prosecutor Ines Vidal said she accepts the verdict.',
      }),
      everyLine,
    );
    expect(agreeing.disagreements.filter((fact) => fact.fact.includes('will challenge'))).toEqual([]);
  });
});

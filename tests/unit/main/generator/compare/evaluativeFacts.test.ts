import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findEvaluativeMentions } from '../../../../../src/main/generator/compare/evaluativeScales.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// One thing graded on two steps of one scale: people hurt "seriously" or "in a critical condition", damage
// "minor" or "a gash", the weather "calm" or "a howling gale". Sentences from the crane and ferry sets, and
// look-alikes that must stay quiet.

function steps(text: string): string[] {
  return sentencesOfLine('story.txt', 1, text).flatMap((sentence) =>
    findEvaluativeMentions(sentence).map((mention) => `${mention.scale} ${mention.level}: ${mention.words}`),
  );
}

function graded(texts: Record<string, string>): string[] {
  return findFacts(articlesOf(texts), everyLine)
    .disagreements.filter((fact) => fact.kind === 'claim')
    .map((fact) => fact.fact);
}

describe('findEvaluativeMentions', () => {
  it('reads a step beside what it describes', () => {
    expect(
      steps(
        'A crane collapsed onto a feeder vessel shortly after 6 a.m. on Tuesday, injuring three dockworkers, one of them seriously.',
      ),
    ).toEqual(['injury serious: seriously']);
    expect(steps('Four people have been taken to hospital, one in a critical condition.')).toEqual([
      'injury critical: a critical condition',
    ]);
    expect(steps('Westmark described the damage to the hull as minor.')).toEqual(['damage minor: minor']);
    expect(steps('Divers found a three-metre gash in the hull below the waterline.')).toEqual(['damage serious: gash']);
    expect(steps('Conditions at the time were calm and clear, according to the Met Service.')).toEqual([
      'weather calm: calm',
    ]);
    expect(steps('The ferry hit the reef just after 7.40pm on Sunday in a howling gale.')).toEqual([
      'weather rough: howling gale',
    ]);
  });

  it('reads nothing from the same words about something else', () => {
    expect(steps('There are serious questions about how the crane was maintained.')).toEqual([]);
    expect(steps('Please stay calm and remain in your seats.')).toEqual([]);
    expect(steps('The cranes are secured with storm pins above that speed.')).toEqual([]);
    expect(steps('Two were seriously injured, police said.').length).toBe(1);
    // Graded without a count, the people graded cannot be matched; a year counts nobody.
    expect(steps('The driver was seriously injured.')).toEqual([]);
    expect(steps('In 2024 the driver was seriously injured.')).toEqual([]);
    expect(steps('The damage to the hull was limited to the bow.')).toEqual([]);
    expect(steps('A storm of protest greeted the council’s plan.')).toEqual([]);
    expect(steps('The storm brought winds of 90mph to the coast.')).toEqual(['weather rough: storm']);
  });
});

describe('findEvaluativeFacts', () => {
  it('finds one person hurt on two steps, hull damage minor and a gash, calm weather and a gale', () => {
    expect(
      graded({
        'wire.txt': 'The crane collapsed at 6am on Tuesday, injuring three dockworkers, one of them seriously.',
        'ebc.txt': 'Four people have been taken to hospital, one in a critical condition.',
      }),
    ).toEqual(['How badly one person was hurt: "seriously" or "a critical condition"']);
    expect(
      graded({
        'standard.txt': 'Divers who inspected the ship found a three-metre gash in the hull below the waterline.',
        'nctv.txt': 'Westmark described the damage to the hull as minor.',
      }),
    ).toEqual(['How bad the damage to the hull was: "gash" or "minor"']);
    expect(
      graded({
        'standard.txt': 'Conditions at the time were calm and clear, with winds of less than 10 knots at Port Ellan.',
        'flare.txt': 'The ferry hit the reef just after 7.40pm in a howling gale, just 800 metres from Port Ellan.',
      }),
    ).toEqual(['What the weather was like: "calm" or "howling gale"']);
  });

  it('finds one named person hurt on two steps, their age beside the name counting nobody (the robbery set)', () => {
    const hurt = (other: string): string[] =>
      graded({
        'wire.txt': 'A 61-year-old steward, Gwen Tallis, was hit by a flare and suffered minor injuries to her arm.',
        'tabloid.txt': `The blast left steward ${other}, 63, with severe injuries.`,
      });
    expect(hurt('Gwen Tallis')).toEqual(['How badly Gwen Tallis was hurt: "minor" or "severe"']);
    // Another person graded, or a sentence naming two people, says nothing of her.
    expect(hurt('Owen Price')).toEqual([]);
    expect(
      graded({
        'wire.txt': 'A 61-year-old steward, Gwen Tallis, was hit by a flare and suffered minor injuries to her arm.',
        'tabloid.txt': 'Steward Gwen Tallis, 63, and Owen Price, 40, were left with severe injuries.',
      }),
    ).toEqual([]);
  });

  it('leaves alone other people, other things, other days, and an article that says both', () => {
    expect(
      graded({
        'a.txt': 'Two workers were seriously injured in the collapse.',
        'b.txt': 'Four people were taken to hospital, one in a critical condition.',
      }),
    ).toEqual([]);
    expect(
      graded({
        'a.txt': 'The harbour company said there was minor damage to the quay.',
        'b.txt': 'Divers found a gash in the hull below the waterline.',
      }),
    ).toEqual([]);
    expect(
      graded({
        'a.txt': 'A howling gale hit Port Ellan on Sunday.',
        'b.txt': 'By Tuesday conditions at Port Ellan were calm.',
      }),
    ).toEqual([]);
    expect(
      graded({
        'a.txt': 'Eleven people were taken to hospital, one of them in a critical condition.',
        'b.txt': 'One was in a critical condition and one was seriously injured, with one of them badly hurt.',
      }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findHowOften } from '../../../../../src/main/generator/compare/howOften.ts';
import { findTrialPhases } from '../../../../../src/main/generator/compare/trialPhases.ts';
import { findColours } from '../../../../../src/main/generator/compare/colours.ts';
import { factValuesWithOtherNews, findIn } from './compareTexts.ts';

// A thing given one value from a closed list: how often something is taken or done, which phase a trial is in, what
// colour a thing is.
// Phrasings from health, transport, local politics and business, beside look-alikes that must stay quiet.

function rates(text: string): string[] {
  return sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findHowOften(sentence).map((mention) => `${mention.thing} ${Number(mention.values[0]).toFixed(3)}`),
  );
}

function phases(text: string): string[] {
  return sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findTrialPhases(sentence).map((mention) => mention.values.join('/')),
  );
}

const attributeDisagreements = (texts: Record<string, string>) =>
  findIn(texts).disagreements.filter(
    (fact) => fact.fact.startsWith('How often') || fact.fact.startsWith('Which phase'),
  );

describe('how often', () => {
  it('reads a rate and the thing done that often', () => {
    expect(rates('Patients take the twice-daily capsule with food.')).toEqual(['pill 2.000']);
    expect(rates('The vaccine is given as a jab every two weeks.')).toEqual(['injection 0.071']);
    expect(rates('The council meets once a month in the town hall.')).toEqual([`${senseOf('council')} 0.033`]);
    expect(rates('The ferry runs three times a day in summer.')).toEqual([`${senseOf('ferry')} 3.000`]);
    expect(rates('Residents get a weekly bin collection.')).toEqual([`${senseOf('collection')} 0.143`]);
  });

  it('reads no amounts of money, no kinds of thing and no rate without a thing', () => {
    expect(rates('The rise works out at around $8 a month for a typical household.')).toEqual([]);
    expect(rates('It may help people who struggle with daily pills.')).toEqual([]);
    expect(rates('Daily life goes on.')).toEqual([]);
  });

  it('reports one thing given two rates, and not two things or one rate told two ways', () => {
    expect(
      attributeDisagreements({
        'a.txt': 'The new inhaler is used as one puff twice a day.',
        'b.txt': 'The new inhaler is used once a day.',
      }),
    ).toHaveLength(1);
    expect(
      attributeDisagreements({
        'a.txt': 'Patients take a once-daily tablet.',
        'b.txt': 'The drug is taken as one tablet a day.',
        'c.txt': 'It is a once-a-day pill.',
      }),
    ).toEqual([]);
    expect(
      attributeDisagreements({
        'a.txt': 'Patients take a once-daily tablet.',
        'b.txt': 'Rival treatments are given as an injection once a month.',
      }),
    ).toEqual([]);
  });
});

describe('which phase a trial is in', () => {
  it('reads phase labels, stages and "the last phase of" trials', () => {
    expect(phases('The Phase III trial of the vaccine enrolled 30,000 people.')).toEqual(['3']);
    expect(phases('Results from a phase 2/3 study were presented.')).toEqual(['2/3']);
    expect(phases('The antibody failed in a mid-stage trial.')).toEqual(['2']);
    expect(phases('It is now in the final phase of clinical trials.')).toEqual(['3']);
  });

  it('reads no project phases and no late-stage illness', () => {
    expect(phases('Phase 2 of the bypass will open next year.')).toEqual([]);
    expect(phases('She was treated for late-stage cancer.')).toEqual([]);
  });

  it('reports two phases that cannot meet, not one told two ways', () => {
    expect(
      attributeDisagreements({
        'a.txt': 'The vaccine passed a late-stage trial in March.',
        'b.txt': 'The vaccine passed a phase 2 trial in March.',
      }),
    ).toHaveLength(1);
    expect(
      attributeDisagreements({
        'a.txt': 'The vaccine passed a late-stage trial in March.',
        'b.txt': 'The vaccine passed a Phase 3 study in March.',
        'c.txt': 'The vaccine passed an early-stage trial last year, and a phase 3 trial in March.',
      }),
    ).toEqual([]);
  });
});

describe('colours', () => {
  const colours = (text: string): string[] =>
    sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
      findColours(sentence).map((mention) => `${mention.words}: ${mention.values.join('/')}`),
    );

  it('reads a colour before the thing it describes, its shade with it', () => {
    expect(colours('The thieves escaped in a silver Ford Transit van.')).toEqual(['silver Ford Transit van: silver']);
    expect(colours('A man in a dark blue jacket was seen near the gates.')).toEqual(['dark blue jacket: blue']);
    // A name, a set phrase and a colour after its noun are no colour of a thing.
    expect(colours('Ships in the Black Sea were warned.')).toEqual([]);
    expect(colours('Farmers complained about red tape and got the green light.')).toEqual([]);
    expect(colours('The traffic lights were red.')).toEqual([]);
  });

  it('reports one thing told in two colours, and a shade of the same colour as agreeing (the robbery set)', () => {
    const told = (a: string, b: string): string[][] =>
      factValuesWithOtherNews({ 'a.txt': a, 'b.txt': b }, 'claim').disagreements;
    const wire = 'The thieves escaped in a silver Ford Transit, police said.';
    expect(told(wire, 'The gang fled in a white Ford Transit that had been stolen.')).toEqual([
      ['silver Ford Transit', 'white Ford Transit'],
    ]);
    expect(told('The gang fled in a dark grey Ford Transit.', 'The thieves escaped in a grey Ford Transit.')).toEqual(
      [],
    );
    // An article that gives the thing two colours takes no side.
    const both = 'The gang fled in a white Ford Transit, later swapped for a silver Ford Transit.';
    expect(told(wire, both)).toEqual([]);
  });
});

function senseOf(word: string): string {
  return sentencesOfLine('a.txt', 1, `The ${word} met.`)[0]?.tokens[1]?.sense ?? '';
}

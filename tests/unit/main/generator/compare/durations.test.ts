import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findNumberMentions, type NumberMention } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { minutesInUnit } from '../../../../../src/main/generator/compare/durations.ts';
import { findIn, valuesOfTwo } from './compareTexts.ts';

// Lengths of time told in different units (sentences from the plant-closure fixture set and written like them).

function only(text: string): NumberMention {
  const found = sentencesOfLine('story.txt', 1, text).flatMap((sentence) => findNumberMentions(sentence));
  expect(found, text).toHaveLength(1);
  return found[0] as NumberMention;
}

describe('durations', () => {
  it('knows the units of time in any case and number', () => {
    expect(minutesInUnit('MINUTES')).toBe(1);
    expect(minutesInUnit('months')).toBe(30 * 24 * 60);
    expect(minutesInUnit('hrs')).toBe(60);
    expect(minutesInUnit('miles')).toBeUndefined();
  });

  it('reads "a three-month consultation" and "a 90-day consultation" as one length of one thing', () => {
    const months = only('Solvang said staff would be offered "enhanced terms" during a three-month consultation.');
    const days = only('Under U.K. law, the company must hold a 90-day consultation with workers before layoffs.');
    expect(months.unit).toBe(days.unit);
    expect(months.low).toBe(days.low);
    expect(only('A 45-day consultation with staff begins on Monday 12 June.').low).toBe(45 * 24 * 60);
  });

  it('gives a bare length the thing that lasted, through the verb it completes', () => {
    const lasted = only('The meeting lasted less than TEN MINUTES.');
    expect(lasted).toMatchObject({ unit: only('Staff were told at a 20-minute meeting.').unit, hedge: 'at most' });
    expect(lasted.low).toBe(10);
  });

  it('gives "three hours of debate" the thing after "of", as "a four-hour debate" has it (the funding-cut set)', () => {
    const debate = only('Councillors approved the cut after nearly three hours of debate.');
    expect(debate).toMatchObject({ unit: only('Councillors approved the cut after a four-hour debate.').unit });
    expect(debate.low).toBe(180);
    expect(only('The strike ended after two days of talks at the conciliation service.').unit).toBe(
      only('The talks lasted two days.').unit,
    );
    // How old someone is, and a part of something longer, are no lengths of a thing.
    expect(only('The boy is three years of age.').unit).not.toMatch(/^duration:/);
    expect(only('It was the worst flood in 40 years of the town records.').unit).not.toMatch(/^duration:/);
  });

  it('finds the thing in "a meeting of nearly six hours" and "began ... and lasted" (the wind-farm and bank sets)', () => {
    const meeting = only('The board approved the plan after a meeting of nearly six hours in which critics spoke.');
    expect(meeting).toMatchObject({ unit: only('Staff were told at a 20-minute meeting.').unit, low: 360 });
    const outage = only('The blackout began shortly after 6am and lasted about 13 hours, the operator said.');
    expect(outage.unit).toBe(only('Power was restored after a blackout of around 13 hours.').unit);
    // "A period of 40 years" names no thing.
    expect(only('It was the wettest spell in a period of 40 years.').unit).toBe('time:span');
  });

  it('reads "a six-and-a-half-hour hearing" as six and a half hours', () => {
    expect(only('The committee voted after a six-and-a-half-hour hearing.')).toMatchObject({
      text: 'six-and-a-half-hour',
      low: 390,
      unit: only('The committee voted after a seven-hour hearing.').unit,
    });
  });

  it('compares the length of a named thing with a bare length told of it (the bank set)', () => {
    const found = valuesOfTwo(
      'number',
      'Power was restored to the city after a blackout of around 13 hours, the operator said.',
      'A massive fault left the city without power for almost 16 hours, the operator said.',
    );
    expect(found.disagreements).toEqual([['around 13 hours', 'almost 16 hours']]);
  });

  it('reads no length in a point in time', () => {
    const founded = sentencesOfLine('story.txt', 1, 'The company was founded 30 years ago.').flatMap((sentence) =>
      findNumberMentions(sentence),
    );
    expect(founded.filter((figure) => figure.unit.startsWith('duration:'))).toEqual([]);
  });

  it('reads a length with no thing that lasted as a span of time, in minutes', () => {
    const length = only('Solvang chief Magnus Erlandson admitted the factory had been losing money for three years.');
    expect(length).toMatchObject({ unit: 'time:span', low: 3 * 365 * 24 * 60 });
  });

  it('reads a term served or time spent as a span, not as how long the people lasted', () => {
    // From the prison-escape set, and a rescue story: "serving" and "spent" take the span as their object.
    const robber = only('Ringleader Dario Kell, a hardman armed robber serving 16 years, is still at large.');
    expect(robber).toMatchObject({ unit: 'time:span', low: 16 * 365 * 24 * 60 });
    expect(only('Rescuers spent six hours digging through the mud before they reached him.').unit).toBe('time:span');
    const { disagreements } = findIn({
      'a.txt': 'Police named one of the men still at large as Dario Kell, who is serving 18 years for armed robbery.',
      'b.txt': 'Ringleader Dario Kell, a hardman armed robber serving 16 years, is among those still at large.',
    });
    expect(disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([['18 years', '16 years']]);
  });

  // First met on the football set ("his 18-month reign" / "17 months in charge"); written of a mayor and a bank.
  it('reads time in charge, in office or at the helm as one tenure, which a reign or a stint also tells', () => {
    const tenures = (first: string, second: string) =>
      valuesOfTwo(
        'number',
        `Mayor Ilse Brandt, who resigned on Monday, spent ${first} in office before the audit was published.`,
        `Brandt's ${second} tenure ended on Monday, a week after the audit of the city's accounts was published.`,
      );
    expect(tenures('six years', 'seven-year')).toEqual({
      disagreements: [['six years', 'seven-year']],
      agreements: [],
    });
    expect(tenures('six years', 'six-year')).toEqual({ disagreements: [], agreements: [['six years', 'six-year']] });
    const helm = only('Per Lund leaves the bank after nine years at the helm, the board said.');
    expect(helm.unit).toBe(only('Lund was ending a nine-year stint as chief executive, the board said.').unit);
    expect(only('The former chief executive spent 18 months in prison for fraud.').unit).toBe('time:span');
  });

  it('reports lengths of one thing as a disagreement, and equal lengths in other units as an agreement', () => {
    const { disagreements, agreements } = findIn({
      'a.txt': 'The meeting lasted less than ten minutes. Staff were offered a three-month consultation.',
      'b.txt': 'Staff were told at a 20-minute meeting. A 90-day consultation with staff begins on Monday.',
    });
    expect(disagreements.map((fact) => fact.fact)).toEqual(['How long the meeting lasts']);
    expect(agreements.map((fact) => fact.fact)).toContain('How long the consultation lasts');
  });

  it('sets the only lengths of one thing against each other however far apart, up to ten times (the hoard set)', () => {
    const lengths = (first: string, second: string) =>
      valuesOfTwo(
        'number',
        `The tribunal ruled after ${first} hearing in Holm yesterday.`,
        `The hearing lasted ${second}, the tribunal said.`,
      ).disagreements;
    expect(lengths('a ten-minute', 'about 40 minutes')).toEqual([['ten-minute', 'about 40 minutes']]);
    expect(lengths('a ten-minute', 'about two hours')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews, findIn } from './compareTexts.ts';

// Ordinals first met on the festival, cruise and rail-strike sets, told here in other trades' words: which staging
// of an event this is ("in its twelfth year", "for the eleventh time"), which day of something a thing happened,
// and which strike of the year. Each beside the clean cases that must stay quiet.

const numbers = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'number');

describe('ordinals that count stagings and days', () => {
  it('reads "in its twelfth year" and "for the eleventh time" as one count of stagings', () => {
    const a = 'The book fair, now in its twelfth year, drew crowds to the harbour on Saturday.';
    const b = (ordinal: string) => `The book fair is being held for the ${ordinal} time, on the harbour front.`;
    expect(numbers({ 'a.txt': a, 'b.txt': b('eleventh') }).disagreements).toEqual([['twelfth year', 'eleventh time']]);
    expect(numbers({ 'a.txt': a, 'b.txt': b('twelfth') })).toEqual({
      disagreements: [],
      agreements: [['twelfth year', 'twelfth time']],
    });
  });

  it('reads "on the second day of the trial" against "on the third day of the trial"', () => {
    const a = 'The nurse broke down in tears on the second day of the trial, as the court heard the recordings.';
    const b = (ordinal: string) => `The court heard the recordings on the ${ordinal} day of the trial.`;
    expect(numbers({ 'a.txt': a, 'b.txt': b('third') }).disagreements).toEqual([
      ['second day of the trial', 'third day of the trial'],
    ]);
    expect(numbers({ 'a.txt': a, 'b.txt': b('second') }).disagreements).toEqual([]);
  });

  it('reads "the third strike of 2025" and "for the fourth time this year" as one count', () => {
    const a = 'Nurses at the hospital walked out on Monday, the third strike of 2025.';
    const b = 'Nurses at the hospital have walked out for the fourth time this year.';
    expect(numbers({ 'a.txt': a, 'b.txt': b }).disagreements).toEqual([['third strike', 'fourth time']]);
  });

  it('leaves "the first time", "a second time", "the third year running" and unrelated ordinals alone', () => {
    const a = 'The book fair sold out for the first time, and for a second time the mayor opened it.';
    const b = 'The book fair sold out for the third year running, and the mayor opened it.';
    expect(numbers({ 'a.txt': a, 'b.txt': b })).toEqual({ disagreements: [], agreements: [] });
    // Two stagings of two different things: nothing in common between the sentences.
    const c = 'The marathon, now in its ninth year, starts at the pier.';
    const d = 'Councillors voted on the budget for the tenth time after months of delay.';
    expect(numbers({ 'c.txt': c, 'd.txt': d }).disagreements).toEqual([]);
  });
});

describe('a count of incidents back to a past point', () => {
  // "Saltrey's second major outage since March" / "the society's first major outage since it moved platform", first
  // met on the bank-outage set. Sentences from a motorway and a water company.
  it('reads the first and the second such incident as one count, whoever each article says had it', () => {
    expect(
      numbers({
        'a.txt': 'It was the motorway’s second fatal crash since May, police said.',
        'b.txt': 'This was the first fatal crash on the stretch in more than ten years.',
      }).disagreements,
    ).toEqual([['second fatal crash', 'first fatal crash']]);
  });

  it('stays quiet for "the first time since", two kinds of incident, and one count told twice', () => {
    expect(
      numbers({
        'a.txt': 'Prices fell for the first time since 2019.',
        'b.txt': 'Prices fell for the second time this spring, the agency said.',
      }).disagreements,
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'It was the company’s second burst main since March.',
        'b.txt': 'It was the company’s first hosepipe ban since 2018.',
      }).disagreements,
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'It was the second major outage since March.',
        'b.txt': 'This was the second major outage in two years.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('people counted by what they did', () => {
  // "the fourth manager to leave" / "the fifth boss in four years" / "the third manager to leave since the
  // takeover", first met on the football set. Sentences from a government and a hospital trust.
  it('reads the third and the fourth to do one thing as one count, a point back told or not', () => {
    const { disagreements } = findIn({
      'a.txt': 'Ms Okafor is the third minister to resign from the Halm cabinet since the election.',
      'b.txt': 'Okafor becomes the fourth minister to quit since the coalition took office in March.',
    });
    expect(disagreements.map((fact) => [fact.fact, ...fact.values.map((value) => value.text)])).toEqual([
      ['Which minister to resign this is', 'third minister', 'fourth minister'],
    ]);
    expect(
      numbers({
        'a.txt': 'Dr Lund is the second chief executive to leave the Holm trust since 2023.',
        'b.txt': 'Lund is the third chief executive in three years at the Holm trust.',
      }).disagreements,
    ).toEqual([['second chief executive', 'third chief executive']]);
  });

  it('stays quiet when they agree, and for two kinds of people', () => {
    expect(
      numbers({
        'a.txt': 'Ms Okafor is the third minister to resign from the Halm cabinet since the election.',
        'b.txt': 'Okafor becomes the third minister to quit since the coalition took office in March.',
      }).disagreements,
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Ms Okafor is the third minister to resign from the Halm cabinet since the election.',
        'b.txt': 'Okafor becomes the second woman to lead the party since it was founded.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('how long a run has lasted', () => {
  // "a sixth straight defeat" / "a seventh straight defeat", first met on the football set. Sentences from an
  // economy and a hospital.
  it('reads two lengths of one run as one count', () => {
    expect(
      numbers({
        'a.txt': 'The economy shrank for a third consecutive quarter, the statistics office said.',
        'b.txt': 'Figures showed the economy shrank for a fourth consecutive quarter.',
      }).disagreements,
    ).toEqual([['third consecutive quarter', 'fourth consecutive quarter']]);
  });

  it('stays quiet for one run told alike, two kinds of run, and a run without a word that makes it one', () => {
    expect(
      numbers({
        'a.txt': 'The hospital missed its waiting-time target for a fifth successive month.',
        'b.txt': 'The hospital has missed the target for the fifth successive month.',
      }).disagreements,
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'United slumped to a sixth straight defeat at home.',
        'b.txt': 'United were held to a fourth straight draw at home.',
      }).disagreements,
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'United slumped to a sixth defeat at home.',
        'b.txt': 'United slumped to a seventh defeat at home.',
      }).disagreements,
    ).toEqual([]);
  });
});

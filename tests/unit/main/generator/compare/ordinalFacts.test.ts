import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

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

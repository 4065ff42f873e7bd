import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';
import { figures, only } from './figuresIn.ts';

// How many times a thing was done, told in one word: "wrote twice to the roads directorate" against "had written
// to the NRD three times", first met on the landslide set. Sentences from a port inspection, a court and a strike,
// beside multipliers and rates that are no such count.

describe('a count of times told in one word', () => {
  it('reads "twice" and "thrice" as the count "three times" gives', () => {
    const threeTimes = only('The ferry had been detained three times by port inspectors.');
    expect(only('The ferry had been detained twice by port inspectors.')).toMatchObject({
      text: 'twice',
      low: 2,
      unit: threeTimes.unit,
    });
    expect(only('The victim was stabbed at least twice.')).toMatchObject({ text: 'at least twice', hedge: 'at least' });
    expect(only('The union has balloted its members thrice since May.')).toMatchObject({ low: 3 });
  });

  it('reads "once" right after the verb it counts (the wind-farm set\'s meeting "suspended once" / "halted twice")', () => {
    expect(only('The planning meeting was suspended once.')).toMatchObject({ text: 'once', low: 1 });
    expect(figures('The meeting was suspended once, by the chair, for ten minutes.')[0]?.text).toBe('once');
    for (const line of [
      'Once the meeting began, protesters shouted.',
      'The town was once a thriving port.',
      'The committee met once again.',
      'The ferry sails once a week.',
    ]) {
      expect(
        figures(line).filter((figure) => figure.text === 'once'),
        line,
      ).toEqual([]);
    }
    expect(
      factValuesWithOtherNews(
        {
          'a.txt': 'The planning meeting at Brindle town hall was suspended once when protesters shouted.',
          'b.txt': 'The planning meeting at Brindle town hall was halted twice when protesters shouted.',
        },
        'number',
      ).disagreements,
    ).toEqual([['once', 'twice']]);
  });

  it('leaves multipliers and rates alone', () => {
    for (const line of [
      'Prices are now twice as high as in 2020.',
      'The new hall is twice the size of the old one.',
      'The ferry runs twice a day in winter.',
      'Nurses check the patients twice daily.',
      'Rents rose twice faster than wages.',
    ]) {
      expect(figures(line), line).toEqual([]);
    }
  });

  it('finds two counts of one deed disagreeing, and the same count in other words agreeing', () => {
    expect(
      factValuesWithOtherNews(
        {
          'a.txt': 'Residents of Mill Lane wrote twice to the council this year about the cracked wall.',
          'b.txt': 'Residents of Mill Lane had written to the council three times about the cracked wall.',
        },
        'number',
      ).disagreements,
    ).toEqual([['twice', 'three']]);
    expect(
      factValuesWithOtherNews(
        {
          'a.txt': 'The trawler Brightwater was inspected twice by the maritime agency in 2025.',
          'b.txt': 'The maritime agency inspected the trawler Brightwater two times in 2025.',
        },
        'number',
      ),
    ).toEqual({ disagreements: [], agreements: [['twice', 'two']] });
  });
});

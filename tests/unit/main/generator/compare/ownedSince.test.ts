import { describe, expect, it } from 'vitest';
import { datesOfTwo } from './compareTexts.ts';

// "Owned since 2019 by Castlegate" and "Castlegate bought it in 2018" tell one date: when the owner took over. First
// met on the bus-collapse set; sentences from a local newspaper and a football club.

describe('a state of ownership and the purchase that began it', () => {
  it('dates one takeover, owned since a year and bought in a year, with or without "has been"', () => {
    expect(
      datesOfTwo(
        'The Holm Courier, founded in 1887, has been owned since 2016 by Brightwater Media, a private equity firm.',
        'Brightwater Media, which bought the paper from the Ferrand family in 2015, declined to comment.',
      ).disagreements,
    ).toEqual([['2016', '2015']]);
    expect(
      datesOfTwo(
        'The club – owned since 2021 by Harlow Sports Group – has debts of £40m.',
        'Harlow Sports Group bought the club from its founders in 2021, the league said.',
      ).agreements,
    ).toEqual([['2021', '2021']]);
  });

  it('keeps a year of something else owned apart from a purchase', () => {
    expect(
      datesOfTwo(
        'The Holm Courier has been owned by Brightwater Media and has run at a loss since 2016.',
        'Brightwater Media, which bought the paper from the Ferrand family in 2015, declined to comment.',
      ).disagreements,
    ).toEqual([]);
  });
});

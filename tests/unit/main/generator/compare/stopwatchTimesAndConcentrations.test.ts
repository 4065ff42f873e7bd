import { describe, expect, it } from 'vitest';
import { datesIn } from './datesIn.ts';
import { compareFigures } from '../../../../../src/main/generator/compare/compareNumbers.ts';
import { stopwatchTime } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';
import { figures, only } from './figuresIn.ts';

// From the doping-ban set: a record time copied wrongly ("3:57.84" / "3:58.14"), a concentration told in two
// spellings ("0.3 ng/mL" / "0.3 nanograms per millilitre") and with its point slipped ("3 nanograms per
// millilitre"). The rules are general: stopwatch times in athletics, swimming, a marathon and a rescue; traces in
// water, air and blood.

const published = new Date(Date.UTC(2026, 10, 23, 12));

const datesOf = (text: string): string[] => datesIn(text, published).map((mention) => mention.text);

describe('times on a stopwatch', () => {
  it('reads a race time as seconds, never as a clock time', () => {
    const cases: [string, number][] = [
      ['She set a national record of 3:57.84 in Lisle.', 237.84],
      ['He won the marathon in 2:04:39 on Sunday.', 7479],
      ['The relay team swam 3:29.1 in the final.', 209.1],
      ['The winner crossed the line in about 1:42.35.', 102.35],
    ];
    for (const [text, seconds] of cases) {
      const figure = only(text);
      expect(figure.unit, text).toBe(stopwatchTime);
      expect(figure.low, text).toBeCloseTo(seconds, 6);
      expect(
        datesOf(text).some((date) => /\d:\d\d/.test(date)),
        text,
      ).toBe(false);
    }
    expect(only('The winner crossed the line in about 1:42.35.').hedge).toBe('about');
  });

  it('leaves clock times and scores alone', () => {
    expect(datesOf('The meeting began at 10:30 on Monday.')).toEqual(['10:30 on Monday']);
    expect(figures('The meeting began at 10:30 on Monday.').map((figure) => figure.unit)).not.toContain(stopwatchTime);
    expect(figures('The train left at 07:45 and arrived at 09:10.').map((f) => f.unit)).not.toContain(stopwatchTime);
  });

  it('reports a record time copied wrongly, and agrees on the same time', () => {
    const found = factValuesWithOtherNews(
      {
        'a.txt': 'Her results were annulled, including the national record of 3:57.84 she set in Lisle.',
        'b.txt': 'Her results were annulled, among them her national record of 3:58.14 set in Lisle.',
        'c.txt': 'That takes out the 3:57.84 national record she set in Lisle.',
      },
      'number',
    );
    expect(found.disagreements).toEqual([['3:57.84', '3:58.14']]);
    expect(found.agreements).toEqual([['3:57.84', '3:57.84']]);
  });
});

describe('concentrations', () => {
  it('reads a mass in a volume as one concentration, whatever its units', () => {
    const same: [string, string][] = [
      ['The sample contained 0.3 ng/mL of the drug.', 'The sample contained 0.3 nanograms per millilitre of the drug.'],
      ['Nitrate levels reached 50 mg/l in the river.', 'Nitrate levels reached 50 milligrams per litre in the river.'],
      ['Nitrate levels reached 50 mg/L.', 'Nitrate levels reached 0.05 grams per litre.'],
      ['Fine dust reached 40 micrograms per cubic metre.', 'Fine dust reached 40 µg per cubic metre.'],
      ['His blood glucose was 110 mg/dL.', 'His blood glucose was 1.1 grams per litre.'],
    ];
    for (const [one, other] of same) {
      expect(only(one).unit, one).toBe('measure:concentration');
      expect(compareFigures(only(one), only(other)), `${one} / ${other}`).toBe('same');
    }
    expect(only('Lead was found at 15 parts per billion.').unit).toBe('measure:proportion');
    expect(compareFigures(only('Lead was at 15 ppb.'), only('Lead was at 15 parts per billion.'))).toBe('same');
    expect(compareFigures(only('Nitrate reached 50 mg/l.'), only('Nitrate reached 45 mg/l.'))).toBe('different');
  });

  it('keeps a mass alone a weight: "a 50 mg dose" is no concentration', () => {
    expect(only('Patients took a 50 mg dose every morning.').unit).toBe('measure:mass');
    expect(only('The parcel weighed 3 kg per the label.').unit).toBe('measure:mass');
  });

  it('reports a figure whose decimal point slipped, and not two counts that share a digit', () => {
    const slipped = factValuesWithOtherNews(
      {
        'a.txt': 'Tests found the pesticide at 0.3 milligrams per litre in the town reservoir.',
        'b.txt': 'Tests found the pesticide at 3 milligrams per litre in the town reservoir.',
      },
      'number',
    );
    expect(slipped.disagreements).toEqual([['0.3 milligrams per litre', '3 milligrams per litre']]);
    const money = factValuesWithOtherNews(
      {
        'a.txt': 'The club paid 2.5 million euros for the striker on Monday.',
        'b.txt': 'The club paid 25 million euros for the striker on Monday.',
      },
      'number',
    );
    expect(money.disagreements).toEqual([['2.5 million euros', '25 million euros']]);
    const counts = factValuesWithOtherNews(
      {
        'a.txt': 'Three people were injured when the roof of the market hall fell in.',
        'b.txt': 'Thirty people were injured when the roof of the market hall fell in.',
      },
      'number',
    );
    expect(counts.disagreements).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../../../src/main/generator/compare/dateMentions.ts';
import { onlyDate } from './datesIn.ts';
import { compareDates } from '../../../../../src/main/generator/compare/compareDates.ts';
import { loadGold } from '../../../../support/loadGold.ts';
import { analyzeSet } from '../../../../../src/main/generator/analyzeSet.ts';
import { factsAt, valueAt } from './compareTexts.ts';

// A month alone is no day of it ("July" / "30 July" fit, but are not one value, so "July" can no longer hide
// "30 July" from "3 August"), and midnight as the first minute of the next day ("midnight on Monday" /
// "00:01 on Tuesday"), from the doping-ban and rail-strike sets, with sentences from other trades.

const published = new Date(Date.UTC(2026, 10, 23, 12));

const dateIn = (text: string): DateMention => onlyDate(text, published);

describe('a month against a day of it', () => {
  it('finds a month alone and a day in it compatible, not the same value', () => {
    const cases: [string, string][] = [
      ['She set the record in July.', 'She set the record on 30 July.'],
      ['The council approved the plan in March 2026.', 'The council approved the plan on March 12, 2026.'],
      ['The trial opened in September.', 'The trial opened on Monday 14 September.'],
    ];
    for (const [month, day] of cases) {
      expect(compareDates(dateIn(month), dateIn(day)), `${month} / ${day}`).toBe('compatible');
    }
    expect(compareDates(dateIn('She set the record in June.'), dateIn('She set the record on 30 July.'))).toBe(
      'different',
    );
    expect(compareDates(dateIn('She set the record on 30 July.'), dateIn('She set the record on 30 July.'))).toBe(
      'same',
    );
  });

  // A third article's "July" (its record, beside its "since the start of August") was the same value as "30 July"
  // and hid it behind itself: only "July" was compared with "3 August", and found compatible.
  it('finds the doping set’s provisional suspension: since 3 August in two articles, since 30 July in a third', () => {
    const { articles, setInfo } = loadGold('tests/fixtures/gold/2026-11-ravel-doping-ban.json');
    const analysis = analyzeSet(articles, setInfo);
    const [fact] = factsAt(analysis.disagreements, '000:13', '003:15');
    expect(fact && valueAt(fact, '000:13')).toBe('Aug. 3');
    expect(fact && valueAt(fact, '003:15')).toBe('30 July');
  });
});

describe('midnight and the day after it', () => {
  it('lets midnight on one day meet the first hour of the next', () => {
    const cases: [string, string][] = [
      ['The strike began at midnight on Monday.', 'Drivers walked out at 00:01 on Tuesday.'],
      ['The ceasefire took effect at midnight on Friday.', 'The ceasefire took effect early on Saturday.'],
      ['The new tariffs apply from midnight on Sunday.', 'The new tariffs apply from Monday.'],
    ];
    for (const [midnight, next] of cases) {
      expect(compareDates(dateIn(midnight), dateIn(next)), `${midnight} / ${next}`).toBe('compatible');
    }
  });

  it('still tells a night from the next day, and midnight from a later hour or day', () => {
    const cases: [string, string][] = [
      ['The fire broke out on Saturday night.', 'The fire broke out early on Sunday.'],
      ['The strike began at midnight on Monday.', 'The strike began on Tuesday afternoon.'],
      ['The strike began at midnight on Monday.', 'The strike began on Wednesday.'],
      ['The strike began at midnight on Tuesday.', 'The strike began on Monday.'],
    ];
    for (const [one, other] of cases) {
      expect(compareDates(dateIn(one), dateIn(other)), `${one} / ${other}`).toBe('different');
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../../src/shared/analysis.ts';
import { analyzeSet } from '../../../../../src/main/generator/analyzeSet.ts';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findDateMentions, type DateMention } from '../../../../../src/main/generator/compare/dateMentions.ts';
import { onlyDate } from './datesIn.ts';
import { compareDates } from '../../../../../src/main/generator/compare/compareDates.ts';
import { projectRoot } from '../../../../support/paths.ts';

// Dates from the crane-collapse and ferry-grounding sets (tests/fixtures/articles): a closure told by when it ends
// and by when the place reopens, bounds hedged with "at least" or "at the earliest", and a year counted back from
// the article's date ("put up 20 years ago"). The clean cases are the same sets with one line rewritten so that the
// articles agree: nothing may be reported there.

const published = new Date(Date.UTC(2026, 3, 16, 12));

const only = (text: string): DateMention => onlyDate(text, published);

/** A fixture set as analyzeSet reads it, with `from` replaced by `to` in the files whose names start as given. */
function analyzeFixture(set: string, edits: [file: string, from: string, to: string][] = []) {
  const dir = join(projectRoot, 'tests/fixtures/articles', set);
  const { date } = JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8')) as { date?: string };
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => {
      let text = readFileSync(join(dir, file), 'utf8');
      for (const [prefix, from, to] of edits) {
        if (!file.startsWith(prefix)) continue;
        expect(text, `${file} should contain "${from}"`).toContain(from);
        text = text.replace(from, to);
      }
      return { file, text };
    });
  return analyzeSet(articles, date ? { date } : {});
}

const datesAt = (facts: readonly Fact[], ...texts: string[]): string[][] =>
  facts
    .filter((fact) => fact.kind === 'date')
    .map((fact) => fact.values.map((value) => value.text))
    .filter((values) => texts.every((text) => values.includes(text)));

const crane = '2026-04-brennock-crane-collapse';
const ferry = '2025-11-brannoch-ferry-grounding';

describe('bounds and years counted back', () => {
  it('reads "until at least" and "at the earliest" as a deadline that is a lower bound', () => {
    expect(
      only('All sailings between Ardmhor and Brannoch have been suspended until at least Wednesday.'),
    ).toMatchObject({ text: 'Wednesday', relation: 'until', weekday: 3, lowerBound: true });
    expect(only('Sailings between Ardmhor and Brannoch are cancelled until Thursday at the earliest.')).toMatchObject({
      text: 'Thursday',
      relation: 'until',
      lowerBound: true,
    });
    expect(only('The road will stay closed until Friday.').lowerBound).toBeUndefined();
  });

  it('counts "20 years ago" back from the article’s date, a year either way', () => {
    const ago = only('It was the oldest crane on the quay, put up 20 years ago.');
    expect(ago).toMatchObject({ text: '20 years ago', year: 2006, yearUncertain: true });
    expect(compareDates(ago, only('The crane was installed in 2009.'))).toBe('different');
    expect(compareDates(ago, only('The crane was installed in 2005.'))).toBe('compatible');
    const sentence = sentencesOfLine('story.txt', 1, 'It was put up 20 years ago.')[0]!;
    expect(findDateMentions(sentence, {})).toEqual([]);
  });
});

describe('when a closure ends', () => {
  const { disagreements, agreements } = analyzeFixture(crane);

  it('reports "closed until at least Friday, April 24" against "reopen on Monday 20 April"', () => {
    expect(datesAt(disagreements, 'Friday, April 24', 'Monday 20 April')).toHaveLength(1);
    expect(datesAt(agreements, 'Friday, April 24', 'Friday 24 April')).toHaveLength(1);
  });

  it('lets a place closed until at least Friday reopen on a later day', () => {
    const later = analyzeFixture(crane, [['002', 'reopen on Monday 20 April', 'reopen on Monday 27 April']]);
    expect(datesAt(later.disagreements, 'Monday 27 April')).toEqual([]);
    const dayAfter = analyzeFixture(crane, [
      ['000', 'until at least Friday, April 24', 'until Friday, April 24'],
      ['001', 'until at least Friday 24 April', 'until Friday 24 April'],
      ['002', 'reopen on Monday 20 April', 'reopen on Saturday 25 April'],
    ]);
    expect(datesAt(dayAfter.disagreements, 'Saturday 25 April')).toEqual([]);
  });

  it('reports two bounds for one suspension of sailings, and nothing when they are the same', () => {
    const { disagreements: told } = analyzeFixture(ferry);
    expect(datesAt(told, 'Wednesday', 'Thursday')).toHaveLength(1);
    const same = analyzeFixture(ferry, [['002', 'until Thursday at the earliest', 'until Wednesday at the earliest']]);
    expect(datesAt(same.disagreements, 'Wednesday')).toEqual([]);
    expect(datesAt(same.agreements, 'Wednesday', 'Wednesday')).toHaveLength(1);
  });
});

describe('when something was installed', () => {
  it('reports "installed in 2009" / "commissioned in 2009" against "put up 20 years ago"', () => {
    const { disagreements, agreements } = analyzeFixture(crane);
    expect(datesAt(disagreements, '2009', '20 years ago')).toHaveLength(1);
    expect(datesAt(agreements, '2009', '2009')).toHaveLength(1);
  });

  it('agrees with "put up 17 years ago", a year counted back from 16 April 2026', () => {
    const { disagreements, agreements } = analyzeFixture(crane, [
      ['002', 'put up 20 years ago', 'put up 17 years ago'],
    ]);
    expect(datesAt(disagreements, '17 years ago')).toEqual([]);
    expect(datesAt(agreements, '2009', '2009')).toHaveLength(1);
  });
});

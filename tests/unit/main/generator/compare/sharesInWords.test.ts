import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findNumberMentions } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { compareFigures } from '../../../../../src/main/generator/compare/compareNumbers.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Shares told in words ("one in five", "a fifth", "two-thirds", "half the staff") are read as percentages, so they
// meet each other and the percentages other outlets give. Phrasings from polls, schools, health and business.

function shareIn(line: string) {
  const [sentence] = sentencesOfLine('a.txt', 1, line);
  return sentence ? findNumberMentions(sentence).filter((mention) => mention.unit === 'percent') : [];
}

const only = (line: string) => {
  const found = shareIn(line);
  expect(found, line).toHaveLength(1);
  return found[0]!;
};

describe('shares told in words', () => {
  it('reads each way of writing a share, with its hedge, as the words written', () => {
    const cases: [string, string, number][] = [
      ['About one in five of this year’s candidates were affected.', 'About one in five', 20],
      ['Roughly a fifth of those who sat the exam got a lower grade.', 'Roughly a fifth', 20],
      ['Two-thirds of voters backed the plan in the poll.', 'Two-thirds', 66.7],
      ['Nearly a third of the staff will lose their jobs.', 'Nearly a third', 33.3],
      ['Half the wards were closed to visitors on Monday.', 'Half', 50],
      ['Three quarters of the homes had no power overnight.', 'Three quarters', 75],
      ['Nine in ten parents said they would vaccinate.', 'Nine in ten', 90],
    ];
    for (const [line, text, value] of cases) {
      const share = only(line);
      expect(share.text, line).toBe(text);
      expect(share.share, line).toBeCloseTo(value, 0);
    }
  });

  it('leaves times, measures, halves of matches and counts over time alone', () => {
    for (const line of [
      'The second half began at a quarter past six.',
      'Crews worked for a quarter of an hour before the fire was out.',
      'It was the third time this year the line had closed.',
      'One in five days was lost to strikes, the firm said.',
      'Two in 2019 and three in 2020 were recalled.',
    ]) {
      expect(shareIn(line), line).toEqual([]);
    }
  });

  it('agrees with itself however written, and disagrees with another share or a far percentage', () => {
    const fifth = only('About one in five candidates were affected.');
    expect(compareFigures(fifth, only('Roughly a fifth of candidates were affected.'))).toBe('same');
    expect(compareFigures(fifth, only('A fifth of candidates were affected.'))).toBe('same');
    expect(compareFigures(fifth, only('Nearly a third of candidates were affected.'))).toBe('different');
    expect(
      compareFigures(only('Just over a quarter of patients responded.'), only('27% of patients responded.')),
    ).not.toBe('different');
    expect(
      compareFigures(only('A third of staff were off sick.'), only('33 per cent of staff were off sick.')),
    ).not.toBe('different');
    expect(compareFigures(only('A third of staff were off sick.'), only('45 per cent of staff were off sick.'))).toBe(
      'different',
    );
    expect(compareFigures(only('Half of members voted.'), only('More than half of members voted.'))).toBe('different');
  });

  it('sets a share in words against a percentage with no word beside both (the exam and maternity sets)', () => {
    // Percentages abound, so two need a word beside both; a share told in words is rarer and meets on the sentence.
    const texts = {
      'a.txt': 'Nearly a third of everyone who took the exam got the wrong grade, the union said.',
      'b.txt': 'The board said 22 per cent of chemistry candidates were given the wrong grade.',
    };
    expect(factValuesWithOtherNews(texts, 'number').disagreements).toEqual([['Nearly a third', '22 per cent']]);
  });
});

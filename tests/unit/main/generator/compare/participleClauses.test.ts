import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { participleClauses } from '../../../../../src/main/generator/compare/participleClauses.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// The gauge set: "A portable radioactive gauge stolen with a van from a building site ... was found ... on Sunday" /
// "A nuclear density gauge stolen from a housing site in Garstow on 17 October has been recovered". Each sentence
// tells the theft and the find, and each dates only one of them.

const clausesOf = (text: string): string[] =>
  sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    participleClauses(sentence.tokens).map(({ first, last }) =>
      sentence.tokens
        .slice(first, last + 1)
        .map((token) => token.text)
        .join(' '),
    ),
  );

const published = new Date(Date.UTC(2025, 9, 19, 12));
const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

describe('a participle clause after the subject', () => {
  it('runs from the participle to the sentence’s own verb', () => {
    expect(clausesOf('A gauge stolen from a housing site on 17 October has been recovered.')).toEqual([
      'stolen from a housing site on 17 October',
    ]);
    expect(clausesOf('A man arrested in Garstow on Friday was released on bail.')).toEqual([
      'arrested in Garstow on Friday',
    ]);
  });

  it('is no clause where the participle is the sentence’s verb or follows another', () => {
    expect(clausesOf('The council approved on Monday the plans for the site.')).toEqual([]);
    expect(clausesOf('Police said the gauge stolen from the site was found.')).toEqual([]);
  });

  it('keeps the day of the find apart from the day of the theft', () => {
    const found = dateFacts({
      'a.txt':
        'A radioactive gauge stolen with a van from a building site in Garstow was found dumped beside a footpath on Sunday.',
      'b.txt': 'A nuclear density gauge stolen from a housing site in Garstow on 17 October has been recovered.',
    });
    expect(found.disagreements).toEqual([]);
  });

  it('still compares two days of the theft told inside such clauses', () => {
    const found = dateFacts({
      'a.txt': 'A gauge stolen from a housing site in Garstow on Thursday has been recovered.',
      'b.txt': 'A nuclear density gauge stolen from a housing site in Garstow on 17 October has been recovered.',
    });
    expect(found.disagreements).toEqual([['Thursday', '17 October']]);
  });
});

import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// A doctor and a professor are two grades: articles that give one person each disagree (the marathon and hoard
// sets). Said here of an economist and a vet.

const names = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'name');

describe('a courtesy title that gives a grade', () => {
  it('sets "Dr" against "Professor" for one person, and agrees where both write "Dr"', () => {
    const a = 'Dr Mirela Haskin, an economist at Tarnby University, said rents would keep rising.';
    const b = (title: string) => `${title} Mirela Haskin said the rise in rents was far from over.`;
    expect(names({ 'a.txt': a, 'b.txt': b('Professor') }).disagreements).toEqual([
      ['Dr Mirela Haskin', 'Professor Mirela Haskin'],
    ]);
    expect(names({ 'a.txt': a, 'b.txt': b('Dr') })).toMatchObject({
      disagreements: [],
      agreements: expect.arrayContaining([['Dr Mirela Haskin', 'Dr Mirela Haskin']]),
    });
  });

  it('reads a job written in lower case before the name as no grade, and "Mr" as none either', () => {
    const a = 'Farm vet Colm Brannock said the herd had been tested twice.';
    const b = (title: string) => `${title} Colm Brannock said the herd had been tested.`;
    expect(names({ 'a.txt': a, 'b.txt': b('Professor') }).disagreements).toEqual([]);
    expect(names({ 'a.txt': 'Mr Colm Brannock said so.', 'b.txt': b('Dr') }).disagreements).toEqual([]);
  });
});

describe('a doctor whose given name is written two ways', () => {
  it('reads one person where each article gives the grade, the surname and the first letter alike', () => {
    const a = 'Dr Aled Marwick, a geologist at Tarnby University, said the cliff had moved ten metres.';
    const b = 'Dr Alun Marwick, of Tarnby University, said the cliff would be surveyed again on Friday.';
    expect(names({ 'a.txt': a, 'b.txt': b }).disagreements).toContainEqual(['Aled Marwick', 'Alun Marwick']);
  });

  it('keeps two people where one article names both, where one is no doctor, or where the first letters differ', () => {
    const a = 'Dr Aled Marwick said the cliff had moved ten metres.';
    const both = 'Dr Aled Marwick and his sister Dr Alys Marwick surveyed the cliff.';
    const spelled = (texts: Record<string, string>) =>
      names(texts).disagreements.filter((values) => values.some((value) => !value.startsWith('Dr')));
    expect(spelled({ 'a.txt': a, 'b.txt': both, 'c.txt': 'Dr Alys Marwick said the path would stay shut.' })).toEqual(
      [],
    );
    expect(spelled({ 'a.txt': a, 'b.txt': 'Alun Marwick, a farmer, said the path would stay shut.' })).toEqual([]);
    expect(spelled({ 'a.txt': a, 'b.txt': 'Dr Owen Marwick said the path would stay shut.' })).toEqual([]);
  });
});

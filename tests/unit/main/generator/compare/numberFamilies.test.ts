import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { mentionsBySentence, type NumberMention } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { compareFigures } from '../../../../../src/main/generator/compare/compareNumbers.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine, disagreementsWithOtherNews } from './compareTexts.ts';
import { figures, only } from './figuresIn.ts';

// Families of figures that the words around a number decide: score lines, rates per period, decimal commas, numbers
// that name a step, and counts of people, jobs and places told with a general word in one article and a narrower one
// in another. Sentences from politics, health, business, courts, sport and disasters.

/** Figures of one article read as the generator reads a whole article (its house style included). */
function articleFigures(text: string): NumberMention[] {
  return mentionsBySentence(readSentences(articlesOf({ 'a.txt': text }), everyLine)).flat();
}

const numberDisagreements = (texts: Record<string, string>): string[][] => disagreementsWithOtherNews(texts, 'number');

describe('score lines', () => {
  it('reads a vote or a result as one value, however it is written', () => {
    expect(only('The Senate passed the bill 52-48 on Thursday.')).toMatchObject({ text: '52-48', tally: [52, 48] });
    expect(only('The motion was carried by nine votes to five.')).toMatchObject({
      text: 'nine votes to five',
      tally: [9, 5],
    });
    expect(only('Rovers won 3–1 at home.').tally).toEqual([3, 1]);
    expect(only('The jurors voted ten to two to convict.').tally).toEqual([10, 2]);
    expect(only('The committee backed the plan by 7 – 4.').tally).toEqual([7, 4]);
  });

  it('leaves ranges, year spans and changes alone', () => {
    expect(only('Between 10-12 people were hurt in the crash.').tally).toBeUndefined();
    expect(figures('The index fell 20 points to 3,400.').every((figure) => figure.tally === undefined)).toBe(true);
    expect(figures('The 2026-27 budget was approved.').every((figure) => figure.tally === undefined)).toBe(true);
  });

  it('compares the two sides, not their sum', () => {
    const [a, b, c] = ['passed 9-5 last night.', 'passed by eight votes to six.', 'lost by five votes to nine.'].map(
      only,
    );
    expect(compareFigures(a as NumberMention, b as NumberMention)).toBe('different');
    expect(compareFigures(a as NumberMention, c as NumberMention)).toBe('same');
  });

  it('finds two outlets telling different results of one vote, and none when they agree', () => {
    expect(
      numberDisagreements({
        'a.txt': 'The Senate passed the health bill 52-48 on Thursday.',
        'b.txt': 'The health bill cleared the Senate by 51 votes to 49 on Thursday.',
      }),
    ).toEqual([['52-48', '51 votes to 49']]);
    expect(
      numberDisagreements({
        'a.txt': 'City beat Rovers 2-1 in the cup final on Saturday.',
        'b.txt': 'Rovers lost the cup final 2–1 to City on Saturday.',
      }),
    ).toEqual([]);
  });
});

describe('rates per period', () => {
  it('keeps the period with a sum of money and compares two rates per year', () => {
    const weekly = only('The rise will cost tenants £40 a week.');
    expect(weekly).toMatchObject({ text: '£40 a week', period: { name: 'week', perYear: 52 } });
    const yearly = only('Tenants will pay £2,080 a year more.');
    expect(compareFigures(weekly, yearly)).toBe('same');
    expect(compareFigures(only('The pill costs $50 per month.'), only('It costs $900 annually.'))).toBe('different');
    // A month has 28 to 31 days: "$5 a day" is about "$150 a month", not a different figure.
    expect(compareFigures(only('Workers earn $5 a day.'), only('Workers earn $150 a month.'))).toBe('compatible');
    // A sum with no period is compared as written: it may be a yearly sum or a one-off.
    expect(compareFigures(only('The firm will save $2.3m annually.'), only('It will save $2.3 million.'))).toBe('same');
  });

  it('finds a monthly and a yearly figure for one cost agreeing, and a third one disagreeing', () => {
    expect(
      numberDisagreements({
        'a.txt': 'The new treatment will cost a typical patient about $600 a year, the health ministry said.',
        'b.txt': 'The ministry says the treatment works out at around $50 a month for a typical patient.',
      }),
    ).toEqual([]);
    expect(
      numberDisagreements({
        'a.txt': 'The new treatment will cost a typical patient about $600 a year, the health ministry said.',
        'b.txt': 'The ministry says the treatment works out at $900 a year for a typical patient.',
      }),
    ).toEqual([['about $600 a year', '$900 a year']]);
  });
});

describe('decimal commas', () => {
  it('reads "4,1" as four point one in an article written with decimal commas', () => {
    const [days, share] = articleFigures(
      'Inflation fell to 2,4 % in May. Patients had on average 4,1 fewer migraine days.',
    ).map((figure) => figure.low);
    expect([days, share]).toEqual([2.4, 4.1]);
  });

  it('keeps thousands separators in an English article', () => {
    expect(articleFigures('The trial enrolled 1,240 adults at 94 sites.').map((figure) => figure.low)).toEqual([
      1240, 94,
    ]);
    // One figure grouped in threes shows an English house style: "2,5" there is a slip, not a decimal.
    expect(articleFigures('Some 1,200 fans came. Prices rose 2,5 times.')[0]?.low).toBe(1200);
  });

  it('finds a translated edition agreeing, and disagreeing, with an English one', () => {
    const english = 'Inflation in the euro area rose to 2.4% in May, the statistics office said.';
    expect(
      numberDisagreements({
        'a.txt': english,
        'b.txt': 'Inflation in the euro area rose to 2,4 % in May, said the statistics office.',
      }),
    ).toEqual([]);
    expect(
      numberDisagreements({
        'a.txt': english,
        'b.txt': 'Inflation in the euro area rose to 2,9 % in May, said the statistics office.',
      }),
    ).toEqual([['2.4%', '2,9 %']]);
  });
});

describe('numbers that name a step', () => {
  it('are labels, not counts', () => {
    for (const text of [
      'Results came from a large phase 2 trial of the tablet.',
      'A category 4 hurricane struck the coast.',
      'She was found to have stage 3 cancer.',
      'The alert was raised to level 3 on Monday.',
    ]) {
      expect(figures(text), text).toEqual([]);
    }
    expect(only('The company ran 3 trials of the tablet.').low).toBe(3);
  });

  it('are compared as steps of one scale: two articles naming different steps disagree', () => {
    const steps = (texts: Record<string, string>): string[][] =>
      findFacts(articlesOf(texts), everyLine)
        .disagreements.filter((fact) => fact.kind === 'claim' && fact.fact.startsWith('Which'))
        .map((fact) => fact.values.map((value) => value.text));
    expect(
      steps({
        'a.txt': 'Hurricane Lena made landfall as a category 4 storm near the port.',
        'b.txt': 'The category 5 hurricane made landfall near the port on Tuesday.',
      }),
    ).toEqual([['category 4', 'category 5']]);
    expect(
      steps({
        'a.txt': 'The results came from a Phase III study of the vaccine.',
        'b.txt': 'The phase 3 trial enrolled adults in four countries.',
      }),
    ).toEqual([]);
    // An article that names two steps of a scale tells of both and takes no side.
    expect(
      steps({
        'a.txt': 'After a phase 2 study, the firm began a phase 3 trial.',
        'b.txt': 'The phase 3 trial enrolled adults in four countries.',
      }),
    ).toEqual([]);
  });

  it('take a star as a step of its own (the pier set\u2019s listed grade)', () => {
    const steps = (texts: Record<string, string>): { disagreements: string[][]; agreements: string[][] } => {
      const found = findFacts(articlesOf(texts), everyLine);
      const values = (facts: typeof found.agreements): string[][] =>
        facts.filter((fact) => fact.fact === 'Which grade').map((fact) => fact.values.map((value) => value.text));
      return { disagreements: values(found.disagreements), agreements: values(found.agreements) };
    };
    const a = 'The Grade II-listed mill on the river was built in 1790.';
    const b = (grade: string) => `The mill, a ${grade} listed building, has stood empty for years.`;
    expect(steps({ 'a.txt': a, 'b.txt': b('Grade II*') })).toEqual({
      disagreements: [['Grade II', 'Grade II*']],
      agreements: [],
    });
    expect(steps({ 'a.txt': a, 'b.txt': b('Grade II') })).toEqual({
      disagreements: [],
      agreements: [['Grade II', 'Grade II']],
    });
  });

  it('and "two years ago" is a point in time', () => {
    expect(figures('The factory in Kostrava opened two years ago.')).toEqual([]);
    expect(only('The site will close over the next three years.')).toMatchObject({ unit: 'time:span' });
  });
});

describe('counts told with a general word and a narrower one', () => {
  it('meet for people, jobs and places, but two narrower words never meet', () => {
    expect(
      numberDisagreements({
        'a.txt': 'Two people had raised liver enzymes during the study.',
        'b.txt': 'Three patients had raised liver enzymes during the study.',
      }),
    ).toEqual([['Two', 'Three']]);
    expect(
      numberDisagreements({
        'a.txt': 'About 120 people helped fill sandbags along the river before the flood.',
        'b.txt': 'About 150 volunteers helped fill sandbags along the river before the flood.',
      }),
    ).toEqual([['About 120', 'About 150']]);
    expect(
      numberDisagreements({
        'a.txt': 'The insurer will remove 380 full-time posts from its call centres.',
        'b.txt': 'The insurer is cutting nearly 500 jobs from its call centres.',
      }),
    ).toEqual([['380', 'nearly 500']]);
    expect(
      numberDisagreements({
        'a.txt': 'The vaccine trial ran at 94 sites across the region.',
        'b.txt': 'The vaccine trial ran at 86 clinics across the region.',
      }),
    ).toEqual([['94', '86']]);
    expect(
      numberDisagreements({
        'a.txt': '80 firefighters fought the blaze at the warehouse.',
        'b.txt': '100 police officers fought the blaze at the warehouse.',
      }),
    ).toEqual([]);
    expect(
      numberDisagreements({
        'a.txt': 'The storm closed 12 schools across the county.',
        'b.txt': 'The storm closed 10 clinics across the county.',
      }),
    ).toEqual([]);
  });

  it('does not take a blog post for a job', () => {
    expect(only('She wrote 12 blog posts about the case.').unit).not.toMatch(/job/);
  });
});

describe('bounds that overlap', () => {
  it('lets "more than 1,200" stand beside "nearly 1,250", but not beside "about 1,500"', () => {
    const moreThan = only('The study enrolled more than 1,200 adults.');
    expect(compareFigures(moreThan, only('The study involved nearly 1,250 people.'))).toBe('compatible');
    expect(compareFigures(moreThan, only('The study involved about 1,500 people.'))).toBe('different');
    expect(compareFigures(only('Up to 40 homes were damaged.'), only('About 38 homes were damaged.'))).toBe(
      'compatible',
    );
  });
});

describe('people and names across articles', () => {
  it('takes a misspelt name for the same person, and a numbered name for the same series', () => {
    expect(
      numberDisagreements({
        'a.txt': 'Judge Amelia Hartington jailed the two men for 18 months on Friday.',
        'b.txt': 'Judge Amelia Harrington jailed the two men for 24 months on Friday.',
      }),
    ).toHaveLength(1);
    expect(
      numberDisagreements({
        'a.txt': 'The Artemis-2 mission will carry four astronauts around the Moon.',
        'b.txt': 'The Artemis II mission will carry five astronauts around the Moon.',
      }),
    ).toEqual([['four', 'five']]);
  });
});

describe('age ranges', () => {
  it('reads "aged 18 to 65" and "between 18 and 70 years" after people as ages', () => {
    expect(only('The study recruited volunteers aged 18 to 65.')).toMatchObject({ unit: 'age', low: 18, high: 65 });
    expect(only('Children between 5 and 11 years were offered the vaccine.')).toMatchObject({
      unit: 'age',
      low: 5,
      high: 11,
    });
    // Years that are not said of people stay years.
    expect(only('The bridge will be closed for between 2 and 3 years.').unit).not.toBe('age');
  });

  it('compares two ranges by their bounds', () => {
    const adults = only('The study recruited volunteers aged 18 to 65.');
    expect(compareFigures(adults, only('It enrolled patients between 18 and 70 years.'))).toBe('different');
    expect(compareFigures(adults, only('It enrolled patients between 18 and 65 years.'))).toBe('same');
    expect(compareFigures(only('Between 10 and 12 people were hurt.'), only('Eleven people were hurt.'))).toBe(
      'compatible',
    );
  });

  it('finds two outlets giving different age ranges for one group', () => {
    expect(
      numberDisagreements({
        'a.txt': 'The flu vaccine study recruited adults aged 18 to 65 in three cities.',
        'b.txt': 'The flu vaccine study recruited adults between 18 and 70 years in three cities.',
      }),
    ).toEqual([['18 to 65', 'between 18 and 70']]);
  });
});

describe('estimates given by two sources', () => {
  it('reads a bare figure a second source gives as a count of what the first one counted', () => {
    const [police, organisers] = articleFigures(
      'Police estimated the crowd at about 20,000 people. Organisers put the figure at 60,000.',
    );
    expect(organisers).toMatchObject({ text: '60,000', unit: police?.unit });
    const [, union] = articleFigures('Management said 300 staff joined the strike. The union claimed nearly 900.');
    expect(union).toMatchObject({ text: 'nearly 900', low: 900 });
    // A figure set against another in one sentence counts the same thing.
    const [, lastYear] = articleFigures('Police recorded 120 burglaries this spring, against 150 a year earlier.');
    expect(lastYear).toMatchObject({ text: '150', unit: figures('120 burglaries')[0]?.unit });
    const [, placebo] = articleFigures('The pill cut monthly migraine days by 4.1, versus 1.6 on placebo.');
    expect(placebo).toMatchObject({ text: '1.6', low: 1.6 });
    // With no figure before it, a bare figure counts nothing known.
    expect(articleFigures('Organisers put the figure at 60,000.')).toEqual([]);
  });

  it('pairs the figures one source gives in two articles', () => {
    // Each pair shares little but who gave the figure.
    expect(
      numberDisagreements({
        'a.txt': 'Management said 300 workers walked out. The union claimed nearly 900 were on strike at the depot.',
        'b.txt': 'The union said 1,200 workers stopped work on Monday. Bosses at the depot put the figure at 300.',
      }),
    ).toEqual([['nearly 900', '1,200']]);
  });

  it("keeps the police's and the organisers' figures apart, and finds the organisers' disagreeing", () => {
    expect(
      numberDisagreements({
        'a.txt':
          'Police estimated the rally outside parliament at about 20,000 people. Organisers of the rally said 60,000.',
        'b.txt':
          'Police said some 20,000 people joined the rally outside parliament. Organisers of the rally said 80,000.',
      }),
    ).toEqual([['60,000', '80,000']]);
  });

  it('reads "a crowd estimated at 9,000" as the size of the crowd (the golf set)', () => {
    expect(articleFigures('A crowd estimated at 9,000 lined the streets of Harle for the parade.')).toMatchObject([
      { text: '9,000', unit: figures('a crowd of 9,000')[0]?.unit },
    ]);
    expect(articleFigures('The crowd outside the Harle depot was estimated at 400.')).toMatchObject([{ text: '400' }]);
    const [crowd] = findFacts(
      articlesOf({
        'a.txt': 'A crowd estimated at 9,000 lined the streets of Harle for the parade on Sunday.',
        'b.txt': 'A crowd of 12,000 lined the streets of Harle for the parade on Sunday.',
      }),
      everyLine,
    ).disagreements;
    expect(crowd).toMatchObject({ kind: 'number', fact: 'Size of the crowd' });
    expect(crowd?.values.map((value) => value.text)).toEqual(['9,000', '12,000']);
  });
});

import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews, findIn } from './compareTexts.ts';

// Counts with a participle before the noun ("23 confirmed cases"), a further group told as "a further 14", the
// reporter of a figure kept apart from what it counts, and names misspelt by one article: a first letter
// ("Maren" / "Karen"), accents ("Valström" / "Wahlstrom"), or people who never get a title ("Rhona Castellan" /
// "Rona Castellane"). Phrasings from health, courts, transport and schools, beside look-alikes that must stay quiet.

const numbers = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'number');
const names = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'name');
const valuesOf = (fact: { values: { text: string }[] } | undefined) => fact?.values.map((value) => value.text);

describe('a participle between a figure and what it counts', () => {
  it('reads "23 confirmed cases" and "27 confirmed cases" as one count, in several trades', () => {
    const cases: [string, string, string, string][] = [
      [
        'The outbreak has reached five schools, with 23 confirmed cases, health officials said.',
        'The outbreak has reached five schools, with 27 confirmed cases, health officials said.',
        '23',
        '27',
      ],
      [
        'Some 4,100 registered voters were turned away at polling stations in the north.',
        'Some 5,600 registered voters were turned away at polling stations in the north.',
        'Some 4,100',
        'Some 5,600',
      ],
      [
        'Customs officers said 40 seized containers were held at the port of Ardlow.',
        'Customs officers said 65 seized containers were held at the port of Ardlow.',
        '40',
        '65',
      ],
      // An irregular participle, which no ending gives away: "paid", "built" (the funding-cut set).
      [
        'The closures would put about 90 paid jobs at risk across the county, the network said.',
        'The closures would put more than 100 jobs at risk across the county, the network said.',
        'about 90',
        'more than 100',
      ],
      [
        'The developer said 120 newly built homes stood empty on the estate.',
        'The developer said 150 homes stood empty on the estate.',
        '120',
        '150',
      ],
      // An adverb grading the participle: "newly qualified", "fully trained".
      [
        'The trust said 18 newly qualified midwives would join the unit in January.',
        'The trust said 24 newly qualified midwives would join the unit in the new year.',
        '18',
        '24',
      ],
      [
        'About 40 fully trained volunteers searched the moor on Sunday, the rescue team said.',
        'About 65 fully trained volunteers searched the moor on Sunday, the rescue team said.',
        'About 40',
        'About 65',
      ],
    ];
    for (const [a, b, first, second] of cases) {
      const found = numbers({ 'a.txt': a, 'b.txt': b });
      expect(
        found.map((fact) => valuesOf(fact)),
        b,
      ).toContainEqual([first, second]);
    }
  });

  it('pairs "a further 14 suspected cases" with "around twenty more suspected", not with the confirmed count', () => {
    const found = numbers({
      'a.txt': [
        'A measles outbreak in Lenholm has reached five schools, with 23 confirmed cases and a further 14 suspected cases.',
        'Parents were urged to check vaccination records before the weekend.',
        'A drop-in clinic will open at the leisure centre on Saturday.',
      ].join('\n'),
      'b.txt': [
        'Measles cases in Lenholm have risen again, with 27 confirmed cases and around twenty more suspected.',
        'The health board said families should not wait for a letter.',
        'Head teachers have written to every parent this week.',
      ].join('\n'),
    });
    expect(found.map((fact) => valuesOf(fact))).toContainEqual(['14', 'around twenty']);
    expect(found.map((fact) => valuesOf(fact))).toContainEqual(['23', '27']);
  });

  it('reads "recruited 25 additional paramedics" as the recruits, the group a plain count of recruits gives', () => {
    const recruits = (figure: string): string => `The ambulance trust has recruited ${figure} paramedics since March.`;
    expect(
      disagreementsWithOtherNews({ 'a.txt': recruits('25 additional'), 'b.txt': recruits('more than 30') }, 'number'),
    ).toEqual([['25', 'more than 30']]);
    expect(
      disagreementsWithOtherNews({ 'a.txt': recruits('nearly 30 more'), 'b.txt': recruits('more than 30') }, 'number'),
    ).toEqual([['nearly 30', 'more than 30']]);
  });

  it('stays quiet when the participle is the verb of the sentence', () => {
    expect(
      numbers({
        'a.txt': 'Officials said 23 confirmed the plan at the meeting on Monday.',
        'b.txt': 'Officials said 30 people attended the meeting on Monday.',
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Officials said 23 quickly confirmed the plan at the meeting on Monday.',
        'b.txt': 'Officials said 30 people attended the meeting on Monday.',
      }),
    ).toEqual([]);
  });
});

describe('who reports a figure is not what it counts', () => {
  it('pairs a count told after "admitted that" with the same count told with other names', () => {
    const found = numbers({
      'a.txt':
        'The exam board has admitted that a grading error lowered the Senior Certificate chemistry results of 4,312 students.',
      'b.txt':
        'The Kessling Qualifications Board admitted late on Sunday that a software glitch lowered the chemistry results of more than 6,000 students.',
    });
    expect(found.map((fact) => valuesOf(fact))).toEqual([['4,312', 'more than 6,000']]);
  });

  it('still keeps apart counts said of two different named things', () => {
    expect(
      numbers({
        'a.txt': 'Officials at Brannoch Hospital said that 40 patients were moved overnight.',
        'b.txt': 'Officials at Kelvick Infirmary said that 65 patients were moved overnight.',
      }),
    ).toEqual([]);
  });
});

describe('a name misspelt by one article', () => {
  it('reports a first letter or an accent written differently, when no article names both', () => {
    const aldous = names({
      'a.txt': 'Dr Maren Aldous, the health board’s director of public health, said the virus was spreading.',
      'b.txt': "Dr Karen Aldous, the health board's medical director, said the virus was spreading.",
      'c.txt': 'Dr Maren Aldous urged families not to wait.',
    });
    expect(aldous.map((fact) => valuesOf(fact))).toContainEqual(['Maren Aldous', 'Karen Aldous']);
    const valstrom = names({
      'a.txt': 'Ingrid Valström, the board’s chief executive, said: "We got this wrong."',
      'b.txt': 'The chief executive, Ingrid Wahlstrom, said in a short statement that the board was sorry.',
    });
    expect(valstrom.map((fact) => valuesOf(fact))).toContainEqual(['Ingrid Valström', 'Ingrid Wahlstrom']);
  });

  it('reports people named without a title, a letter off in each name', () => {
    const found = names({
      'a.txt': 'Mother-of-two Rhona Castellan, whose son fell ill first, said the symptoms were easy to miss.',
      'b.txt': "Rona Castellane's seven-year-old son was one of the first to be diagnosed.",
    });
    expect(found.map((fact) => valuesOf(fact))).toEqual([['Rhona Castellan', 'Rona Castellane']]);
  });

  it('stays quiet for two people an article names side by side, and for bodies and titles', () => {
    expect(
      names({
        'a.txt': 'Mark Dunn and Mary Dunn, who run the bakery, said the flood reached the ovens.',
        'b.txt': 'Mary Dunn said the flood reached the ovens.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Mark Dunn said the flood reached the ovens.',
        'b.txt': 'Mary Dunn said the flood reached the ovens.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'The Islands Minister said the ferry would be inspected.',
        'b.txt': 'The Islands Ministry said the ferry would be inspected, and the minister agreed.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Witness Tom Reed said the bus left at noon.',
        'b.txt': 'Witness Tim Reeve said the bus left at noon.',
        'c.txt': 'Witness Tom Reed and witness Tim Reeve both said the bus left at noon.',
      }),
    ).toEqual([]);
  });
});

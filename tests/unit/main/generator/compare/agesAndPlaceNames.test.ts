import { describe, expect, it } from 'vitest';
import { findIn, valuesOfTwo } from './compareTexts.ts';

// An age given after a person noun ("her little boy, 6,", "a woman, 72,", "a grandad of 68") and described as that person's, people a
// dog "savaged" counted as injured, and a place name that shares a stem with a fate ("Strandvik" / "stranded") never
// taken for one. Phrasings from health, transport, courts and schools, beside look-alikes that must stay quiet.

const numbers = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'number');
const valuesOf = (fact: { values: { text: string }[] }) => fact.values.map((value) => value.text);

describe('an age after a person noun', () => {
  it('compares "her little boy, 6," with "her seven-year-old son", as the son’s age', () => {
    const found = numbers({
      'a.txt': 'Mother-of-two Rhona Castellan, whose seven-year-old son was among the first to fall ill, spoke to us.',
      'b.txt': 'I spoke to Rhona Castellan, whose little boy, 6, was one of the first to catch it.',
    });
    expect(found.map(valuesOf)).toEqual([['seven', '6']]);
    expect(found[0]?.fact).toMatch(/^Age of Rhona Castellan's (son|boy)$/);
  });

  it('reads a baby\'s age in months or weeks, after "her" too (the baby-food recall set)', () => {
    const found = numbers({
      'a.txt': 'Dad Owen Pryce, 34, said his eight-month-old daughter Mia was kept in overnight.',
      'b.txt': 'Owen Pryce told us his nine-month-old daughter Mia was kept in overnight.',
    });
    expect(found.map(valuesOf)).toEqual([['eight-month-old', 'nine-month-old']]);
    expect(
      numbers({
        'a.txt': 'Owen Pryce said his eight-month-old daughter Mia was kept in overnight.',
        'b.txt': 'Owen Pryce said his 8-month-old daughter Mia was kept in overnight.',
      }),
    ).toEqual([]);
  });

  it('reads a woman, a driver or a pupil given an age between commas, in other trades', () => {
    const found = numbers({
      'a.txt': 'The driver, 58, was arrested at the scene of the crash on the bypass.',
      'b.txt': 'The driver, 61, was arrested at the scene of the crash on the bypass.',
    });
    expect(found.map(valuesOf)).toEqual([['58', '61']]);
    expect(found[0]?.fact).toBe('Age of the driver');
  });

  it('reads a relative named the familiar way, "her gran, 66,", as a person given an age (the dog-attack set)', () => {
    const found = numbers({
      'a.txt': 'The boy was pulled from the water by his grandfather, 68, who waded in from the bank.',
      'b.txt': 'The boy was pulled from the water by his grandad, 71, who waded in from the bank.',
    });
    expect(found.map(valuesOf)).toEqual([['68', '71']]);
  });

  it('reads "a grandad of 68" as an age, and "a mother of three" as her children (the golf set)', () => {
    const found = numbers({
      'a.txt': 'A 67-year-old man was flown to the burns unit after the blast at the Tarlow depot.',
      'b.txt': 'A grandad of 68 was flown to the burns unit after the blast at the Tarlow depot.',
    });
    expect(found.map(valuesOf)).toEqual([['67', '68']]);
    expect(found[0]?.fact).toMatch(/^Age of/);
    const children = numbers({
      'a.txt': 'A mother of three was among the tenants moved out of the Tarlow flats.',
      'b.txt': 'Among the tenants moved out of the Tarlow flats was a mother of four.',
    });
    expect(children.map(valuesOf)).toEqual([['three', 'four']]);
    expect(children[0]?.fact).not.toMatch(/^Age/);
  });

  it('leaves a figure between commas after a thing alone', () => {
    expect(
      numbers({
        'a.txt': 'The route, 14, was closed after the crash on the bypass.',
        'b.txt': 'The route, 15, was closed after the crash on the bypass.',
      }).filter((fact) => fact.fact.startsWith('Age')),
    ).toEqual([]);
  });
});

describe('an age standing for the person named before it', () => {
  it('compares "The 34-year-old" with "The 36-year-old driver" when both follow the same named person', () => {
    const found = numbers({
      'a.txt':
        'Police named the van driver as Tomas Grell on Monday. The 34-year-old, a courier from Ashby, was arrested at a depot in Corley.',
      'b.txt':
        'The van driver, Tomas Grell, was held overnight. The 36-year-old driver from Kessel was charged at Wenlow magistrates court.',
    });
    expect(found.map(valuesOf)).toEqual([['34', '36']]);
  });

  it('compares the ages of one person whose name two outlets spell differently', () => {
    const found = numbers({
      'a.txt': 'The skipper, Ewan Macrae, 47, was interviewed by investigators on Tuesday.',
      'b.txt': 'Fishermen in Ullapool say the skipper is Euan McRae, 52, from Lochinver.',
    });
    expect(found.map(valuesOf)).toEqual([['47', '52']]);
  });

  it('leaves the ages of two different people apart, even where each is the only age of its article', () => {
    expect(
      numbers({
        'a.txt': 'Mayor Ann Briggs opened the new footbridge on Monday. The 61-year-old cut the ribbon in Corley.',
        'b.txt': 'Engineer Paul Dunn inspected the new footbridge on Monday. The 45-year-old signed it off in Corley.',
      }),
    ).toEqual([]);
  });

  it('leaves the age of a man apart from the age of a woman (the robbery set\u2019s arrests)', () => {
    const aged = (person: string) =>
      valuesOfTwo(
        'number',
        'Police in Corley said a man, aged 19, was arrested over the fire at the mill.',
        `${person} from Corley was arrested over the fire at the mill, police said.`,
      ).disagreements;
    expect(aged('A 22-year-old woman')).toEqual([]);
    expect(aged('A 22-year-old man')).toEqual([['19', '22']]);
  });
});

describe('a place name is not a fate', () => {
  it('counts "At Strandvik Academy, nearly 40 students were affected" as students, not as people stranded', () => {
    const found = numbers({
      'a.txt': 'At Strandvik Academy, nearly 40 students were affected by the grading error.',
      'b.txt': 'At Strandvik Academy, 55 students were affected by the grading error, the head said.',
    });
    expect(found.map(valuesOf)).toEqual([['nearly 40', '55']]);
    expect(found[0]?.fact).not.toMatch(/strand/i);
  });

  it('counts people who "live" somewhere as residents, never as lives lost', () => {
    const found = numbers({
      'a.txt': 'About 300 people living below the dam were moved out. Two people were killed.',
      'b.txt': 'Some 450 people live below the dam. The flood killed three people, the council said.',
    });
    expect(found.map(valuesOf)).toEqual([['Two', 'three']]);
  });
});

describe('a bound and a figure past it', () => {
  it('reports "more than 1,100 MMR doses" against "almost a thousand MMR jabs"', () => {
    const found = numbers({
      'a.txt': 'Since the outbreak began, more than 1,100 MMR doses have been given at GP surgeries, the board said.',
      'b.txt': 'PRIYA LUND: Almost a thousand MMR jabs have been given in Lenholm since the outbreak started.',
    });
    expect(found.map(valuesOf)).toEqual([['more than 1,100', 'Almost a thousand']]);
  });

  it('reports a precise figure past the one another falls short of, and keeps one short of it', () => {
    const beds = (figure: string) => `Across the Hollin trust, ${figure} beds were closed by the flooding on Tuesday.`;
    expect(numbers({ 'a.txt': beds('41'), 'b.txt': beds('nearly 40') }).map(valuesOf)).toEqual([['41', 'nearly 40']]);
    expect(numbers({ 'a.txt': beds('38'), 'b.txt': beds('nearly 40') })).toEqual([]);
    expect(numbers({ 'a.txt': beds('497'), 'b.txt': beds('just over 500') }).map(valuesOf)).toEqual([
      ['497', 'just over 500'],
    ]);
    expect(numbers({ 'a.txt': beds('503'), 'b.txt': beds('just over 500') })).toEqual([]);
  });

  it('holds "nearly 900" to the digit it is written to: 880 falls short of it, 850 is another figure', () => {
    const homes = (figure: string) => `The inspector approved ${figure} homes on the Ashby Lane site on Tuesday.`;
    expect(numbers({ 'a.txt': homes('880'), 'b.txt': homes('nearly 900') })).toEqual([]);
    expect(numbers({ 'a.txt': homes('850'), 'b.txt': homes('nearly 900') }).map(valuesOf)).toEqual([
      ['850', 'nearly 900'],
    ]);
    // Told in hours, "almost two hours" is rounded to the hour, not to the minutes another article counts.
    const wait = (span: string) => `The crew reached the stranded walkers ${span} after the call, the service said.`;
    expect(numbers({ 'a.txt': wait('112 minutes'), 'b.txt': wait('almost two hours') })).toEqual([]);
  });

  it('fits an exact span in a finer unit within a bound told in a coarser one (the robbery set\u2019s raid)', () => {
    const search = (span: string) => `The lifeboat crew searched the bay for ${span} before the boy was found.`;
    const spans = (a: string, b: string): string[][] => valuesOfTwo('number', search(a), search(b)).disagreements;
    expect(spans('less than two hours', '80 minutes')).toEqual([]);
    // Past the bound, or in the bound's own unit, the articles give two figures.
    expect(spans('less than two hours', '150 minutes')).toEqual([['less than two hours', '150 minutes']]);
    expect(spans('less than three hours', 'two hours')).toEqual([['less than three hours', 'two hours']]);
  });

  it('keeps "more than 1,200" and "nearly 1,250" together, and "more than 3,000" apart from "nearly 2,500"', () => {
    expect(
      numbers({
        'a.txt': 'Since the strike began, more than 1,200 trains have been cancelled by the operator, the union said.',
        'b.txt': 'Since the strike began, nearly 1,250 trains have been cancelled by the operator, the union said.',
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Since the strike began, more than 3,000 trains have been cancelled by the operator, the union said.',
        'b.txt': 'Since the strike began, nearly 2,500 trains have been cancelled by the operator, the union said.',
      }).map(valuesOf),
    ).toEqual([['more than 3,000', 'nearly 2,500']]);
  });
});

describe('a country under its short and long names', () => {
  const clinics = (figure: string, where: string) =>
    `The chain, which runs ${figure} clinics ${where}, said the outage hit its booking system on Tuesday.`;

  it('compares "88 clinics across the UK" with "95 clinics in Britain", and "in the US" with "in America"', () => {
    expect(
      numbers({ 'a.txt': clinics('88', 'across the UK'), 'b.txt': clinics('95', 'in Britain') }).map(valuesOf),
    ).toEqual([['88', '95']]);
    expect(
      numbers({ 'a.txt': clinics('88', 'in the US'), 'b.txt': clinics('95', 'across America') }).map(valuesOf),
    ).toEqual([['88', '95']]);
  });

  it('keeps clinics in two countries apart', () => {
    expect(numbers({ 'a.txt': clinics('88', 'across the UK'), 'b.txt': clinics('95', 'in France') })).toEqual([]);
  });
});

describe('people a dog "mauled" or "savaged"', () => {
  it('counts them as injured, against the injured another article counts (the dog-attack set)', () => {
    const found = numbers({
      'a.txt': 'A loose dog savaged three adults on the beach at Carn Point on Sunday afternoon, police said.',
      'b.txt':
        'Two adults were injured when a loose dog attacked them on the beach at Carn Point on Sunday, police said.',
    });
    expect(found.map(valuesOf)).toEqual([['three', 'Two']]);
  });
});

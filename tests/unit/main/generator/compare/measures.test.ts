import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../../../src/main/generator/compare/compareNumbers.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { writtenStep } from '../../../../../src/main/generator/compare/measureUnits.ts';
import { measuredThing } from '../../../../../src/main/generator/compare/measuredThing.ts';
import { articlesOf, everyLine } from './compareTexts.ts';
import { figures, only } from './figuresIn.ts';

// Measures told in different units, counts of casualties and people named by a compound, as reporters write them.

// Lines about other things, as any article has: a word the story's lines share weighs more beside them.
const otherNews = [
  'The council met on Monday to discuss the budget for schools.',
  'Shops in the high street reported a busy weekend.',
  'A local choir will perform at the festival next month.',
  'Road repairs on the bypass are due to finish soon.',
  'The library has extended its opening hours.',
];

const towns = ['Ashby', 'Brandon', 'Carlow'];

function numberFindings(texts: Record<string, string>) {
  const withNews = Object.fromEntries(
    Object.entries(texts).map(([file, text], index) => [
      file,
      [text, ...otherNews.map((line) => line.replace('.', ` in ${towns[index] ?? 'Dunmore'}.`))].join('\n\n'),
    ]),
  );
  const facts = findFacts(articlesOf(withNews), everyLine);
  return {
    disagreements: facts.disagreements.filter((fact) => fact.kind === 'number'),
    agreements: facts.agreements.filter((fact) => fact.kind === 'number'),
  };
}

describe('measures', () => {
  it('reads a unit in any of its spellings into one dimension and its base unit', () => {
    const crane = only('A 65-meter (213-foot) ship-to-shore crane collapsed onto a feeder vessel.');
    expect(crane).toMatchObject({ text: '65-meter (213-foot)', unit: 'measure:length', low: 65 });
    expect(only('The crane has an overall height of 65 m.')).toMatchObject({ text: '65 m', low: 65 });
    expect(only('The crane was some 70 metres tall.')).toMatchObject({ unit: 'measure:length', low: 70 });
    expect(only('The reef lies 1.5 nautical miles off the port.').low).toBeCloseTo(2778);
    // As the algae-bloom set writes a toxin: the substance between the mass and the volume.
    expect(only('Tests found more than 50 milligrams of the solvent toluene per litre of river water.')).toMatchObject({
      unit: 'measure:concentration',
      hedge: 'at least',
    });
    expect(only('The river carried 40 tonnes of silt per day.').unit).toBe('measure:mass');
    // As the oil-leak and launch sets write a zone: a unit of two words, hyphenated into a compound.
    expect(only('A two-nautical-mile exclusion zone is in place around the wreck.')).toMatchObject({
      text: 'two-nautical-mile',
      unit: 'measure:length',
      low: 3704,
    });
    expect(only('It struck the reef about half a mile from the harbour.')).toMatchObject({
      text: 'about half a mile',
      hedge: 'about',
    });
    // "a mile" is one mile where a hedge or a direction shows it is a distance.
    expect(only('The site lies about a mile west of the market place.')).toMatchObject({
      text: 'about a mile',
      unit: 'measure:length',
    });
    expect(only('The wreck lies a kilometre off the point.')).toMatchObject({ text: 'a kilometre', low: 1000 });
    expect(figures('A mile-long queue formed.')).toEqual([]);
    expect(figures('Snow lay a metre deep on the pass.')).toEqual([]);
    expect(only('The 1,400 t crane was commissioned in 2009.')).toMatchObject({ unit: 'measure:mass', low: 1.4e6 });
    expect(only('The crane weighed about 1,400 metric tons.').low).toBe(1.4e6);
    expect(only('The ship can carry 2,500 TEU.').unit).toBe(only('a 1,700-TEU feeder ship').unit);
    expect(only('Most cranes stop work at wind speeds of around 20 m/s.').unit).toBe('measure:speed');
    expect(only('The fire burned 12 square kilometres of forest.')).toMatchObject({ unit: 'measure:area', low: 1.2e7 });
    expect(only('Temperatures reached 30C on Sunday.')).toMatchObject({ unit: 'measure:temperature', low: 30 });
  });

  it('reads temperatures below zero and bare degrees of the weather, and no other figure with a minus', () => {
    expect(only('Overnight the thermometer at the depot read -9C.')).toMatchObject({ text: '-9C', low: -9 });
    expect(only('Temperatures on the moor plunged to minus 11C.')).toMatchObject({ text: 'minus 11C', low: -11 });
    expect(only('Pipes froze as temperatures fell to minus nine degrees.')).toMatchObject({
      text: 'minus nine degrees',
      unit: 'measure:temperature',
      low: -9,
    });
    expect(only('The heatwave pushed temperatures to 41 degrees in the valley.').low).toBe(41);
    expect(only('It hit -14°C by dawn.')).toMatchObject({ text: '-14°C', low: -14 });
    expect(only('The bank turned 90 degrees on its policy.').unit).not.toBe('measure:temperature');
    expect(figures('Shares closed -5% lower.')).toEqual([]);
    const frost = numberFindings({
      'a.txt': 'Gritters went out in Ashby as temperatures fell to minus nine degrees overnight.',
      'b.txt': 'Gritters went out in Ashby as temperatures plunged to -14°C overnight.',
    });
    expect(frost.disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([
      ['minus nine degrees', '-14°C'],
    ]);
  });

  it('reads a conversion in brackets as the same value, not a figure of its own', () => {
    const gusts = only('Winds were gusting at 60mph (97km/h) at the time.');
    expect(gusts).toMatchObject({ text: '60mph (97km/h)', unit: 'measure:speed' });
    expect(gusts.low).toBeCloseTo(26.82, 2);
    // Money in two currencies is two figures: the rate is not a unit conversion.
    expect(figures('The damage was put at about £28 million ($35 million).')).toHaveLength(2);
  });

  it('still reads "m" after money as million, and never a stray letter as a unit', () => {
    expect(only('The harbour company estimates the damage at £28m.')).toMatchObject({ text: '£28m', low: 28e6 });
    expect(only('The fund holds $4m in cash.').low).toBe(4e6);
    expect(figures('The 12 c of the contract were signed.').some((figure) => figure.unit.startsWith('measure'))).toBe(
      false,
    );
  });

  it('compares figures in two units by value, at the step each was written to', () => {
    const same = (a: string, b: string) => compareFigures(only(a), only(b));
    expect(same('The crane stood 65 m tall.', 'The crane stood 213 feet tall.')).toBe('same');
    expect(same('Gusts reached 60 mph.', 'Gusts reached 97 km/h.')).toBe('same');
    expect(same('It ran aground 800 metres from the harbour.', 'It ran aground half a mile from the harbour.')).toBe(
      'same',
    );
    expect(same('Gusts reached 60 mph.', 'Gusts reached 45 knots.')).toBe('different');
    expect(same('It grounded 800 metres out.', 'It grounded 1.5 nautical miles out.')).toBe('different');
    expect(same('The crane was 65 m tall.', 'The crane was 70 metres tall.')).toBe('different');
    // A kilometre written round to the thousand fits half a mile, but is not the same figure.
    expect(same('It ran aground 1,000 metres out.', 'It ran aground half a mile out.')).toBe('compatible');
    // A "ton" may be a short, a long or a metric ton: never the same as tonnes.
    expect(same('The crane weighed 1,400 tons.', 'The crane weighed 1,400 tonnes.')).toBe('compatible');
    // "100ft" rounds to the hundred, but not so far that it meets "about 20 metres" (about 66 feet).
    expect(same('The coach fell about 20 metres.', 'The coach plunged 100ft.')).toBe('different');
    expect(same('The coach fell about 30 metres.', 'The coach plunged 100ft.')).toBe('same');
    // A bound told in one unit is not met by a figure short of it in another: 38 hectares are 93.9 acres.
    expect(same('The estate covers more than 100 acres.', 'The estate covers 38 hectares.')).toBe('different');
    expect(same('The estate covers more than 100 acres.', 'The estate covers 42 hectares.')).toBe('compatible');
  });

  it('reads one figure in miles and in nautical miles as one distance, since at sea a mile is a nautical one', () => {
    const same = (a: string, b: string) => compareFigures(only(a), only(b));
    expect(same('The fleet set off on the 180-nautical-mile race.', 'The fleet set off on the 180-mile race.')).toBe(
      'same',
    );
    expect(same('The buoy lies 12 nautical miles out.', 'The buoy lies 15 miles out.')).toBe('different');
    expect(same('The buoy lies 12 nautical miles out.', 'The buoy lies about 14 miles out.')).toBe('same');
  });

  it('takes trailing zeros for rounding when it reads the step of a figure, up to two fifths of the figure', () => {
    expect([writtenStep(65), writtenStep(60), writtenStep(800), writtenStep(1.5), writtenStep(0.5)]).toEqual([
      1, 10, 100, 0.1, 0.1,
    ]);
    expect([writtenStep(100), writtenStep(20), writtenStep(1000)]).toEqual([40, 8, 400]);
  });

  it('finds one fact in the only measure of one thing in each article, told in different units', () => {
    const height = numberFindings({
      'a.txt': 'A 65-meter (213-foot) crane collapsed at the port on Tuesday.',
      'b.txt': 'The crane was some 70 metres tall and had stood on the quay for years.',
    });
    expect(height.disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([
      ['65-meter (213-foot)', 'some 70 metres'],
    ]);
    const gusts = numberFindings({
      'a.txt': 'The ship struck the crane in gusts of up to 60 miles per hour.',
      'b.txt': 'Winds were gusting at 60mph (97km/h) when the ship struck the crane.',
      'c.txt': 'The ship struck the crane in 45-knot gusts.',
    });
    expect(gusts.disagreements).toHaveLength(1);
    expect(gusts.agreements.map((fact) => fact.values.length)).toEqual([2]);
  });

  it('gives figures in two units more room apart than figures in one, for a loose conversion or a slipped unit', () => {
    const distance = (other: string) =>
      numberFindings({
        'a.txt': 'The MV Kestrel struck the Sgeir Dubh reef 800 metres from the harbour at Port Ellan.',
        'b.txt': `The MV Kestrel went aground on the Sgeir Dubh reef, ${other} off Port Ellan, on Sunday.`,
      }).disagreements.length;
    expect(distance('1.5 nautical miles')).toBe(1);
    expect(distance('2,800 metres')).toBe(0);
  });

  it('keeps the height and the width of one thing apart, and compares two heights', () => {
    const dam = numberFindings({
      'a.txt': 'The dam is 40 metres high and holds back the reservoir.',
      'b.txt': 'The 60-metre-wide dam holds back the reservoir.',
      'c.txt': 'The dam, 45 metres tall, holds back the reservoir.',
    });
    expect(dam.disagreements.map((fact) => [fact.fact, fact.values.map((value) => value.text)])).toEqual([
      ['Height of the dam', ['40 metres', '45 metres']],
    ]);
  });

  it('tells a measure said of a thing from one joined to it, which may pick out one of a kind', () => {
    const thingOf = (text: string) => {
      const figure = only(text);
      return measuredThing(figure.sentence.tokens, figure.valueFirst, figure.unitLast);
    };
    expect(thingOf('The crane was some 70 metres tall.')).toEqual({ sense: 'crane', said: true });
    expect(thingOf('- The crane weighed some 1,200 tonnes.')).toEqual({ sense: 'crane', said: true });
    expect(thingOf('A 65-meter (213-foot) ship-to-shore crane collapsed.')).toEqual({ sense: 'crane', said: false });
    expect(thingOf('Patients on the 10 mg dose reported fewer headaches.')).toEqual({ sense: 'dose', said: false });
    expect(thingOf('The reef lies 1.5 nautical miles off the port.')).toEqual({ sense: 'reef', said: true });
    expect(thingOf('It struck the reef about half a mile from the harbour.')).toBeUndefined();
    expect(thingOf('The workers were 20 metres from the crane.')).toBeUndefined();
    // The verb that leads to the measure has its own subject: the ruling has no size.
    expect(thingOf('The ruling, issued on Friday, lets the trust build on 12 hectares of woodland.')).toBeUndefined();
    // A measure of a stuff in the predicate measures the stuff, not the subject (the oil-leak set's "tanker ... has
    // leaked an estimated 150 tonnes of heavy fuel oil").
    expect(thingOf('The tanker has leaked an estimated 150 tonnes of heavy fuel oil.')).toEqual({
      sense: only('Crews skimmed 20 tonnes of oil.').sentence.tokens.find((token) => token.lower === 'oil')?.sense,
      said: false,
    });
  });

  it('reads doses and pressures as measures', () => {
    expect(only('Patients were given a 50 mg dose twice a day.')).toMatchObject({ unit: 'measure:mass', low: 5e-5 });
    expect(compareFigures(only('The dose was 500 mcg.'), only('The dose was 0.5 mg.'))).toBe('same');
    expect(only('Blood pressure fell by 12 mmHg on average.').unit).toBe('measure:pressure');
  });

  // First met on the hospital cyber-attack sets ("about 400 gigabytes" / "half a terabyte" / "400GB"). Sentences
  // from a university's leak: a unit in capitals is no name, so the sentences' names do not keep them apart.
  it('reads amounts of data in any unit as one amount, whoever the sentence says took it', () => {
    expect(only('The gang said it had copied half a terabyte of files.')).toMatchObject({
      unit: 'measure:data',
      low: 5e11,
    });
    expect(compareFigures(only('They took 1,000 gigabytes.'), only('They took 1TB.'))).toBe('same');
    const leak = (first: string, second: string) =>
      numberFindings({
        'a.txt': `Hackers who broke into Halm University say they took ${first} of student records.`,
        'b.txt': `The hackers say they have ${second} of student records from the breach.`,
      });
    const apart = leak('about 400 gigabytes', '1.2TB');
    expect(apart.disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([
      ['about 400 gigabytes', '1.2TB'],
    ]);
    expect(leak('1.2 terabytes', '1.2TB').agreements).toHaveLength(1);
  });

  it('asks how far, not how big, where a length runs from somewhere', () => {
    // The gauge set's burnt-out van, "about three miles from the site" / "five miles away".
    const van = numberFindings({
      'a.txt': 'The van was found burnt out on a farm track near Holbeck, about three miles from the site.',
      'b.txt': 'The van was found burnt out on Friday afternoon near Holbeck, five miles away.',
    });
    expect(van.disagreements.map((fact) => fact.fact)).toEqual([
      'How far: burnt out on Friday afternoon near Holbeck, … away',
    ]);
    // A distance and a size of one thing are two facts.
    expect(
      numberFindings({
        'a.txt': 'The reef lies 1.5 nautical miles off the port.',
        'b.txt': 'The reef is 3 nautical miles long.',
      }).disagreements,
    ).toEqual([]);
  });

  it('names a measure of a stuff after the stuff', () => {
    const leak = numberFindings({
      'a.txt': 'An oil tanker that ran aground on Friday has leaked an estimated 150 tonnes of heavy fuel oil.',
      'b.txt': 'A rusting oil tanker has spewed up to 400 tonnes of fuel oil into the sea.',
    });
    expect(leak.disagreements.map((fact) => fact.fact)).toEqual(['Weight of the oil']);
  });

  it('leaves measures of two different things apart', () => {
    expect(
      numberFindings({
        'a.txt': 'The ship was some 90 metres long.',
        'b.txt': 'The crane was some 70 metres tall.',
      }).disagreements,
    ).toEqual([]);
  });
});

describe('counts of people', () => {
  it('reads a compound that ends in a word for people as people, with the fate around it', () => {
    expect(only('The crane collapsed, injuring three dockworkers.').unit).toBe('injured');
    expect(only('Three steelworkers were injured.').unit).toBe('injured');
    expect(only('Around 350 staff were moved off the terminal.').unit).toBe('evacuated');
  });

  it('reads injured and hospital counts as one count of casualties when no article gives both', () => {
    const told = numberFindings({
      'a.txt': 'Three workers were injured when the crane fell onto the ship.',
      'b.txt': 'Four people were taken to hospital when the crane fell onto the ship.',
    });
    expect(told.disagreements).toHaveLength(1);
    const both = numberFindings({
      'a.txt': 'Three workers were injured when the crane fell onto the ship.',
      'b.txt': 'Four people were taken to hospital when the crane fell onto the ship.',
      'c.txt': 'Nine workers were injured when the crane fell onto the ship, and four were taken to hospital.',
    });
    expect(both.disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([['Three', 'Nine']]);
  });

  it('meets "carrying" with "aboard" for what a vessel holds', () => {
    const vehicles = numberFindings({
      'a.txt': 'The Kestrel was also carrying 38 vehicles, including two lorries.',
      'b.txt': 'The ferry Kestrel went aground on a reef with 41 vehicles aboard.',
    });
    expect(vehicles.disagreements).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../../src/shared/analysis.ts';
import { explainFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine, factsAt, valueAt, findIn, signature } from './compareTexts.ts';
import { bridgeSet, chlorineLeakSet, damLeakTimelineSet, spillwaySet, wildfireSet } from './incidentSets.ts';

// The incident sets are labelled by hand here, like the written sets: every disagreement the finder may report is
// listed, so a new false alarm fails as surely as a missed disagreement.

const texts = (facts: readonly Fact[]): string[][] => facts.map((fact) => fact.values.map((value) => value.text));

describe('a wildfire: the night of an evacuation, the hour a fire started, a mayor written three ways', () => {
  const { disagreements, agreements } = findIn(wildfireSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim fire-a:11 fire-b:11',
      'claim fire-a:7 fire-b:7',
      'date fire-a:5 fire-b:5 fire-c:3',
      'date fire-a:9 fire-b:9',
      'name fire-a:11 fire-b:11 fire-c:7',
    ]);
  });

  it('puts "Saturday night", "early on Sunday" and "since Sunday morning" side by side for the evacuation', () => {
    const [evacuation] = factsAt(disagreements, 'fire-a:5', 'fire-b:5', 'fire-c:3');
    expect(evacuation?.fact).toBe('When Ashford was evacuated');
    expect(texts([evacuation!])).toEqual([['Saturday night', 'early on Sunday', 'Sunday morning']]);
  });

  it('tells "shortly after 4am" from "around 2am", and agrees with a plain "on Saturday"', () => {
    const [start] = factsAt(disagreements, 'fire-a:9', 'fire-b:9');
    expect(texts([start!])).toEqual([['shortly after 4am on Saturday', 'around 2am on Saturday']]);
    expect(texts(factsAt(agreements, 'fire-a:9', 'fire-c:9'))).toEqual([['shortly after 4am on Saturday', 'Saturday']]);
  });

  it('finds one mayor written "Debra Ruiz", "Deborah Ruiz" and "Ruis", and no title agreement over the names', () => {
    const [mayor] = disagreements.filter((fact) => fact.kind === 'name');
    expect(mayor?.fact).toBe("How Debra Ruiz's name is written");
    expect(texts([mayor!])).toEqual([['Debra Ruiz', 'Deborah Ruiz', 'Ruis']]);
    expect(agreements.filter((fact) => fact.kind === 'name' && /Ruiz|Ruis/.test(JSON.stringify(fact)))).toEqual([]);
    // "County fire chief" and "Fire chief" are one rank (officeTitles.ts).
    expect(agreements.filter((fact) => fact.kind === 'name').map((fact) => fact.fact)).toEqual([
      "Mark Dunn's job title",
    ]);
  });

  it('reports an order against advice, and damage against "not damaged", with the exact sentences', () => {
    const [leave] = factsAt(disagreements, 'fire-a:7', 'fire-b:7');
    expect(leave?.fact).toBe('Whether people were ordered or only advised to leave');
    const [plant] = factsAt(disagreements, 'fire-a:11', 'fire-b:11').filter((fact) => fact.kind === 'claim');
    expect(plant?.fact).toBe('Whether the water treatment plant was damaged');
    expect(valueAt(plant!, 'fire-b:11')).toBe(
      'Mayor Deborah Ruiz said the water treatment plant was not damaged and that tap water was safe to drink.',
    );
  });

  it('leaves two reopenings on two days, and a fire chief and a doctor called Dunn, alone', () => {
    expect(factsAt([...disagreements, ...agreements], 'fire-a:17')).toEqual([]);
    expect(factsAt([...disagreements, ...agreements], 'fire-b:15')).toEqual([]);
    expect([...disagreements, ...agreements].some((fact) => fact.values.some((v) => v.text.includes('Helen')))).toBe(
      false,
    );
  });
});

describe('a chlorine leak: a weekday that does not fit its date, three jobs for one manager', () => {
  const { disagreements, agreements } = findIn(chlorineLeakSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim leak-a:11 leak-b:7',
      'claim leak-a:9 leak-b:5',
      'date leak-a:5 leak-b:3',
      'date leak-a:7 leak-b:5',
      'name leak-a:7 leak-b:5 leak-c:5',
      'number leak-a:13 leak-b:9',
    ]);
  });

  it('says that "Sunday, May 10" was a Saturday in 2025, and agrees "Sunday, May 11" with "Sunday morning"', () => {
    const [day] = explainFacts(articlesOf(chlorineLeakSet), everyLine).filter(
      (finding) => finding.verdict === 'disagreement' && finding.fact.kind === 'date' && finding.fact.values.length,
    );
    expect(texts([day!.fact])).toEqual([['Sunday, May 11', 'Sunday, May 10']]);
    expect(day?.reasons).toContain('leak-b.txt writes "Sunday, May 10", but that date was a Saturday');
    expect(texts(factsAt(agreements, 'leak-a:5', 'leak-c:3'))).toEqual([['Sunday, May 11', 'Sunday morning']]);
  });

  it('finds a title before the name, one after it and "X, the firm\'s chief engineer" as three jobs', () => {
    const [jobs] = disagreements.filter((fact) => fact.kind === 'name');
    expect(jobs?.fact).toBe("Clara Voss's job title");
    expect(texts([jobs!])).toEqual([
      [
        'operations director, Clara Voss',
        'Norvale chief executive Clara Voss',
        "Clara Voss, the firm's chief engineer",
      ],
    ]);
  });

  it('hears "director of operations" as "operations director", and keeps the police inspector Voss apart', () => {
    expect(texts(factsAt(agreements, 'leak-a:7', 'leak-d:3'))).toEqual([
      ['operations director, Clara Voss', 'Clara Voss, the director of operations at Norvale'],
    ]);
    expect([...disagreements, ...agreements].some((fact) => fact.values.some((v) => v.text.includes('Paul')))).toBe(
      false,
    );
  });

  it('finds a rupture denied inside a quotation, and an order against an urging', () => {
    expect(factsAt(disagreements, 'leak-a:9', 'leak-b:5')[0]?.fact).toBe('Whether the tank ruptured');
    expect(factsAt(disagreements, 'leak-a:11', 'leak-b:7')[0]?.fact).toBe(
      'Whether people were ordered or only advised to stay',
    );
  });
});

describe('a bridge in a storm: the traps', () => {
  const { disagreements, agreements } = findIn(bridgeSet);

  it('reports only the minister whose surname one article spells "Okafur"', () => {
    expect(disagreements.map(signature)).toEqual(['name bridge-a:7 bridge-c:3']);
    expect(texts(disagreements)).toEqual([['Sam Okafor', 'Sam Okafur']]);
  });

  it('does not deny "not only damaged but ...", "could collapse" or a footbridge "not damaged"', () => {
    expect([...disagreements, ...agreements].filter((fact) => fact.kind === 'claim')).toEqual([]);
  });

  it('keeps "advised" and "urged" together, a village school and a road bridge closed on two days apart', () => {
    expect(factsAt(disagreements, 'bridge-a:9', 'bridge-b:9')).toEqual([]);
    expect(factsAt([...disagreements, ...agreements], 'bridge-a:13')).toEqual([]);
  });

  it('keeps the engineer Grace Okafor apart from the minister, and "Friday night" beside "late on Friday"', () => {
    expect([...disagreements, ...agreements].some((fact) => fact.values.some((v) => v.text.includes('Grace')))).toBe(
      false,
    );
    expect(factsAt(disagreements, 'bridge-a:5', 'bridge-b:3')).toEqual([]);
  });
});

describe('a spillway that gave way: dates of one night, an order against advice, a breach denied', () => {
  const { disagreements } = findIn(spillwaySet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim spillway-a:13 spillway-b:11',
      'claim spillway-a:9 spillway-b:9',
      'date spillway-a:11 spillway-b:7 spillway-c:9',
      'date spillway-a:17 spillway-b:15',
      'date spillway-a:7 spillway-b:5 spillway-c:3',
      // "State engineer" fits "chief engineer" (no grade given) but is not "director": it takes a side.
      'name spillway-a:13 spillway-b:13 spillway-c:11',
    ]);
  });

  it('sees that "Sunday, March 9" and "Sunday, March 10" cannot both be right, whatever the governor did', () => {
    const [sunday] = factsAt(disagreements, 'spillway-a:17', 'spillway-b:15');
    expect(sunday?.fact).toBe('Which date Sunday was');
    expect(texts([sunday!])).toEqual([['Sunday, March 9', 'Sunday, March 10']]);
  });

  it('meets "evacuation began" with "were moved out" and "have been out of their houses since"', () => {
    const [evacuation] = factsAt(disagreements, 'spillway-a:7', 'spillway-b:5');
    expect(texts([evacuation!])).toEqual([['Saturday night', 'early on Sunday', 'Sunday morning']]);
  });

  it('meets "gave way shortly after 4am" with "the collapse happened at around 2am" and "collapsed at 4.15am"', () => {
    // "4.15am" can be "shortly after 4am": it is listed as its own wording, but disagrees only with "around 2am".
    expect(texts(factsAt(disagreements, 'spillway-a:11', 'spillway-b:7'))).toEqual([
      ['shortly after 4am on Sunday', 'around 2am', '4.15am on Sunday'],
    ]);
  });

  it('sets "the dam itself was not breached" against "the dam had burst", not against "appeared to show"', () => {
    const [breach] = factsAt(disagreements, 'spillway-a:13', 'spillway-b:11');
    expect(breach?.fact).toBe('Whether the dam was breached');
    expect(valueAt(breach!, 'spillway-b:11')).toBe(
      'State engineers later said the dam had burst along a 20-metre section of the spillway wall.',
    );
  });
});

describe('a leak told the same way three times: no date disagrees', () => {
  const { disagreements, agreements } = findIn(damLeakTimelineSet);

  it('reports no disagreement at all', () => {
    expect(disagreements).toEqual([]);
  });

  it('still agrees on the Thursday the leak was spotted and the Friday the releases began', () => {
    expect(texts(factsAt(agreements, 'brenner-a:5', 'brenner-b:11'))).toEqual([['Thursday morning', 'Thursday']]);
    expect(texts(factsAt(agreements, 'brenner-a:7', 'brenner-b:9'))).toEqual([['Friday evening', 'Friday']]);
  });

  it('does not take statements on Sunday and Monday, or an order and a return home, for one event', () => {
    const dates = agreements.filter((fact) => fact.kind === 'date');
    expect(factsAt(dates, 'brenner-b:5')).toEqual([]);
    // brenner-c:9's Monday statement meets nothing; the Tuesday it gives for the repairs is brenner-b's too.
    expect(texts(factsAt(dates, 'brenner-c:9'))).toEqual([['Tuesday', 'Tuesday']]);
    // The two accounts of Sunday's statement agree; Monday's is another statement.
    expect(texts(factsAt(dates, 'brenner-a:13', 'brenner-b:9'))).toEqual([['Sunday afternoon', 'Sunday']]);
  });
});

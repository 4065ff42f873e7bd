import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../../src/shared/analysis.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine, factsAt, findIn, signature, valuesStandInTheirLines } from './compareTexts.ts';
import { derailmentSet, derailmentSetDate, quakeSet, stormSet } from './clockAndRoleSets.ts';

// Labelled by hand like the other written sets: every disagreement the finder may report is listed, so a new false
// alarm fails as surely as a missed disagreement.

const texts = (facts: readonly Fact[]): string[][] => facts.map((fact) => fact.values.map((value) => value.text));

describe('a quake abroad: a Title Case headline, "local time", a spokesman who is a chief of staff elsewhere', () => {
  const { disagreements, agreements } = findIn(quakeSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim quake-a:11 quake-b:11',
      'date quake-a:13 quake-b:13',
      'date quake-a:5 quake-b:5',
      'name quake-a:9 quake-b:9 quake-c:7',
      'number quake-a:5 quake-b:5',
      'number quake-a:5 quake-b:5 quake-c:5',
      'number quake-a:7 quake-b:7',
      'quote quake-a:15 quake-b:15',
    ]);
  });

  it('reads "at 2.15am local time on Tuesday" as one date, against "early Wednesday" and with "on Tuesday"', () => {
    expect(texts(factsAt(disagreements, 'quake-a:5', 'quake-b:5').filter((fact) => fact.kind === 'date'))).toEqual([
      ['2.15am local time on Tuesday', 'early Wednesday'],
    ]);
    expect(texts(factsAt(agreements, 'quake-a:5', 'quake-c:3'))).toEqual([['2.15am local time on Tuesday', 'Tuesday']]);
  });

  it('counts the dead apart from the injured in "killing at least 12 people and injuring more than 300"', () => {
    const dead = factsAt(disagreements, 'quake-a:5', 'quake-c:5');
    expect(dead.map((fact) => fact.fact)).toEqual(['Number of people killed']);
    expect(texts(dead)).toEqual([['at least 12', '15', '14']]);
    // "more than 300" and "320" are one figure told twice.
    expect(factsAt(disagreements, 'quake-c:5').some((fact) => fact.values.some((v) => v.text === '320'))).toBe(false);
  });

  it('gives one person a spokesman’s, a chief of staff’s and a spokeswoman’s title', () => {
    const [title] = disagreements.filter((fact) => fact.kind === 'name');
    expect(title?.fact).toBe("Tomas Bereny's job title");
    expect(texts([title!])).toEqual([
      ['Government spokesman Tomas Bereny', 'Chief of staff Tomas Bereny', 'Presidential spokeswoman Tomas Bereny'],
    ]);
  });

  it('names the reopening after the airport, not after the day it closed', () => {
    expect(factsAt(disagreements, 'quake-a:13')[0]?.fact).toBe('When the airport in Orvik will reopen');
  });
});

describe('a derailment: a driver named by her role, people "on board", a radio story dated by set.json', () => {
  const articles = articlesOf(derailmentSet);
  const { disagreements, agreements } = findFacts(articles, everyLine, derailmentSetDate);

  it('reports exactly the disagreements a reader would, each value standing in its line', () => {
    expect(valuesStandInTheirLines([...disagreements, ...agreements], articles)).toEqual([]);
    expect(disagreements.map(signature).sort()).toEqual([
      'claim rail-a:11 rail-b:10',
      'claim rail-a:15 rail-b:14',
      'date rail-a:5 rail-b:4 rail-c:3',
      'name rail-a:13 rail-b:12',
      'name rail-a:17 rail-b:16',
      'number rail-a:5 rail-b:4',
      'number rail-a:9 rail-b:8',
      'quote rail-a:17 rail-b:16',
    ]);
  });

  it('finds "Ilse Marchetti" and "Ilse Marchetty", a driver with no job title', () => {
    const [driver] = factsAt(disagreements, 'rail-a:13', 'rail-b:12');
    expect(driver?.fact).toBe("How Ilse Marchetti's name is written");
  });

  it('reads "yesterday" against the set’s date: the day may be off by one, so it only stands beside the others', () => {
    const [when] = factsAt(disagreements, 'rail-a:5', 'rail-b:4').filter((fact) => fact.kind === 'date');
    expect(texts([when!])).toEqual([['7.42pm on Thursday', 'shortly before 8pm on Wednesday', '7.42pm yesterday']]);
    expect(factsAt(agreements, 'rail-c:3')).toEqual([]);
  });

  it('takes no figure from "7.42pm", and a chair against a chief investigator for one board member', () => {
    expect([...disagreements, ...agreements].some((fact) => fact.values.some((v) => v.text === '7.4'))).toBe(false);
    expect(factsAt(disagreements, 'rail-a:17', 'rail-b:16').map((fact) => fact.fact)).toContain(
      "Omar Haddad's job title",
    );
  });

  it('without the set’s date, has nothing to say about "yesterday"', () => {
    const undated = findFacts(articles, everyLine);
    expect(undated.disagreements.flatMap((fact) => fact.values).some((v) => v.text.includes('yesterday'))).toBe(false);
  });
});

describe('a storm told the same way in different words: no disagreement at all', () => {
  const { disagreements, agreements } = findIn(stormSet);

  it('reports no disagreement', () => {
    expect(disagreements).toEqual([]);
  });

  it('still agrees on "half a million" and "500,000", "£4bn" and "4 billion pounds", "a dozen" and "12"', () => {
    const values = texts(agreements);
    expect(values).toContainEqual(['£4bn', '4 billion pounds']);
    expect(values).toContainEqual(['a dozen', '12']);
    expect(values.some((value) => value.includes('Half a million') && value.includes('Roughly 500,000'))).toBe(true);
  });
});

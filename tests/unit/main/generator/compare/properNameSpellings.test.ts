import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// The name of a company, a place or a body spelled two ways across articles (from the airport-outage and
// battery-recall sets: "Tallisent Software" / "Talisent", "Ostrel Cell Works" / "Ostrell Cellworks"), with
// sentences from other trades, beside look-alikes that must stay quiet.

const spellings = (texts: Record<string, string>) => {
  const found = findIn(texts);
  const named = (list: typeof found.disagreements) =>
    list.filter((fact) => fact.fact.startsWith('How the name')).map((fact) => fact.values.map((value) => value.text));
  return { disagreements: named(found.disagreements), agreements: named(found.agreements) };
};

describe('a name written two ways', () => {
  it('reports a company, a place and a body spelled a letter apart, with the fullest writing of each', () => {
    expect(
      spellings({
        'a.txt': 'The platform was supplied by Tallisent Software in 2019.',
        'b.txt': 'The chief executive blamed a faulty update from tech firm Talisent.',
        'c.txt': 'The system, built by Tallisent Software, has been in place for years.',
      }),
    ).toEqual({
      disagreements: [['Tallisent Software', 'Talisent']],
      agreements: [['Tallisent Software', 'Tallisent Software']],
    });
    expect(
      spellings({
        'a.txt': 'The ferry ran aground off the island of Inishmara on Sunday.',
        'b.txt': 'The ferry ran aground off the island of Inishmarra on Sunday.',
      }).disagreements,
    ).toEqual([['Inishmara', 'Inishmarra']]);
    expect(
      spellings({
        'a.txt': 'The contract was awarded by the Halvorsen Development Agency last year.',
        'b.txt': 'The contract came from the Halvorson Development Agency, officials said.',
      }).disagreements,
    ).toEqual([['Halvorsen Development Agency', 'Halvorson Development Agency']]);
  });

  it('reads a family firm named after a person in the set as a name of its own', () => {
    expect(
      spellings({
        'a.txt': 'Managing director Tomas Kerrigan founded the firm. Kerrigan Haulage runs 40 lorries from Dunlow.',
        'b.txt': 'The driver, Peter Kerigan, 52, is the owner’s son. Kerigan Haulage has been fined twice.',
      }).disagreements,
    ).toEqual([['Kerrigan Haulage', 'Kerigan Haulage']]);
  });

  it('stays quiet for a word’s forms, common words, short names, people and an article that writes both', () => {
    const quiet: Record<string, string>[] = [
      {
        'a.txt': 'Several Americans were among the passengers.',
        'b.txt': 'An American was among the passengers.',
      },
      {
        'a.txt': 'The Met Office issued a warning for the coast.',
        'b.txt': 'The Chief Fire Officer issued a warning for the coast.',
      },
      {
        'a.txt': 'The envoy flew on to Iran on Friday for talks.',
        'b.txt': 'The envoy flew on to Iraq on Friday for talks.',
      },
      {
        'a.txt': 'The plan was drawn up by Arden Partners and Ardan Capital together.',
        'b.txt': 'The plan was drawn up by Arden Partners, the bank said.',
      },
      {
        'a.txt': 'Mayor Debra Kowalski opened the bridge on Monday.',
        'b.txt': 'Mayor Debra Kowalsky opened the bridge on Monday.',
      },
      // "the Pellows" / "the Pellowes": a family, whose name is its people's, told by the finder of people's names.
      {
        'a.txt': 'Daniel Pellow, 41, was upstairs. A dealer offered money, and the Pellows declined to comment.',
        'b.txt': 'Dan Pellowe, 42, was upstairs. The Pellowes are yet to decide whether to keep the rock.',
      },
      {
        'a.txt': 'The report called the response Chaotic and slow.',
        'b.txt': 'Inspectors found the response chaotic, the report said.',
      },
    ];
    for (const texts of quiet) expect(spellings(texts).disagreements, JSON.stringify(texts)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// Facts first met on the festival set, told here in other trades' words: a police rank as press offices shorten
// it, a count of people "taken to hospital" with the count before "to", a count "of them" whose fate comes later in
// the clause, and a number word opening a sentence. Each beside the clean case that must stay quiet.

const disagreements = disagreementsWithOtherNews;

describe('shortened ranks and counts of people taken to hospital', () => {
  it('reads "Ch Supt" and "Supt" as two ranks, and "Supt" as a superintendent', () => {
    const a = 'Ch Supt Maya Oyelaran said the warehouse would stay cordoned off overnight.';
    const b = (rank: string) => `${rank} Maya Oyelaran, of Northfield Police, said the cordon would stay overnight.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Supt') }, 'name')).toEqual([
      ['Ch Supt Maya Oyelaran', 'Supt Maya Oyelaran'],
    ]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Chief Superintendent') }, 'name')).toEqual([]);
    expect(
      disagreements({ 'a.txt': 'DCI Tom Reyes led the search.', 'b.txt': 'Sgt Tom Reyes led the search.' }, 'name'),
    ).toEqual([['DCI Tom Reyes', 'Sgt Tom Reyes']]);
  });

  it('counts "took five to hospital" with the people taken to hospital', () => {
    const a = 'Paramedics treated several people at the depot and took five to hospital, the ambulance trust said.';
    const b = (count: string) => `${count} people were taken to hospital after the fumes spread, the trust said.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Three') }, 'number')).toEqual([['five', 'Three']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Five') }, 'number')).toEqual([]);
  });

  it('counts "three of them so ill that they were taken to hospital" by the fate later in the clause', () => {
    const a = 'About 40 guests fell ill, three of them so badly that they were taken to hospital, the hotel said.';
    const b = (count: string) => `${count} guests were taken to hospital, according to the hotel.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Seven') }, 'number')).toEqual([['three', 'Seven']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Three') }, 'number')).toEqual([]);
  });

  it('does not take a number word opening a sentence for a name the other sentence lacks', () => {
    // wink tags "Seventeen" here as a proper noun.
    const a = 'Seventeen people were hurt and six were taken to hospital, the ambulance service says';
    const b = (count: string) =>
      `${count} people were taken to Carrow General Hospital, the Western Ambulance Service said.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Two') }, 'number')).toEqual([['six', 'Two']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Six') }, 'number')).toEqual([]);
  });

  it('reads "the only person taken to hospital" as one person taken to hospital (the car-park set)', () => {
    const a = 'He was the only person taken to hospital. The other two walked off the fell with the rescue team.';
    const b = (count: string) => `${count} people were taken to hospital after the rockfall, the rescue team said.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Two') }, 'number')).toEqual([['the only', 'Two']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('One') }, 'number')).toEqual([]);
  });

  it('reads no figure in "the only" of a thing, or of a person nothing befell', () => {
    const a = 'The path is the only route off the fell, and Ann Pryce is the only ranger who knows it well.';
    const b = 'Three routes lead off the fell, and two rangers know them well, the park authority said.';
    expect(disagreements({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([]);
  });
});

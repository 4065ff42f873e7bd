import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// A firm's or body's name written two ways, first met on the data-breach and launch sets, told here in other
// trades' words: one first word with two endings ("Harlow Securities" / "Harlow Capital"), and a first word two
// letters apart before the same ending ("Castel Marine Surveys" / "Castelle Marine Surveys"). Each beside the clean
// cases that must stay quiet: a town that begins many names, a brand that names a firm and its product.

const names = (texts: Record<string, string>) => disagreementsWithOtherNews(texts, 'name');

describe('a firm or body named two ways', () => {
  it('reads "Harlow Securities" and "Harlow Capital" as one firm named two ways', () => {
    const a = '"Demand was softer than hoped," said an analyst at Harlow Securities.';
    const b = (firm: string) => `"Demand was softer than we hoped," said an analyst at ${firm}.`;
    expect(names({ 'a.txt': a, 'b.txt': b('Harlow Capital') })).toEqual([['Harlow Securities', 'Harlow Capital']]);
    expect(names({ 'a.txt': a, 'b.txt': b('Harlow Securities') })).toEqual([]);
  });

  it('reads "Castel Marine Surveys" and "Castelle Marine Surveys" as one name spelled two ways', () => {
    const a = 'Castel Marine Surveys inspected the hull in March, the owners said.';
    const b = 'The hull was inspected in March by Castelle Marine Surveys, the owners said.';
    expect(names({ 'a.txt': a, 'b.txt': b })).toEqual([['Castel Marine Surveys', 'Castelle Marine Surveys']]);
  });

  it('reads a firm set off after its role as a firm, not a person (first met on the oil-leak set)', () => {
    const a = 'The operator, Lindqvist Ferry Management, said the vessel had been inspected in May.';
    const b = 'The ferry’s owner, Lindqvist Shipping, said the vessel had been inspected in May.';
    expect(names({ 'a.txt': a, 'b.txt': b })).toEqual([['Lindqvist Ferry Management', 'Lindqvist Shipping']]);
  });

  it('reads a firm after a common word that opens the sentence (first met on the oil-leak set)', () => {
    const a = 'The operator, Lindqvist Ferry Management, said the vessel had been inspected in May.';
    const b = (opener: string) => `${opener} Lindqvist Shipping insist the vessel had been inspected in May.`;
    expect(names({ 'a.txt': a, 'b.txt': b('Operators') })).toEqual([
      ['Lindqvist Ferry Management', 'Lindqvist Shipping'],
    ]);
    // A capitalised word the set never writes in lower case may be the name's own first word.
    expect(names({ 'a.txt': a, 'b.txt': b('Nordby') })).toEqual([]);
  });

  it('leaves a town that begins many names, and a firm beside its product, alone', () => {
    const a = 'Flooding in Harnby closed the road, and Harnby Housing Trust moved ten families.';
    const b = 'Harnby Health Board said no patients had been moved.';
    expect(names({ 'a.txt': a, 'b.txt': b })).toEqual([]);
    const c = 'Ostrel Motors said the Ostrel Lumen recall covers 40,000 cars.';
    const d = 'The recall by Ostrel Group covers 40,000 cars.';
    expect(names({ 'c.txt': c, 'd.txt': d })).toEqual([]);
  });
});
